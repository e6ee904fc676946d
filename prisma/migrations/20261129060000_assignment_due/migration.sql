-- Due date and priority of an assignment. Columns are added in place (not by rebuilding the table) so
-- Claim keeps its rowids, which the full-text index (claim_fts) refers to, and its triggers.
ALTER TABLE "Claim" ADD COLUMN "dueDate" DATETIME;
ALTER TABLE "Claim" ADD COLUMN "priority" TEXT NOT NULL DEFAULT 'NORMAL';

DROP INDEX "Claim_assigneeId_idx";
CREATE INDEX "Claim_assigneeId_dueDate_idx" ON "Claim"("assigneeId", "dueDate");
