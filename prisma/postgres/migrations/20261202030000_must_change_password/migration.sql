-- After an admin resets a password, the person must choose their own at their next sign-in.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
