-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "publicUpdatedAt" DATETIME;
ALTER TABLE "Claim" ADD COLUMN "retractedAt" DATETIME;
ALTER TABLE "Claim" ADD COLUMN "retractionReason" TEXT;

-- CreateTable
CREATE TABLE "VerdictVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verdictId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rating" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "correctionNote" TEXT,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    CONSTRAINT "VerdictVersion_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedAt" DATETIME,
    "accessedAt" DATETIME NOT NULL,
    "archiveUrl" TEXT,
    "reliabilityNote" TEXT,
    "withheld" BOOLEAN NOT NULL DEFAULT false,
    "withheldReason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("accessedAt", "archiveUrl", "claimId", "createdAt", "createdById", "id", "publishedAt", "publisher", "reliabilityNote", "title", "url") SELECT "accessedAt", "archiveUrl", "claimId", "createdAt", "createdById", "id", "publishedAt", "publisher", "reliabilityNote", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE INDEX "Source_claimId_idx" ON "Source"("claimId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "VerdictVersion_verdictId_number_key" ON "VerdictVersion"("verdictId", "number");

-- CreateIndex
CREATE INDEX "Claim_status_publicUpdatedAt_id_idx" ON "Claim"("status", "publicUpdatedAt", "id");


-- Backfill: verdicts published before versions existed become version 1 of their public record.
UPDATE "Claim" SET "publicUpdatedAt" = "publishedAt" WHERE "status" = 'PUBLISHED' AND "publicUpdatedAt" IS NULL;
INSERT INTO "VerdictVersion" ("id", "verdictId", "number", "rating", "summary", "rationale", "publishedAt", "publishedById")
SELECT 'vv1' || v."id", v."id", 1, v."rating", v."summary", v."rationale", c."publishedAt", COALESCE(v."approvedById", v."authorId")
FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
WHERE c."status" = 'PUBLISHED' AND c."publishedAt" IS NOT NULL;
