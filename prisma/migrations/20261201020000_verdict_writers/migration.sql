-- Verdict writers: everyone who saved a verdict's text since it was last published (or created).
-- The two-person rule refuses approval or objection from any of them, not only from the author and
-- the last editor (issue 12: an editor rewrote a verdict, the fact-checker re-saved it unchanged, and
-- the editor could then approve text he wrote). A request to reuse a published verdict notifies editors.

-- CreateTable
CREATE TABLE "VerdictWriter" (
    "verdictId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("verdictId", "userId"),
    CONSTRAINT "VerdictWriter_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictWriter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Existing verdicts whose text has not been published since it was last written keep the rule on
-- upgrade: their author and last editor are writers of the current cycle.
INSERT OR IGNORE INTO "VerdictWriter" ("verdictId", "userId")
SELECT "v"."id", "v"."authorId" FROM "Verdict" "v" JOIN "Claim" "c" ON "c"."id" = "v"."claimId" WHERE "c"."status" NOT IN ('PUBLISHED', 'UNPUBLISHED');
INSERT OR IGNORE INTO "VerdictWriter" ("verdictId", "userId")
SELECT "v"."id", "v"."lastEditedById" FROM "Verdict" "v" JOIN "Claim" "c" ON "c"."id" = "v"."claimId" WHERE "c"."status" NOT IN ('PUBLISHED', 'UNPUBLISHED');
