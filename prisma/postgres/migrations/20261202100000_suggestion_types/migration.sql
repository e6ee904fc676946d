-- Suggestions carry their claim type and the earlier claim they repeat, if any
ALTER TABLE "Suggestion" ADD COLUMN "type" TEXT;
ALTER TABLE "Suggestion" ADD COLUMN "repeatsId" TEXT;
