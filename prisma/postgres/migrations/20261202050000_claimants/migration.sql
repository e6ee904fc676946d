-- Claimants are people and organisations, not strings: one row per claimant however it is spelled,
-- with aliases. Each claim points to its claimant and keeps the name it shows.

-- CreateTable
CREATE TABLE "Claimant" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" "ClaimantType" NOT NULL DEFAULT 'PERSON',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claimant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimantAlias" (
    "id" TEXT NOT NULL,
    "claimantId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimantAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Claimant_key_key" ON "Claimant"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimantAlias_key_key" ON "ClaimantAlias"("key");

-- CreateIndex
CREATE INDEX "ClaimantAlias_claimantId_idx" ON "ClaimantAlias"("claimantId");

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "claimantId" TEXT;

-- CreateIndex
CREATE INDEX "Claim_claimantId_idx" ON "Claim"("claimantId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimantAlias" ADD CONSTRAINT "ClaimantAlias_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: one claimant per name already used (compared without case or outer spaces), and every
-- claim pointed to it.
INSERT INTO "Claimant" ("id", "name", "key", "type", "updatedAt")
SELECT 'cl' || md5(lower(btrim("claimant"))), MIN(btrim("claimant")), lower(btrim("claimant")), MIN("claimantType"), CURRENT_TIMESTAMP
FROM "Claim" GROUP BY lower(btrim("claimant"));
UPDATE "Claim" SET "claimantId" = "Claimant"."id" FROM "Claimant" WHERE "Claimant"."key" = lower(btrim("Claim"."claimant"));
