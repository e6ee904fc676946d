-- A verdict submitted for review notifies the editors who may approve it. (SQLite keeps enums as
-- text: no statement is needed there.)

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'SUBMITTED';
