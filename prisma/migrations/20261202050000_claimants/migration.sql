-- Claimants are people and organisations, not strings: one row per claimant however it is spelled,
-- with aliases. Each claim points to its claimant and keeps the name it shows.

-- CreateTable
CREATE TABLE "Claimant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'PERSON',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ClaimantAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimantId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimantAlias_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Claimant_key_key" ON "Claimant"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimantAlias_key_key" ON "ClaimantAlias"("key");

-- CreateIndex
CREATE INDEX "ClaimantAlias_claimantId_idx" ON "ClaimantAlias"("claimantId");

-- AlterTable (a nullable column with a foreign key: SQLite adds it in place, the Claim table and its
-- full-text triggers stay as they are)
ALTER TABLE "Claim" ADD COLUMN "claimantId" TEXT REFERENCES "Claimant" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Claim_claimantId_idx" ON "Claim"("claimantId");

-- Backfill: one claimant per name already used (compared without case or outer spaces), and every
-- claim pointed to it. lib/claimants/names.ts folds names further (Unicode case, inner spaces), and a
-- name this fold and that one disagree on is still found by its exact spelling.
INSERT INTO "Claimant" ("id", "name", "key", "type", "updatedAt")
SELECT 'cl' || lower(hex(randomblob(11))), MIN(trim("claimant")), lower(trim("claimant")), MIN("claimantType"), CURRENT_TIMESTAMP
FROM "Claim" GROUP BY lower(trim("claimant"));
UPDATE "Claim" SET "claimantId" = (SELECT "id" FROM "Claimant" WHERE "Claimant"."key" = lower(trim("Claim"."claimant")));
