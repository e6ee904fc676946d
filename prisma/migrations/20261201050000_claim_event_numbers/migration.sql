-- Each claim numbers its own audit events 1, 2, 3, … (lib/live/sequence.ts): open claim pages catch
-- up by number, not by time (two events of one millisecond, or committed out of order, were missed or
-- repeated). Written by hand: the same statements as the PostgreSQL migration.

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
