import { z } from "zod";
import { STATUS_ORDER } from "../claims/lifecycle";
import { isStorable } from "../validation";

export const SEARCH_KINDS = ["claim", "article", "source", "claimant"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_PAGE_SIZE = 20;
/**
 * A search ranks at most this many matches of each kind of row (claims, articles, sources), the newest:
 * ranking every match of a common word took most of a search's time on a large desk (10 ms of 16 for
 * "government" at 100,000 claims). Claimants are few and all ranked. Finding the newest matches reads
 * rows newest first until this many match: at 1,000, PostgreSQL read about 8,000 claims and 1,000
 * articles' whole documents for "government" (15 ms of SQL a search at 100,000 claims); at 300, 8 ms
 * (SQLite 6.4 → 5.2 ms). Fifteen pages of each kind; a word more, a type or a status reaches older ones.
 */
export const SEARCH_RANKED = 300;
/**
 * Matches of a kind are counted up to this many (one more than are ranked): enough to say "more than
 * 300". Counting every match of a common word read every matching row on PostgreSQL (a GIN index
 * answers which rows, not how many): 104 ms of a 110 ms search for "government" at 100,000 claims.
 */
export const SEARCH_COUNTED = SEARCH_RANKED + 1;

/** The desk search box's URL parameters; anything odd falls back instead of failing the page. */
export const searchQuerySchema = z.object({
  // Unstorable text (NUL, a lone surrogate) is no term anything could match: an empty search, not a 500.
  q: z.string().trim().max(200).refine(isStorable).default("").catch(""),
  type: z.enum(SEARCH_KINDS).optional().catch(undefined),
  status: z.enum(STATUS_ORDER).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).default(1).catch(1),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;
