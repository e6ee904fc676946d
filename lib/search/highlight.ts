/** Markers the database puts around matched words; control characters no user text can contain. */
export const MARK_OPEN = "\u0001";
export const MARK_CLOSE = "\u0002";

export type Fragment = { text: string; hit: boolean };

/** Turn marked text into fragments for safe rendering (React escapes each one; no HTML is built). */
export function toFragments(marked: string): Fragment[] {
  const fragments: Fragment[] = [];
  let hit = false;
  let buffer = "";
  for (const ch of marked) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      if (buffer) fragments.push({ text: buffer, hit });
      buffer = "";
      hit = ch === MARK_OPEN;
    } else {
      buffer += ch;
    }
  }
  if (buffer) fragments.push({ text: buffer, hit });
  return fragments;
}

/** Words of a user's query, for the database's match syntax and for marking text we highlight ourselves. */
export function queryTerms(q: string): string[] {
  return (q.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/**
 * Terms shorter than this match whole words only, not as the start of longer ones: "p"* is every word
 * beginning with p. Twelve one-letter prefixes took SQLite 0.5 s at 100,000 claims, on the thread every
 * request shares, for anyone at /claims/search; as words, 1 ms.
 */
export const MIN_PREFIX_LENGTH = 3;

/** Whether a query term is matched as the start of words (else as a whole word). */
export function isPrefixTerm(term: string): boolean {
  return [...term].length >= MIN_PREFIX_LENGTH;
}

/** An FTS5 query that cannot be a syntax error: every term quoted, all required, prefix-matched from MIN_PREFIX_LENGTH. */
export function ftsQuery(q: string): string | null {
  const terms = queryTerms(q);
  return terms.length === 0 ? null : terms.map((t) => (isPrefixTerm(t) ? `"${t}"*` : `"${t}"`)).join(" ");
}

/** Mark terms (as word prefixes, or whole words when short) in text we render ourselves, e.g. a claimant's name. */
export function markTerms(text: string, q: string): string {
  const patterns = queryTerms(q).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + (isPrefixTerm(t) ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])"));
  if (patterns.length === 0) return text;
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join("|")})`, "giu"), (m) => MARK_OPEN + m + MARK_CLOSE);
}
