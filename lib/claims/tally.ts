import { db } from "../db";
import { databaseKind } from "../db-url";
import type { ClaimStatus, Rating } from "../generated/prisma/enums";

// The counts the database keeps (model ClaimTally, migration 20261204050000_claim_tally): claims per
// status and published verdicts per rating, where counting the claims took a scan of every one (6 ms
// for the statuses, 80 ms for the published ratings at 100,000 claims). Triggers append each change to
// ClaimTallyChange; a count is its ClaimTally row plus the changes not yet folded in.

/** Past this many changes not folded in, a read folds them into the counts (a few milliseconds). */
export const FOLD_AFTER = 1_000;

async function tally(prefix: "status:" | "rating:") {
  // One statement, so one snapshot: a fold committing meanwhile cannot be seen half done. (The prefix is
  // one of two constants, never input.)
  const rows = await db.$queryRawUnsafe<{ key: string; count: bigint | number; pending: bigint | number }[]>(
    `SELECT t."key" AS "key",
            t."count" + coalesce((SELECT sum(c."delta") FROM "ClaimTallyChange" c WHERE c."key" = t."key"), 0) AS "count",
            (SELECT count(*) FROM "ClaimTallyChange") AS "pending"
     FROM "ClaimTally" t WHERE t."key" LIKE '${prefix}%'`,
  );
  if (rows.length > 0 && Number(rows[0].pending) > FOLD_AFTER) await foldTallyChanges();
  return rows.map((r) => ({ key: r.key.slice(prefix.length), count: Number(r.count) }));
}

/** Claims per status, every status of the desk. */
export async function statusTally(): Promise<{ status: ClaimStatus; count: number }[]> {
  return (await tally("status:")).map((r) => ({ status: r.key as ClaimStatus, count: r.count }));
}

/** Published verdicts per rating (a verdict counts while its claim is published). */
export async function publishedRatingTally(): Promise<{ rating: Rating; count: number }[]> {
  return (await tally("rating:")).map((r) => ({ rating: r.key as Rating, count: r.count }));
}

/**
 * Move the appended changes into the counts, in one transaction. On PostgreSQL one statement deletes
 * the changes it adds (a fold running at the same moment waits for those rows, then finds them gone);
 * SQLite has one writer at a time, and both statements see the same changes.
 */
export async function foldTallyChanges(): Promise<void> {
  if (databaseKind() === "postgres") {
    await db.$executeRawUnsafe(
      `WITH moved AS (DELETE FROM "ClaimTallyChange" RETURNING "key", "delta"),
            sums AS (SELECT "key", sum("delta")::int AS s FROM moved GROUP BY "key")
       UPDATE "ClaimTally" t SET "count" = t."count" + sums.s FROM sums WHERE t."key" = sums."key"`,
    );
    return;
  }
  await db.$transaction([
    db.$executeRawUnsafe(
      `UPDATE "ClaimTally" SET "count" = "count" + coalesce((SELECT sum(c."delta") FROM "ClaimTallyChange" c WHERE c."key" = "ClaimTally"."key"), 0)
       WHERE "key" IN (SELECT DISTINCT "key" FROM "ClaimTallyChange")`,
    ),
    db.$executeRawUnsafe(`DELETE FROM "ClaimTallyChange"`),
  ]);
}
