import { db, type Tx } from "../db";
import { DomainError, notFound } from "../errors";
import { recordAudit } from "../audit/record";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { updateAtVersion } from "../optimistic-lock";
import { parseInput } from "../validation";
import { claimantKey, tidyName } from "./names";
import { findClaimant } from "./resolve";
import { addAliasSchema, mergeClaimantsSchema, removeAliasSchema, type AddAliasInput, type MergeClaimantsInput, type RemoveAliasInput } from "./schemas";

export { addAliasSchema, mergeClaimantsSchema, removeAliasSchema, type AddAliasInput, type MergeClaimantsInput, type RemoveAliasInput };

const aliasError = (message: string) => new DomainError("VALIDATION", `${message}.`, { alias: [message] });

async function claimantOrThrow(tx: Tx, id: string) {
  const claimant = await tx.claimant.findUnique({ where: { id } });
  if (!claimant) throw notFound("claimant");
  return claimant;
}

/** Add a name the claimant is also known by. A name that already means someone else is refused, with who. */
export async function addClaimantAlias({ actor, input }: { actor: Actor | null; input: AddAliasInput }) {
  assertCan(actor, "claimant.manage");
  const data = parseInput(addAliasSchema, input);
  const alias = tidyName(data.alias);
  const key = claimantKey(alias);
  return db.$transaction(async (tx) => {
    const claimant = await claimantOrThrow(tx, data.claimantId);
    if (key === claimant.key) throw aliasError("That is already this claimant's name");
    const other = await findClaimant(tx, alias);
    if (other?.id === claimant.id) throw aliasError(`“${alias}” is already an alias of ${claimant.name}`);
    if (other) throw aliasError(`“${alias}” already means ${other.name}: merge the two claimants instead`);
    await updateAtVersion(tx, "claimant", { id: claimant.id, version: data.version }, {});
    const created = await tx.claimantAlias.create({ data: { claimantId: claimant.id, alias, key } });
    await recordAudit(tx, { actorId: actor.id, action: "claimant.alias.add", entityType: "Claimant", entityId: claimant.id, after: { alias } });
    return created;
  });
}

export async function removeClaimantAlias({ actor, input }: { actor: Actor | null; input: RemoveAliasInput }) {
  assertCan(actor, "claimant.manage");
  const data = parseInput(removeAliasSchema, input);
  return db.$transaction(async (tx) => {
    const claimant = await claimantOrThrow(tx, data.claimantId);
    const alias = await tx.claimantAlias.findFirst({ where: { id: data.aliasId, claimantId: claimant.id } });
    if (!alias) throw notFound("alias");
    await updateAtVersion(tx, "claimant", { id: claimant.id, version: data.version }, {});
    await tx.claimantAlias.delete({ where: { id: alias.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claimant.alias.remove",
      entityType: "Claimant",
      entityId: claimant.id,
      before: { alias: alias.alias },
    });
    return { removed: alias.alias };
  });
}

/**
 * Merge a duplicate into the claimant it duplicates: its claims, under the other's name and type; its
 * name and aliases become the other's aliases, so the old address and a typed old spelling still find
 * it. Returns the addresses of the published verdicts whose claimant changed, for the caller to
 * revalidate (the ClaimReview names the claimant).
 */
export async function mergeClaimants({ actor, input }: { actor: Actor | null; input: MergeClaimantsInput }) {
  assertCan(actor, "claimant.manage");
  const data = parseInput(mergeClaimantsSchema, input);
  const merged = await db.$transaction(async (tx) => {
    const duplicate = await claimantOrThrow(tx, data.claimantId);
    const target = await findClaimant(tx, data.into);
    if (!target) throw new DomainError("VALIDATION", "No claimant has that name or alias.", { into: ["No claimant has that name or alias"] });
    if (target.id === duplicate.id) {
      throw new DomainError("VALIDATION", "Choose another claimant: this is the one being merged.", {
        into: ["Choose another claimant: this is the one being merged"],
      });
    }
    await updateAtVersion(tx, "claimant", { id: duplicate.id, version: data.version }, {});
    const published = await tx.claim.findMany({ where: { claimantId: duplicate.id, status: "PUBLISHED" }, select: { slug: true } });
    // The published verdicts among them name another claimant now: their public record changed.
    await tx.claim.updateMany({ where: { claimantId: duplicate.id, status: "PUBLISHED" }, data: { publicUpdatedAt: new Date() } });
    const { count } = await tx.claim.updateMany({
      where: { claimantId: duplicate.id },
      data: { claimantId: target.id, claimant: target.name, claimantType: target.type },
    });
    await tx.claimantAlias.updateMany({ where: { claimantId: duplicate.id }, data: { claimantId: target.id } });
    await tx.claimant.delete({ where: { id: duplicate.id } });
    await tx.claimantAlias.create({ data: { claimantId: target.id, alias: duplicate.name, key: duplicate.key } });
    await updateAtVersion(tx, "claimant", target, {});
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claimant.merge",
      entityType: "Claimant",
      entityId: target.id,
      before: { name: duplicate.name, claims: count },
      after: { name: target.name },
    });
    return { into: target.name, published: published.flatMap((c) => (c.slug ? [c.slug] : [])) };
  });
  return { into: merged.into, slugs: merged.published };
}
