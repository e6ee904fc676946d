-- The audit export reads the log oldest first, a batch at a time after the last one sent
-- (lib/audit/export.ts): an index in that order instead of sorting the whole log for every batch.
CREATE INDEX "AuditEvent_createdAt_id_idx" ON "AuditEvent"("createdAt", "id");
