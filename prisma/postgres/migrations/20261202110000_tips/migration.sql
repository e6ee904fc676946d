-- Readers' tips ("ask us to check"), grouped by the claim they ask about
CREATE TYPE "TipStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DISMISSED');

CREATE TABLE "TipGroup" (
    "id" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "status" "TipStatus" NOT NULL DEFAULT 'OPEN',
    "answeredById" TEXT,
    "claimId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TipGroup_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Tip" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "url" TEXT,
    "challenge" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tip_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "TipGroup_status_count_idx" ON "TipGroup"("status", "count");
CREATE UNIQUE INDEX "Tip_challenge_key" ON "Tip"("challenge");
CREATE INDEX "Tip_groupId_idx" ON "Tip"("groupId");
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TipGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
