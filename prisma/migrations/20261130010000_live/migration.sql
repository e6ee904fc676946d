-- Live claim pages (lib/live): who has a claim open. On SQLite one process serves the file and
-- watches the audit log for changes; PostgreSQL announces them with NOTIFY (see its migration).

-- CreateTable
CREATE TABLE "ClaimPresence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "editing" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimPresence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimPresence_claimId_seenAt_idx" ON "ClaimPresence"("claimId", "seenAt");
