-- Counts the database keeps as claims and verdicts change: claims per status ("status:NEW") and
-- published verdicts per rating ("rating:FALSE"). The desk's status tabs and the dashboard read them
-- (lib/claims/tally.ts) instead of counting every claim on each request. Triggers append changes to
-- "ClaimTallyChange" (an insert never waits for another writer); a read adds them to "ClaimTally"'s
-- counts, and from time to time folds them in.
CREATE TABLE "ClaimTally" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE "ClaimTallyChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "delta" INTEGER NOT NULL
);

CREATE INDEX "ClaimTallyChange_key_delta_idx" ON "ClaimTallyChange"("key", "delta");

INSERT INTO "ClaimTally" ("key", "count")
SELECT 'status:' || s.v, (SELECT count(*) FROM "Claim" c WHERE c."status" = s.v)
FROM (SELECT 'NEW' AS v UNION ALL SELECT 'RESEARCHING' UNION ALL SELECT 'IN_REVIEW' UNION ALL SELECT 'APPROVED'
      UNION ALL SELECT 'PUBLISHED' UNION ALL SELECT 'UNPUBLISHED' UNION ALL SELECT 'DISMISSED' UNION ALL SELECT 'COVERED') s;

INSERT INTO "ClaimTally" ("key", "count")
SELECT 'rating:' || r.v, (SELECT count(*) FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId" WHERE c."status" = 'PUBLISHED' AND v."rating" = r.v)
FROM (SELECT 'TRUE' AS v UNION ALL SELECT 'MOSTLY_TRUE' UNION ALL SELECT 'MIXED' UNION ALL SELECT 'MISLEADING'
      UNION ALL SELECT 'MOSTLY_FALSE' UNION ALL SELECT 'FALSE' UNION ALL SELECT 'UNVERIFIABLE') r;

CREATE TRIGGER "claim_tally_ai" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta") VALUES ('status:' || NEW."status", 1);
END;

CREATE TRIGGER "claim_tally_au" AFTER UPDATE OF "status" ON "Claim" WHEN OLD."status" <> NEW."status" BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta") VALUES ('status:' || OLD."status", -1), ('status:' || NEW."status", 1);
  INSERT INTO "ClaimTallyChange" ("key", "delta")
    SELECT 'rating:' || v."rating", -1 FROM "Verdict" v WHERE OLD."status" = 'PUBLISHED' AND v."claimId" = NEW."id";
  INSERT INTO "ClaimTallyChange" ("key", "delta")
    SELECT 'rating:' || v."rating", 1 FROM "Verdict" v WHERE NEW."status" = 'PUBLISHED' AND v."claimId" = NEW."id";
END;

-- Before the row goes, while its verdict (deleted with it) can still be read.
CREATE TRIGGER "claim_tally_bd" BEFORE DELETE ON "Claim" BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta") VALUES ('status:' || OLD."status", -1);
  INSERT INTO "ClaimTallyChange" ("key", "delta")
    SELECT 'rating:' || v."rating", -1 FROM "Verdict" v WHERE OLD."status" = 'PUBLISHED' AND v."claimId" = OLD."id";
END;

CREATE TRIGGER "verdict_tally_ai" AFTER INSERT ON "Verdict"
WHEN (SELECT c."status" FROM "Claim" c WHERE c."id" = NEW."claimId") = 'PUBLISHED' BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta") VALUES ('rating:' || NEW."rating", 1);
END;

CREATE TRIGGER "verdict_tally_au" AFTER UPDATE OF "rating" ON "Verdict"
WHEN OLD."rating" <> NEW."rating" AND (SELECT c."status" FROM "Claim" c WHERE c."id" = NEW."claimId") = 'PUBLISHED' BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta") VALUES ('rating:' || OLD."rating", -1), ('rating:' || NEW."rating", 1);
END;

-- A verdict deleted with its claim was counted off by claim_tally_bd (its claim is gone by now).
CREATE TRIGGER "verdict_tally_ad" AFTER DELETE ON "Verdict"
WHEN (SELECT c."status" FROM "Claim" c WHERE c."id" = OLD."claimId") = 'PUBLISHED' BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta") VALUES ('rating:' || OLD."rating", -1);
END;
