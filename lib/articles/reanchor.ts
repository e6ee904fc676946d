import { anchorSpan, type TextAnchor } from "./anchor";

export type Anchor = TextAnchor;

export type Reanchored =
  | { kind: "unchanged"; anchor: Anchor }
  | { kind: "moved"; anchor: Anchor }
  | { kind: "fuzzy"; candidate: Anchor; score: number }
  | { kind: "lost" };

/**
 * Minimum similarity (1 − edit distance / longer length, case-insensitive) for a fuzzy candidate.
 * One changed word in a sentence-long quote scores ~0.85–0.95; a fragment holding only 70% of the
 * quote scores ≤ 0.7, so a deleted claim is not "found" in a sentence that merely shares its words.
 */
export const FUZZY_THRESHOLD = 0.75;

// Candidate windows span the quote length ±30%, so a reworded clause still fits in one window.
const LENGTH_SLACK = 0.3;
// Coarse regions refined in detail: a handful is enough since the coarse score already ranks them.
const REGIONS = 4;
// Starts per region with the best bigram score that get the (quadratic) edit-distance check.
// Kept per region so that one place with many near-identical windows cannot crowd out the others.
const FINALISTS = 3;

/**
 * Re-anchor a claim's quote in edited text: same offsets, then the exact quote elsewhere, then a
 * similar span offered for review. A fuzzy match is never applied here; the caller must ask a person.
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

/** Case-folded UTF-16 codes, one per code unit, so indexes stay aligned with the original text. */
function foldedCodes(text: string): Uint16Array {
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  const codes = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) codes[i] = source.charCodeAt(i);
  return codes;
}

/**
 * A bag of bigrams compared against the quote's, with the intersection kept up to date on every
 * add/remove so that sliding or growing a window costs O(1) per character instead of O(quote).
 * Bigrams are numbered ids (0 = not in the quote), so counting is array indexing, not hashing.
 */
class BigramWindow {
  private readonly counts: Int32Array;
  private shared = 0;
  private size = 0;
  constructor(private readonly quoteCounts: Int32Array, private readonly quoteSize: number) {
    this.counts = new Int32Array(quoteCounts.length);
  }

  add(id: number) {
    this.size++;
    if (id !== 0 && ++this.counts[id] <= this.quoteCounts[id]) this.shared++;
  }

  remove(id: number) {
    this.size--;
    if (id !== 0 && this.counts[id]-- <= this.quoteCounts[id]) this.shared--;
  }

  dice(): number {
    return (2 * this.shared) / (this.size + this.quoteSize);
  }
}

/** Ids of the quote's distinct bigrams, how often each occurs, and the id of every bigram of the text. */
function bigramIds(q: Uint16Array, t: Uint16Array) {
  const ids = new Map<number, number>();
  const key = (codes: Uint16Array, i: number) => codes[i] * 65536 + codes[i + 1];
  for (let i = 0; i + 1 < q.length; i++) if (!ids.has(key(q, i))) ids.set(key(q, i), ids.size + 1);
  const quoteCounts = new Int32Array(ids.size + 1);
  for (let i = 0; i + 1 < q.length; i++) quoteCounts[ids.get(key(q, i))!]++;
  const text = new Int32Array(t.length - 1);
  for (let i = 0; i + 1 < t.length; i++) text[i] = ids.get(key(t, i)) ?? 0;
  return { quoteCounts, text };
}

/**
 * Bigram Dice finds candidates fast but ignores word order and favours fragments (a window holding
 * 70% of the quote scores 0.82), so it only shortlists: a fixed-length window slides over the whole
 * text, the best regions (and the old position) are refined over word-aligned starts and ends, and
 * the finalists are ranked by edit distance. ~5–15 ms for a 300-char quote in 100 KB.
 */
function bestFuzzy(text: string, old: Anchor): Match | null {
  const q = foldedCodes(old.quote);
  const t = foldedCodes(text);
  if (q.length < 2 || t.length < 2) return null;
  const { quoteCounts, text: bigrams } = bigramIds(q, t);

  const width = Math.min(q.length, t.length);
  const coarse = new Float64Array(t.length - width + 1);
  const sliding = new BigramWindow(quoteCounts, q.length - 1);
  for (let i = 0; i + 1 < width; i++) sliding.add(bigrams[i]);
  coarse[0] = sliding.dice();
  for (let s = 1; s < coarse.length; s++) {
    sliding.remove(bigrams[s - 1]);
    sliding.add(bigrams[s + width - 2]);
    coarse[s] = sliding.dice();
  }

  const centres = [Math.min(Math.max(0, old.start), coarse.length - 1)];
  for (let r = 0; r < REGIONS; r++) {
    let peak = -1;
    for (let s = 0; s < coarse.length; s++) {
      if (coarse[s] < 0) continue;
      if (peak < 0 || coarse[s] > coarse[peak] || (coarse[s] === coarse[peak] && closer(s, peak, old.start))) peak = s;
    }
    if (peak < 0) break;
    centres.push(peak);
    // Suppress the neighbourhood so the next region is a genuinely different place in the text.
    coarse.fill(-1, Math.max(0, peak - width), Math.min(coarse.length, peak + width));
  }

  const slack = Math.ceil(q.length * LENGTH_SLACK);
  const minLength = Math.max(2, q.length - slack);
  const maxLength = q.length + slack;
  const starts: Match[] = [];
  const tried = new Set<number>();
  for (const centre of centres) {
    const region: Match[] = [];
    for (let s = Math.max(0, centre - slack); s <= Math.min(t.length - 2, centre + slack); s++) {
      if (tried.has(s) || !isStart(text, s)) continue;
      tried.add(s);
      const grow = new BigramWindow(quoteCounts, q.length - 1);
      let dice = -1;
      for (let e = s + 2; e <= Math.min(t.length, s + maxLength); e++) {
        grow.add(bigrams[e - 2]);
        if (e - s >= minLength && isEnd(text, e)) dice = Math.max(dice, grow.dice());
      }
      if (dice >= 0) region.push({ start: s, end: s, score: dice });
    }
    region.sort((a, b) => (better(a, b, old.start) ? -1 : better(b, a, old.start) ? 1 : 0));
    starts.push(...region.slice(0, FINALISTS));
  }

  // One edit-distance table per start scores every end at once: its last row holds them all.
  const budget = Math.floor(maxLength * (1 - FUZZY_THRESHOLD));
  let best: Match | null = null;
  for (const { start } of starts) {
    const distances = editDistances(q, t.subarray(start, Math.min(t.length, start + maxLength)), budget);
    if (!distances) continue;
    for (let length = minLength; length < distances.length; length++) {
      if (Math.abs(length - q.length) > budget || !isEnd(text, start + length)) continue;
      const match = { start, end: start + length, score: 1 - distances[length] / Math.max(q.length, length) };
      if (!best || better(match, best, old.start)) best = match;
    }
  }
  return best;
}

function better(a: Match, b: Match, target: number): boolean {
  return a.score > b.score || (a.score === b.score && closer(a.start, b.start, target));
}

/**
 * Levenshtein distances from `a` to every prefix of `b` (index = prefix length), computed only in the
 * diagonal band that can stay within `budget`; cells beyond it read as budget + 1. Null when no
 * prefix can be within budget, which lets hopeless candidates stop early.
 */
function editDistances(a: Uint16Array, b: Uint16Array, budget: number): Int32Array | null {
  const over = budget + 1;
  let previous = new Int32Array(b.length + 1).map((_, j) => Math.min(j, over));
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - budget);
    const hi = Math.min(b.length, i + budget);
    current[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    let rowMin = current[lo - 1];
    for (let j = lo; j <= hi; j++) {
      let value = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      if (previous[j] + 1 < value) value = previous[j] + 1;
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1;
      if (value > over) value = over;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < b.length) current[hi + 1] = over;
    if (rowMin > budget) return null;
    [previous, current] = [current, previous];
  }
  // Cells left of the last row's band still hold older rows' values.
  previous.fill(over, 0, Math.max(0, a.length - budget));
  return previous;
}

const [SPACE, WORD, OTHER] = [0, 1, 2];

// Called for every candidate boundary, so ASCII is classified without a regular expression.
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : OTHER;
  }
  const char = text[i];
  return /\s/.test(char) ? SPACE : /[\p{L}\p{N}]/u.test(char) ? WORD : OTHER;
}

function isStart(text: string, i: number): boolean {
  const here = charClass(text, i);
  if (i === 0) return here !== SPACE;
  const before = charClass(text, i - 1);
  return (before === SPACE && here !== SPACE) || (before !== WORD && here === WORD);
}

function isEnd(text: string, e: number): boolean {
  const last = charClass(text, e - 1);
  if (e === text.length) return last !== SPACE;
  const after = charClass(text, e);
  return (last !== SPACE && after === SPACE) || (last === WORD && after !== WORD);
}
