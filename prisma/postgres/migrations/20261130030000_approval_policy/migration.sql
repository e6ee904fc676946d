-- Approval policy: editors' approvals and objections with their notes, the number of approvals a
-- verdict needs (an admin's setting), and when a verdict was last submitted (a review round's start).

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVE', 'OBJECT');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'OBJECTED';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VerdictReview" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "note" TEXT,
    "verdictVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeskSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "approvalsRequired" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeskSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VerdictReview_claimId_createdAt_idx" ON "VerdictReview"("claimId", "createdAt");

-- AddForeignKey
ALTER TABLE "VerdictReview" ADD CONSTRAINT "VerdictReview_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictReview" ADD CONSTRAINT "VerdictReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
