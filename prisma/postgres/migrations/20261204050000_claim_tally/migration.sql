-- Counts the database keeps as claims and verdicts change: claims per status ("status:NEW") and
-- published verdicts per rating ("rating:FALSE"). The desk's status tabs and the dashboard read them
-- (lib/claims/tally.ts) instead of counting every claim on each request. Triggers append changes to
-- "ClaimTallyChange" (an insert never waits for another writer: updating one shared row per status
-- would queue every claim's transaction behind the others and deadlock two opposite status changes);
-- a read adds them to "ClaimTally"'s counts, and from time to time folds them in.
-- The function bodies are E'' strings with each semicolon written \073: Prisma's migration runner cuts
-- a script at every semicolon, even inside a dollar-quoted body.
CREATE TABLE "ClaimTally" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimTally_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "ClaimTallyChange" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "ClaimTallyChange_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ClaimTallyChange_key_delta_idx" ON "ClaimTallyChange"("key", "delta");


INSERT INTO "ClaimTally" ("key", "count")
SELECT 'status:' || s.v, (SELECT count(*) FROM "Claim" c WHERE c."status" = s.v)
FROM unnest(enum_range(NULL::"ClaimStatus")) AS s(v);

INSERT INTO "ClaimTally" ("key", "count")
SELECT 'rating:' || r.v, (SELECT count(*) FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId" WHERE c."status" = 'PUBLISHED' AND v."rating" = r.v)
FROM unnest(enum_range(NULL::"Rating")) AS r(v);

CREATE FUNCTION "claim_tally_add"(tally_key TEXT, delta INTEGER) RETURNS void LANGUAGE sql AS E'
  INSERT INTO "ClaimTallyChange" ("key", "delta") VALUES (tally_key, delta)\073
';

CREATE FUNCTION "claim_tally"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  verdict_rating TEXT\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM "claim_tally_add"(''status:'' || NEW."status", 1)\073
    RETURN NEW\073
  ELSIF TG_OP = ''UPDATE'' THEN
    IF OLD."status" <> NEW."status" THEN
      PERFORM "claim_tally_add"(''status:'' || OLD."status", -1)\073
      PERFORM "claim_tally_add"(''status:'' || NEW."status", 1)\073
      SELECT v."rating"::TEXT INTO verdict_rating FROM "Verdict" v WHERE v."claimId" = NEW."id"\073
      IF verdict_rating IS NOT NULL AND OLD."status" = ''PUBLISHED'' THEN
        PERFORM "claim_tally_add"(''rating:'' || verdict_rating, -1)\073
      END IF\073
      IF verdict_rating IS NOT NULL AND NEW."status" = ''PUBLISHED'' THEN
        PERFORM "claim_tally_add"(''rating:'' || verdict_rating, 1)\073
      END IF\073
    END IF\073
    RETURN NEW\073
  ELSE
    -- Before the row goes, while its verdict (deleted with it) can still be read.
    PERFORM "claim_tally_add"(''status:'' || OLD."status", -1)\073
    IF OLD."status" = ''PUBLISHED'' THEN
      SELECT v."rating"::TEXT INTO verdict_rating FROM "Verdict" v WHERE v."claimId" = OLD."id"\073
      IF verdict_rating IS NOT NULL THEN
        PERFORM "claim_tally_add"(''rating:'' || verdict_rating, -1)\073
      END IF\073
    END IF\073
    RETURN OLD\073
  END IF\073
END\073
';

CREATE TRIGGER "claim_tally_ai" AFTER INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION "claim_tally"();
CREATE TRIGGER "claim_tally_au" AFTER UPDATE OF "status" ON "Claim" FOR EACH ROW EXECUTE FUNCTION "claim_tally"();
CREATE TRIGGER "claim_tally_bd" BEFORE DELETE ON "Claim" FOR EACH ROW EXECUTE FUNCTION "claim_tally"();

-- A verdict deleted with its claim was counted off by claim_tally_bd (its claim is gone by now).
CREATE FUNCTION "verdict_tally"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  published BOOLEAN\073
BEGIN
  SELECT c."status" = ''PUBLISHED'' INTO published FROM "Claim" c WHERE c."id" = COALESCE(NEW."claimId", OLD."claimId")\073
  IF published IS NOT TRUE THEN
    RETURN NULL\073
  END IF\073
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    PERFORM "claim_tally_add"(''rating:'' || OLD."rating", -1)\073
  END IF\073
  IF TG_OP IN (''UPDATE'', ''INSERT'') THEN
    PERFORM "claim_tally_add"(''rating:'' || NEW."rating", 1)\073
  END IF\073
  RETURN NULL\073
END\073
';

CREATE TRIGGER "verdict_tally_ai" AFTER INSERT ON "Verdict" FOR EACH ROW EXECUTE FUNCTION "verdict_tally"();
CREATE TRIGGER "verdict_tally_au" AFTER UPDATE OF "rating" ON "Verdict" FOR EACH ROW WHEN (OLD."rating" IS DISTINCT FROM NEW."rating") EXECUTE FUNCTION "verdict_tally"();
CREATE TRIGGER "verdict_tally_ad" AFTER DELETE ON "Verdict" FOR EACH ROW EXECUTE FUNCTION "verdict_tally"();
