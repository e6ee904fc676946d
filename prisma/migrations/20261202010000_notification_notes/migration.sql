-- A notification carries the note of the step it reports (send-back, objection, correction,
-- unpublishing). The new kinds CORRECTED and UNPUBLISHED need no statement: SQLite keeps enums as text.

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "note" TEXT;
