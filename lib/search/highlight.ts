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

/**
 * Characters of an article's text its search snippet is taken from. SQLite's snippet() reads the whole
 * text, and its cost grows with the square of the matches: 1.3 s of the server's one thread for a 1 MB
 * article holding the word 15,000 times (PostgreSQL's ts_headline re-parses the whole text too).
 */
export const SNIPPET_CHARS = 20_000;

/**
 * About `words` words of `text` around the first of the query's words (found as markTerms finds them),
 * marked, with "…" where text was left out; the text's first words when none is found (a stemmed match,
 * or one past SNIPPET_CHARS).
 */
export function snippetAround(text: string, q: string, words = 24): string {
  const tokens = markTerms(text.slice(0, SNIPPET_CHARS), q).split(/\s+/).filter(Boolean);
  const hit = Math.max(
    0,
    tokens.findIndex((t) => t.includes(MARK_OPEN)),
  );
  const from = Math.max(0, Math.min(hit - Math.floor(words / 3), tokens.length - words));
  const to = Math.min(tokens.length, from + words);
  return `${from > 0 ? "…" : ""}${tokens.slice(from, to).join(" ")}${to < tokens.length || text.length > SNIPPET_CHARS ? "…" : ""}`;
}
