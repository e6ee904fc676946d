import { randomUUID } from "node:crypto";
import { db } from "../db";
import { notFound } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { isStorable, parseInput } from "../validation";
import { presenceSchema, type PresenceInput } from "./schemas";
import { announcePresence } from "./announce";

/** A page's presence row is refreshed this often while its events stream is open… */
export const HEARTBEAT_MS = 15_000;
/** …and counts as gone after this long without a heartbeat (a closed laptop, an instance that died). */
export const PRESENCE_WINDOW_MS = 45_000;

export type PresentUser = { userId: string; name: string; editing: boolean };

/** Open a claim page for live updates: one presence row per page, its id the connection's. */
export async function joinClaim({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  assertCan(actor, "desk.read");
  const claim = isStorable(claimId) ? await db.claim.findUnique({ where: { id: claimId }, select: { id: true } }) : null;
  if (!claim) throw notFound("claim");
  // Single statements, not a transaction: presence needs no atomicity, and on SQLite a statement
  // waits for the lock where a transaction that read first would be refused (see lib/db.ts).
  const connectionId = randomUUID();
  await db.claimPresence.create({ data: { id: connectionId, claimId, userId: actor.id } });
  await announcePresence(db, claimId);
  return { connectionId };
}

/** A person's name for the live stream's "who changed what" (the stream's actor was checked at join). */
export async function displayName(userId: string) {
  return (await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? "Someone";
}

/** Whether the claim changed after `since`: a page that loaded before the change catches up. */
export async function changedSince({ claimId, since }: { claimId: string; since: Date }) {
  return !!(await db.auditEvent.findFirst({ where: { claimId, createdAt: { gt: since } }, select: { id: true } }));
}

export async function leaveClaim(connectionId: string) {
  const page = await db.claimPresence.findUnique({ where: { id: connectionId }, select: { claimId: true } });
  if (!page) return;
  await db.claimPresence.deleteMany({ where: { id: connectionId } });
  await announcePresence(db, page.claimId);
}

export async function touchPresence(connectionId: string) {
  await db.claimPresence.updateMany({ where: { id: connectionId }, data: { seenAt: new Date() } });
}

/** Say that my open page is (or is no longer) editing the verdict. Another person's page is "not found". */
export async function setEditing({ actor, input }: { actor: Actor | null; input: PresenceInput }) {
  assertCan(actor, "desk.read");
  const data = parseInput(presenceSchema, input);
  const page = await db.claimPresence.findFirst({ where: { id: data.connectionId, userId: actor.id }, select: { claimId: true, editing: true } });
  if (!page) throw notFound("live connection");
  if (page.editing !== data.editing) {
    await db.claimPresence.updateMany({ where: { id: data.connectionId, userId: actor.id }, data: { editing: data.editing, seenAt: new Date() } });
    await announcePresence(db, page.claimId);
  }
  return { editing: data.editing };
}

/** Who has the claim open now, one entry per person (editing if any of their pages is). */
export async function listPresence(claimId: string, now = new Date()): Promise<PresentUser[]> {
  const rows = await db.claimPresence.findMany({
    where: { claimId, seenAt: { gt: new Date(now.getTime() - PRESENCE_WINDOW_MS) } },
    select: { userId: true, editing: true, user: { select: { name: true } } },
    orderBy: { seenAt: "asc" },
  });
  const byUser = new Map<string, PresentUser>();
  for (const row of rows) {
    const seen = byUser.get(row.userId);
    if (seen) seen.editing ||= row.editing;
    else byUser.set(row.userId, { userId: row.userId, name: row.user.name, editing: row.editing });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Rows no heartbeat has refreshed for a long while: pages of an instance that stopped without closing them. */
export async function sweepPresence(now = new Date()) {
  await db.claimPresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - 4 * PRESENCE_WINDOW_MS) } } });
}
