-- "Last edited" means an edit of the verdict's text: updatedAt also moves on approval and re-checks.
-- Written by hand: the same statements as the PostgreSQL migration.

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN "lastEditedAt" DATETIME;

-- The verdicts already written: their last change is the best record there is.
UPDATE "Verdict" SET "lastEditedAt" = "updatedAt";
