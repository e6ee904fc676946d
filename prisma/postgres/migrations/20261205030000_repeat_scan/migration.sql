-- The repeats a claim's quote was last matched to, and up to which claim they were looked for
-- (lib/tracking/repeat-store.ts): the claim page reads them and matches only the claims created since,
-- instead of matching the whole desk on every view.
CREATE TABLE "ClaimRepeatScan" (
    "claimId" TEXT NOT NULL,
    "quoteHash" TEXT NOT NULL,
    "through" TIMESTAMP(3) NOT NULL,
    "repeats" TEXT NOT NULL,
    "matchedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimRepeatScan_pkey" PRIMARY KEY ("claimId")
);

ALTER TABLE "ClaimRepeatScan" ADD CONSTRAINT "ClaimRepeatScan_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
