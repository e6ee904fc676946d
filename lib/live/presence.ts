import { randomUUID } from "node:crypto";
import { db } from "../db";
import { DomainError, notFound } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { isStorable, parseInput } from "../validation";
import { presenceSchema, type PresenceInput } from "./schemas";
import { announcePresence } from "./announce";

/** A page's presence row is refreshed this often while its events stream is open… */
export const HEARTBEAT_MS = 15_000;
/** …and counts as gone after this long without a heartbeat (a closed laptop, an instance that died). */
export const PRESENCE_WINDOW_MS = 45_000;

/**
 * Open live streams one person may have at once, across claims and instances. Ten covers a desk's
 * worth of claim tabs; beyond it a page stays usable, only without live updates. Counted from the
 * presence rows in the database (those with a recent heartbeat), so a second instance behind the load
 * balancer does not double the allowance, and the pages of an instance that died stop counting after
 * PRESENCE_WINDOW_MS. (One page shows one claim; a person does not need a hundred of them live.)
 */
export const MAX_STREAMS_PER_USER = 10;
export const TOO_MANY_STREAMS_MESSAGE = "Live updates are paused: you have too many claim pages open. Close some of them, then reload this page.";

export type PresentUser = { userId: string; name: string; editing: boolean };

/** The signed-in reader of an existing claim (or the refusal). */
async function reader(actor: Actor | null, claimId: string): Promise<Actor> {
  assertCan(actor, "desk.read");
  const claim = isStorable(claimId) ? await db.claim.findUnique({ where: { id: claimId }, select: { id: true } }) : null;
  if (!claim) throw notFound("claim");
  return actor;
}

function openStreams(userId: string, now = new Date()) {
  return db.claimPresence.count({ where: { userId, seenAt: { gt: new Date(now.getTime() - PRESENCE_WINDOW_MS) } } });
}

const tooManyStreams = () => new DomainError("RATE_LIMITED", TOO_MANY_STREAMS_MESSAGE);

/** Whether a stream would be let in now, without opening one (a refused page asks why: EventSource cannot tell). */
export async function checkJoin({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  const me = await reader(actor, claimId);
  if ((await openStreams(me.id)) >= MAX_STREAMS_PER_USER) throw tooManyStreams();
}

/** Open a claim page for live updates: one presence row per page, its id the connection's. */
export async function joinClaim({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  const me = await reader(actor, claimId);
  // Refused before anything is written: a client that keeps asking costs two reads per request.
  if ((await openStreams(me.id)) >= MAX_STREAMS_PER_USER) throw tooManyStreams();
  // Single statements, not a transaction: presence needs no atomicity, and on SQLite a statement
  // waits for the lock where a transaction that read first would be refused (see lib/db.ts).
  const connectionId = randomUUID();
  await db.claimPresence.create({ data: { id: connectionId, claimId, userId: me.id } });
  // Parallel joins may all have counted nine. Each counts again after its own row is written; the
  // last of any eleven to count sees all eleven, so at most ten stay (some may be refused when one
  // more would have fit, never the other way round). No lock, on either database.
  if ((await openStreams(me.id)) > MAX_STREAMS_PER_USER) {
    await db.claimPresence.deleteMany({ where: { id: connectionId } });
    throw tooManyStreams();
  }
  await announcePresence(db, claimId);
  return { connectionId };
}

/** A person's name for the live stream's "who changed what" (the stream's actor was checked at join). */
export async function displayName(userId: string) {
  return (await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? "Someone";
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
