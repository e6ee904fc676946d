-- The repeats a claim's quote was last matched to, and up to which claim they were looked for
-- (lib/tracking/repeat-store.ts): the claim page reads them and matches only the claims created since,
-- instead of matching the whole desk on every view.
CREATE TABLE "ClaimRepeatScan" (
    "claimId" TEXT NOT NULL PRIMARY KEY,
    "quoteHash" TEXT NOT NULL,
    "through" DATETIME NOT NULL,
    "repeats" TEXT NOT NULL,
    "matchedAt" DATETIME NOT NULL,
    CONSTRAINT "ClaimRepeatScan_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
