-- "Last edited" means an edit of the verdict's text: updatedAt also moves on approval and re-checks.
-- Written by hand: the same statements as the SQLite migration.

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN "lastEditedAt" TIMESTAMP(3);

-- The verdicts already written: their last change is the best record there is.
UPDATE "Verdict" SET "lastEditedAt" = "updatedAt";
