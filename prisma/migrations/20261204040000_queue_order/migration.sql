-- The desk queue over every status, newest change or newest claim first, read from an index
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt" DESC, "id");
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt" DESC, "id");

-- The dashboard reads the claims first published in its window
CREATE INDEX "Claim_publishedAt_idx" ON "Claim"("publishedAt");

-- My work reads a person's dated claims, then the undated ones, each in order from one index
DROP INDEX "Claim_assigneeId_dueDate_idx";
CREATE INDEX "Claim_assigneeId_dueDate_updatedAt_idx" ON "Claim"("assigneeId", "dueDate", "updatedAt");
