import type { ClaimStatus, Rating } from "../generated/prisma/enums";
import { SEARCH_COUNTED, SEARCH_RANKED, type SearchKind } from "./schemas";

// What a search asks and answers, and the counting both databases do alike (sqlite.ts and postgres.ts
// hold each database's own SQL).

/**
 * One match of the page, highlighted. What its link and label need is read with it: a source's claim
 * (`claimId`), a claim's public address (`slug`) and its verdict's rating (`rating`); null otherwise.
 */
export type SearchRow = {
  kind: SearchKind;
  id: string;
  title: string;
  body: string;
  status: ClaimStatus | null;
  rank: number;
  claimId: string | null;
  slug: string | null;
  rating: Rating | null;
  /** A source's claim, its quote: two sources with one address on two claims are told apart by it. */
  context?: string | null;
};

export type SearchOptions = { q: string; kinds: SearchKind[]; status?: ClaimStatus; publishedOnly?: boolean; limit: number; offset: number };

/**
 * The page's rows; the matches counted (each kind up to SEARCH_COUNTED, claimants all); whether some
 * kind has more than were counted (`total` is then a lower bound); and how many were ranked (the pages
 * reach that far).
 */
export type SearchAnswer = { rows: SearchRow[]; total: number; more: boolean; ranked: number };

export const noMatches = (): SearchAnswer => ({ rows: [], total: 0, more: false, ranked: 0 });

/** Total (counted), more and ranked matches from each kind's count (FTS kinds counted up to SEARCH_COUNTED). */
export function rankedOf(counts: { kind: SearchKind; n: number }[]): { total: number; more: boolean; ranked: number } {
  return {
    total: counts.reduce((sum, c) => sum + c.n, 0),
    more: counts.some((c) => c.kind !== "claimant" && c.n > SEARCH_RANKED),
    ranked: counts.reduce((sum, c) => sum + (c.kind === "claimant" ? c.n : Math.min(c.n, SEARCH_RANKED)), 0),
  };
}

/** Count a kind's matches up to SEARCH_COUNTED (`from`: its FROM and WHERE), where no walk of its newest matches counts them (SQLite with a status, and public search). */
export const countUpTo = (kind: SearchKind, from: string) => `SELECT '${kind}' AS kind, count(*) AS n FROM (SELECT 1 ${from} LIMIT ${SEARCH_COUNTED}) counted`;
