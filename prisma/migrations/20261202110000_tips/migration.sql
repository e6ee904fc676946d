-- Readers' tips ("ask us to check"), grouped by the claim they ask about
CREATE TABLE "TipGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "question" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "answeredById" TEXT,
    "claimId" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "Tip" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "url" TEXT,
    "challenge" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Tip_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TipGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "TipGroup_status_count_idx" ON "TipGroup"("status", "count");
CREATE UNIQUE INDEX "Tip_challenge_key" ON "Tip"("challenge");
CREATE INDEX "Tip_groupId_idx" ON "Tip"("groupId");
