-- Full-text search on PostgreSQL (lib/search/postgres.ts): weighted documents behind GIN expression indexes.
-- The functions are the one definition of each document, and queries call the same functions so the indexes apply.

CREATE FUNCTION factdesk_claim_doc(quote text, claimant text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('english'::regconfig, coalesce(quote, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(claimant, '')), 'B') $$;

CREATE FUNCTION factdesk_article_doc(title text, outlet text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(outlet, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C') $$;

CREATE FUNCTION factdesk_source_doc(title text, publisher text, url text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(publisher, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(url, '')), 'D') $$;

CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (factdesk_claim_doc("quote", "claimant"));
CREATE INDEX "Claim_quote_search_idx" ON "Claim" USING GIN (to_tsvector('english'::regconfig, "quote"));
CREATE INDEX "Claim_claimant_search_idx" ON "Claim" USING GIN (to_tsvector('english'::regconfig, "claimant"));
CREATE INDEX "Article_search_idx" ON "Article" USING GIN (factdesk_article_doc("title", "outlet", "text"));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (factdesk_source_doc("title", "publisher", "url"));
