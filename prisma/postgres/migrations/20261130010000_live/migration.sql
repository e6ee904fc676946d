-- Live claim pages (lib/live): who has a claim open. Changes are announced with NOTIFY by the
-- application, inside the change's transaction (lib/audit/record.ts, lib/live/presence.ts).

-- CreateTable
CREATE TABLE "ClaimPresence" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "editing" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimPresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimPresence_claimId_seenAt_idx" ON "ClaimPresence"("claimId", "seenAt");

-- AddForeignKey
ALTER TABLE "ClaimPresence" ADD CONSTRAINT "ClaimPresence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimPresence" ADD CONSTRAINT "ClaimPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
