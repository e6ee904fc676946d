-- A claim's notifications of one kind: its review requests are marked done when it leaves review
-- (lib/claims/mutations.ts), its reuse requests are read (lib/tracking/mutations.ts), without reading
-- every notification of the desk inside those transactions.
CREATE INDEX "Notification_claimId_kind_idx" ON "Notification"("claimId", "kind");
