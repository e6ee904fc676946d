import { LRUCache } from "lru-cache";

// Repeat matching (the claim page, intake's "already checked", readers' tips) first asks the full-text
// index for claims sharing words with a quote, ranked. Ranking costs in proportion to the matches: a
// quote's every word OR-ed together matches most of a large desk ("government", "said", "percent"), and
// ranking 100,000 rows took 120 ms on a thread that serves everyone. So the words are chosen by how many
// claims hold them (their document frequency), rarest first, until the matches to rank reach a budget:
// the words that tell a repeat apart are the rare ones (names, figures, places), and a common word adds
// little to a rank anyway. On a desk where every word fits the budget nothing changes.

/** At most this many postings (claims per word, summed) are ranked for one quote. */
export const CANDIDATE_POSTINGS_BUDGET = 5_000;
/** When even the rarest word is over the budget, the claims holding all of this many rarest words. */
export const CANDIDATE_ALL_TERMS = 3;

/** The words of a quote that the candidate search uses: distinct, lower-case, three characters or more. */
export function quoteTerms(text: string): string[] {
  return [...new Set((text.normalize("NFKC").match(/[\p{L}\p{N}]{3,}/gu) ?? []).map((t) => t.toLowerCase()))].slice(0, 40);
}

/**
 * Claims holding any of `any`, or all of `all` (when `all` is not empty). A claim holding all of the
 * quote's rarest common words is found, and ranked on those words, even when they are too common to
 * search for one by one.
 */
export type TermPlan = { any: string[]; all: string[] };

/**
 * The words to search for, given each word's document frequency. Words no claim holds cost nothing and
 * are kept (the counts may be a few minutes old). Of the others, the rarest are taken while their
 * summed frequency stays within `budget`; when fewer than CANDIDATE_ALL_TERMS fit, the claims holding
 * all of the CANDIDATE_ALL_TERMS rarest words left out are asked for as well. (A PostgreSQL stop word
 * such as "the" counts as held by no claim: it matches nothing there.)
 */
export function planCandidateTerms(frequencies: { term: string; df: number }[], budget = CANDIDATE_POSTINGS_BUDGET): TermPlan | null {
  if (frequencies.length === 0) return null;
  const rarest = [...frequencies].sort((a, b) => a.df - b.df || a.term.localeCompare(b.term));
  const held = rarest.filter((f) => f.df > 0);
  const any = rarest.filter((f) => f.df === 0).map((f) => f.term);
  let postings = 0;
  let fitted = 0;
  for (const { term, df } of held) {
    if (postings + df > budget) break;
    postings += df;
    any.push(term);
    fitted++;
  }
  const left = held.slice(fitted);
  // One common word left out alone would match most of the desk: asked for only when nothing else is.
  const all = fitted < CANDIDATE_ALL_TERMS && (left.length >= 2 || fitted === 0) ? left.slice(0, CANDIDATE_ALL_TERMS).map((f) => f.term) : [];
  return { any, all };
}

/**
 * Document frequencies change slowly (a claim adds one to a few words): kept for five minutes, per
 * database kind and index, so a quote's words cost one count each the first time they are seen.
 */
const frequencyCache = new LRUCache<string, number>({ max: 50_000, ttl: 5 * 60_000 });

/**
 * Each term's document frequency, from the cache or `count`, which is asked once for all the terms the
 * cache lacks (on SQLite, one turn of the reader thread instead of one per word) and answers in order.
 */
export async function termFrequencies(scope: string, terms: string[], count: (terms: string[]) => Promise<number[]>) {
  const keyOf = (term: string) => `${scope}\u0000${term}`;
  // What the cache holds is taken now: an entry that expires or is pushed out while the others are
  // counted must not read as 0 after (a word counted as in no claim is always searched for).
  const known = new Map<string, number>();
  const missing: string[] = [];
  for (const term of new Set(terms)) {
    const df = frequencyCache.get(keyOf(term));
    if (df === undefined) missing.push(term);
    else known.set(term, df);
  }
  if (missing.length > 0) {
    const counted = await count(missing);
    if (counted.length !== missing.length) throw new Error(`termFrequencies: ${missing.length} words asked, ${counted.length} counts answered`);
    for (const [i, term] of missing.entries()) {
      known.set(term, counted[i]);
      frequencyCache.set(keyOf(term), counted[i]);
    }
  }
  return terms.map((term) => ({ term, df: known.get(term)! }));
}

/** Forget every cached frequency (tests that load a corpus and then measure). */
export function clearTermFrequencies() {
  frequencyCache.clear();
}
