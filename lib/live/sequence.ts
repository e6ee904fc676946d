import { db, type Tx } from "../db";
import { databaseKind } from "../db-url";
import type { ClaimChange } from "./announce";

/**
 * Each claim numbers its audit events 1, 2, 3, … (AuditEvent.claimSeq), and the numbers commit in
 * order with no gaps, so "the changes after number n" is exact: nothing is missed and nothing comes
 * twice, whatever the clock says (see docs/architecture.md, decision 7).
 *
 * A transaction takes the claim's next number as the highest written so far plus one. On SQLite
 * writers take turns anyway (one writer at a time; a transaction that read before another's commit is
 * refused and runs again, lib/db.ts). On PostgreSQL two transactions could read the same highest
 * number, or one could take n + 1 and commit before n: each first takes an advisory lock of the claim,
 * held until it commits or rolls back, so the next one reads the number only after the previous
 * one's event is visible. The unique index on (claimId, claimSeq) would refuse a duplicate anyway.
 */
const LOCK_SPACE = 4_101_977; // the first key of pg_advisory_xact_lock(int, int): this lock's own space

export async function nextClaimSeq(tx: Tx, claimId: string): Promise<number> {
  if (databaseKind() === "postgres") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK_SPACE}, hashtext($1))::text`, claimId);
  const { _max } = await tx.auditEvent.aggregate({ where: { claimId }, _max: { claimSeq: true } });
  return (_max.claimSeq ?? 0) + 1;
}

/** The number of the claim's last change (0 when it has none): a page rendered now shows up to it. */
export async function lastClaimSeq(claimId: string): Promise<number> {
  const { _max } = await db.auditEvent.aggregate({ where: { claimId }, _max: { claimSeq: true } });
  return _max.claimSeq ?? 0;
}

/** At most this many changes per read; a claim with more gets the rest at its next read. */
export const CHANGES_PER_READ = 500;

/** The changes of each claim after the given number, each claim's in order (and for each claim, a run without gaps). */
export async function changesAfter(after: ReadonlyMap<string, number>): Promise<ClaimChange[]> {
  if (after.size === 0) return [];
  const rows = await db.auditEvent.findMany({
    where: { OR: [...after].map(([claimId, seq]) => ({ claimId, claimSeq: { gt: seq } })) },
    select: { claimId: true, claimSeq: true, actorId: true, action: true, createdAt: true },
    // Lowest numbers first across claims: under the limit each claim gets its next changes, not a later run.
    orderBy: { claimSeq: "asc" },
    take: CHANGES_PER_READ,
  });
  return rows.map((row) => ({ claimId: row.claimId!, seq: row.claimSeq!, actorId: row.actorId, action: row.action, at: row.createdAt.toISOString() }));
}
