-- Desk search finds claimants by their name's own index (lib/search/postgres.ts). The claimant part of a
-- claim's stored document (weight B) is no index of its own: a GIN index cannot tell weights apart, so
-- asking for a word as a claimant's read every claim holding the word anywhere to check its weight
-- (about 40 ms for a common word at 100,000 claims, under 1 ms with this index). Prisma does not model
-- expression indexes, and leaves this one alone.
CREATE INDEX "Claim_claimant_search_idx" ON "Claim" USING GIN (to_tsvector('english'::regconfig, "claimant"));
