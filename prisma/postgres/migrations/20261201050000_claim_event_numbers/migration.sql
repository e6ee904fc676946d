-- Each claim numbers its own audit events 1, 2, 3, … (lib/live/sequence.ts): open claim pages catch
-- up by number, not by time. A transaction takes the claim's number under a per-claim advisory lock
-- held until it commits, so numbers commit in order (no later-committed lower number to skip).
-- Written by hand: the same statements as the SQLite migration.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "claimSeq" INTEGER;

-- The events already written, numbered in the order they were written.
UPDATE "AuditEvent" SET "claimSeq" = (
    SELECT COUNT(*) FROM "AuditEvent" AS "earlier"
    WHERE "earlier"."claimId" = "AuditEvent"."claimId"
      AND ("earlier"."createdAt" < "AuditEvent"."createdAt" OR ("earlier"."createdAt" = "AuditEvent"."createdAt" AND "earlier"."id" <= "AuditEvent"."id"))
) WHERE "claimId" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_claimId_claimSeq_key" ON "AuditEvent"("claimId", "claimSeq");
