import approxSearch from "approx-string-match";
import { anchorSpan, type TextAnchor } from "./anchor";

export type Anchor = TextAnchor;

export type Reanchored =
  { kind: "unchanged"; anchor: Anchor } | { kind: "moved"; anchor: Anchor } | { kind: "fuzzy"; candidate: Anchor; score: number } | { kind: "lost" };

/**
 * Minimum similarity (1 − edit distance / longer length, case-insensitive) for a fuzzy candidate.
 * One changed word in a sentence-long quote scores ~0.85–0.95; a fragment holding only 70% of the
 * quote scores ≤ 0.7, so a deleted claim is not "found" in a sentence that merely shares its words.
 */
export const FUZZY_THRESHOLD = 0.75;

/**
 * Re-anchor a claim's quote in edited text: same offsets, then the exact quote elsewhere, then a
 * similar span offered for review. A fuzzy match is never applied here; the caller must ask a person.
 * The approach is Hypothesis's for W3C TextQuoteSelectors (exact occurrences first, then
 * approx-string-match's bit-parallel search for the quote with errors in proportion to its length),
 * ranked by the old prefix and suffix and the old position.
 */
export function reanchor(newText: string, old: Anchor): Reanchored {
  if (!old.quote) return { kind: "lost" };
  const exact = bestExact(newText, old);
  if (exact !== null) {
    const anchor = anchorSpan(newText, exact, exact + old.quote.length)!;
    return { kind: exact === old.start ? "unchanged" : "moved", anchor };
  }
  const fuzzy = bestFuzzy(newText, old);
  if (fuzzy && fuzzy.score >= FUZZY_THRESHOLD) {
    return { kind: "fuzzy", candidate: anchorSpan(newText, fuzzy.start, fuzzy.end)!, score: fuzzy.score };
  }
  return { kind: "lost" };
}

/**
 * Of all exact occurrences, the one whose surroundings agree most with the old context, then the
 * nearest. The old offsets win every tie (distance 0), but not against an occurrence whose context
 * matches better: text inserted before a repeated quote can slide a different occurrence onto them.
 */
function bestExact(text: string, old: Anchor): number | null {
  let best: number | null = null;
  let bestContext = -1;
  for (let at = text.indexOf(old.quote); at >= 0; at = text.indexOf(old.quote, at + 1)) {
    const context =
      commonSuffix(old.prefix, text.slice(Math.max(0, at - old.prefix.length), at)) +
      commonPrefix(old.suffix, text.slice(at + old.quote.length, at + old.quote.length + old.suffix.length));
    if (context > bestContext || (context === bestContext && best !== null && closer(at, best, old.start))) {
      best = at;
      bestContext = context;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

const closer = (a: number, b: number, target: number) => Math.abs(a - target) < Math.abs(b - target);

type Match = { start: number; end: number; score: number };

/** Lower case when that keeps every index in place (it does not for a few letters such as "İ"). */
const fold = (text: string) => {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
};

/**
 * The spans with the fewest edits from the quote (case-insensitive), widened or narrowed to whole
 * words, the most similar first and then the nearest to the old position. A span of length L with
 * e edits scores 1 − e / max(quote, L); up to a third of the quote's length in edits can still
 * reach the threshold (all of them insertions), so that is the most the search allows. Moving an
 * end to a word boundary changes the distance by at most the characters it adds or removes, which
 * are counted as edits, so a score is never higher than the span's true similarity.
 */
function bestFuzzy(text: string, old: Anchor): Match | null {
  const maxErrors = Math.floor(old.quote.length / 3);
  let best: Match | null = null;
  for (const found of approxSearch(fold(text), fold(old.quote), maxErrors)) {
    const start = wordStart(text, found.start);
    const end = wordEnd(text, found.end);
    if (end <= start) continue;
    const edits = found.errors + Math.abs(found.start - start) + Math.abs(found.end - end);
    const match = { start, end, score: 1 - edits / Math.max(old.quote.length, end - start) };
    if (!best || match.score > best.score || (match.score === best.score && closer(match.start, best.start, old.start))) {
      best = match;
    }
  }
  return best;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Back to the start of the word `i` is inside of, then past any whitespace. */
function wordStart(text: string, i: number): number {
  while (i > 0 && i < text.length && WORD.test(text[i]) && WORD.test(text[i - 1])) i--;
  while (i < text.length && SPACE.test(text[i])) i++;
  return i;
}

/** On to the end of the word that ends inside of at `e`, then back before any whitespace. */
function wordEnd(text: string, e: number): number {
  while (e > 0 && e < text.length && WORD.test(text[e - 1]) && WORD.test(text[e])) e++;
  while (e > 0 && SPACE.test(text[e - 1])) e--;
  return e;
}
