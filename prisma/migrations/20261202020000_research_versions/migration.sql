-- Sources and evidence can be edited and removed while research is open, with the version check
-- every other edit has (lib/optimistic-lock.ts).

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
