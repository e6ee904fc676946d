import { db } from "../db";
import { recordAudit } from "../audit/record";
import { parseInput } from "../validation";
import { assertCan } from "./permissions";
import { displayNameSchema, type DisplayNameInput } from "./profile-schema";
import type { Actor } from "./roles";

export { displayNameSchema, type DisplayNameInput } from "./profile-schema";

/** The public name of a desk member: the name they chose for bylines, or their name. */
export const publicName = (user: { name: string; displayName: string | null }) => user.displayName ?? user.name;

/**
 * Set one's own byline name. Returns the addresses of the published verdicts that show it (written or
 * approved by this person), for the caller to revalidate: a public page shows the name it was given.
 */
export async function setDisplayName({ actor, input }: { actor: Actor | null; input: DisplayNameInput }) {
  assertCan(actor, "desk.read");
  const data = parseInput(displayNameSchema, input);
  const displayName = data.displayName ?? null;
  const changed = await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { displayName: true } });
    if (user.displayName === displayName) return false;
    await tx.user.update({ where: { id: actor.id }, data: { displayName } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.displayName",
      entityType: "User",
      entityId: actor.id,
      before: { displayName: user.displayName },
      after: { displayName },
    });
    return true;
  });
  if (!changed) return { displayName, slugs: [] };
  // After the transaction, which holds only the writes: the pages to refresh are a read.
  return { displayName, slugs: await bylineSlugs(actor.id) };
}

/** The addresses of the published verdicts whose byline names this person (as author or approver). */
export async function bylineSlugs(userId: string): Promise<string[]> {
  const shown = await db.claim.findMany({
    where: { status: "PUBLISHED", slug: { not: null }, verdict: { is: { OR: [{ authorId: userId }, { approvedById: userId }] } } },
    select: { slug: true },
  });
  return shown.map((c) => c.slug!);
}

/** What the account page shows of one's own profile. */
export async function getOwnProfile({ actor }: { actor: Actor | null }) {
  assertCan(actor, "desk.read");
  return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, displayName: true } });
}
