-- Full-text search on PostgreSQL with stored documents: each searchable row keeps its weighted tsvector
-- in a generated column behind a GIN index (ranking reads it instead of re-parsing the text).
-- The document functions come from migration 20261129010000_search. Claim: quote A, claimant B.
-- Article: title A, outlet B, text C. Source: title A, publisher B, url D.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchDoc" tsvector GENERATED ALWAYS AS (factdesk_article_doc("title", "outlet", "text")) STORED;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "searchDoc" tsvector GENERATED ALWAYS AS (factdesk_claim_doc("quote", "claimant")) STORED;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "searchDoc" tsvector GENERATED ALWAYS AS (factdesk_source_doc("title", "publisher", "url")) STORED;

-- CreateIndex
CREATE INDEX "Article_searchDoc_idx" ON "Article" USING GIN ("searchDoc");

-- CreateIndex
CREATE INDEX "Claim_searchDoc_idx" ON "Claim" USING GIN ("searchDoc");

-- CreateIndex
CREATE INDEX "Source_searchDoc_idx" ON "Source" USING GIN ("searchDoc");

-- The expression indexes they replace
DROP INDEX "Claim_search_idx";
DROP INDEX "Claim_quote_search_idx";
DROP INDEX "Claim_claimant_search_idx";
DROP INDEX "Article_search_idx";
DROP INDEX "Source_search_idx";
