-- Approval policy: editors' approvals and objections with their notes, the number of approvals a
-- verdict needs (an admin's setting), and when a verdict was last submitted (a review round's start).
-- Claim gets its column in place (no table rebuild: claim_fts refers to its rowids).
ALTER TABLE "Claim" ADD COLUMN "submittedAt" DATETIME;

-- CreateTable
CREATE TABLE "VerdictReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "note" TEXT,
    "verdictVersion" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VerdictReview_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeskSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "approvalsRequired" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "VerdictReview_claimId_createdAt_idx" ON "VerdictReview"("claimId", "createdAt");
