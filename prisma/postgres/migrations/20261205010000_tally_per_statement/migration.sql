-- A statement that inserts many claims or verdicts at once (a bulk import, the benchmark's corpus:
-- lib/bulk/insert.ts) now appends one change per status or rating it adds, not one per row. The row
-- trigger was a quarter of a 2,000-claim insert (57 of 230 ms under EXPLAIN ANALYZE). A single insert
-- appends the same one change as before, and updates and deletions keep their row triggers.
-- (The function bodies are E'' strings with each semicolon written \073, as in 20261204050000_claim_tally.)
CREATE FUNCTION "claim_tally_inserted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta")
    SELECT ''status:'' || n."status", count(*)::INTEGER FROM inserted n GROUP BY n."status"\073
  RETURN NULL\073
END\073
';

-- A verdict counts while its claim is published. The claims are read after the statement, so a claim
-- inserted earlier in the same transaction is seen.
CREATE FUNCTION "verdict_tally_inserted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "ClaimTallyChange" ("key", "delta")
    SELECT ''rating:'' || n."rating", count(*)::INTEGER FROM inserted n JOIN "Claim" c ON c."id" = n."claimId"
    WHERE c."status" = ''PUBLISHED'' GROUP BY n."rating"\073
  RETURN NULL\073
END\073
';

DROP TRIGGER "claim_tally_ai" ON "Claim";
CREATE TRIGGER "claim_tally_ai" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "claim_tally_inserted"();

DROP TRIGGER "verdict_tally_ai" ON "Verdict";
CREATE TRIGGER "verdict_tally_ai" AFTER INSERT ON "Verdict" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "verdict_tally_inserted"();
