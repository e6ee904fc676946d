import type { db, Tx } from "../db";
import { databaseKind } from "../db-url";
import { CHANNELS } from "../pg-listen.mjs";

/**
 * The channels open claim pages listen on (lib/live/hub.ts). On PostgreSQL a change is announced with
 * NOTIFY inside the transaction that makes it: every instance on the database hears it once the
 * change committed, and never if it rolled back. One SQLite file means one process: the hub reads the
 * audit log instead, and these do nothing.
 */
export const LIVE_CLAIM_CHANNEL = CHANNELS.claim;
export const LIVE_PRESENCE_CHANNEL = CHANNELS.presence;

/** A change of a claim: its number among the claim's changes (lib/live/sequence.ts), who, what, when. */
export type ClaimChange = { claimId: string; seq: number; actorId: string | null; action: string; at: string };

type Executor = Pick<Tx, "$executeRawUnsafe"> | Pick<typeof db, "$executeRawUnsafe">;

export async function announceClaimChange(tx: Executor, change: ClaimChange) {
  if (databaseKind() !== "postgres") return;
  await tx.$executeRawUnsafe(`SELECT pg_notify($1, $2)`, LIVE_CLAIM_CHANNEL, JSON.stringify(change));
}

export async function announcePresence(tx: Executor, claimId: string) {
  if (databaseKind() !== "postgres") return;
  await tx.$executeRawUnsafe(`SELECT pg_notify($1, $2)`, LIVE_PRESENCE_CHANNEL, JSON.stringify({ claimId }));
}
