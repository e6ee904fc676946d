-- Published verdicts carry a byline: who checked and who edited, by the name each person chose.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "displayName" TEXT;
