-- A notification carries the note of the step it reports (send-back, objection, correction,
-- unpublishing), and corrections and withdrawals reach the people who wrote the verdict.

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CORRECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'UNPUBLISHED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "note" TEXT;
