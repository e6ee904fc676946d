-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- DropIndex
DROP INDEX "Claim_assigneeId_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "dueDate" TIMESTAMP(3),
ADD COLUMN     "priority" "Priority" NOT NULL DEFAULT 'NORMAL';

-- CreateIndex
CREATE INDEX "Claim_assigneeId_dueDate_idx" ON "Claim"("assigneeId", "dueDate");

