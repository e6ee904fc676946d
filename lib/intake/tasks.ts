// The CPU-heavy steps of intake, run in worker threads (lib/intake/run-task.ts) so the server's event
// loop never waits on them. Plain data in, plain data out: a DomainError cannot cross a thread, so
// a refusal comes back as { refused } and lib/intake/pool.ts turns it into one again.
import { DomainError, type FieldErrors } from "../errors";
import { extractArticleText, normalizeArticleText, type ImportFile } from "../articles/extract-text";
import { reanchor, type Anchor, type Reanchored } from "../articles/reanchor";
import { scoreSentencesFrom, type SentenceScore } from "./checkworthiness";
import { topSentences } from "./ranking";
import type { SpeakerContext } from "./speakers";
import { LRUCache } from "lru-cache";
import { ClaimReader, matchReaders } from "../tracking/claim-parts";

export type Refusal = { refused: { message: string; fieldErrors?: FieldErrors } };

function refusal(error: unknown): Refusal {
  if (error instanceof DomainError) return { refused: { message: error.message, fieldErrors: error.fieldErrors } };
  throw error;
}

/** Text and title of an uploaded file (HTML parsing is the slow part). */
export async function extract(file: ImportFile) {
  try {
    return { extracted: await extractArticleText(file) };
  } catch (error) {
    return refusal(error);
  }
}

/** A pasted or replaced text with line ends, invisible characters and spaces tidied (a crafted 1 MB text: 50-90 ms). */
export function normalize(input: { text: string }): string {
  return normalizeArticleText(input.text);
}

/**
 * The strongest `limit` candidate claims of one part of an article, with offsets into the whole text.
 * The best of every part together hold the best of the whole: anything ahead of a candidate in its own
 * part is ahead of it overall, ties included (they keep reading order in both).
 */
export function rankPart(input: { text: string; offset: number; context: SpeakerContext; outlet: string | null; limit: number }) {
  const { scores, context } = scoreSentencesFrom(input.text, { outlet: input.outlet, context: input.context, atStart: input.offset === 0 });
  const top: SentenceScore[] = topSentences(scores, input.limit).map((s) => ({ ...s, start: s.start + input.offset, end: s.end + input.offset }));
  return { top, context };
}

/** Where each claim's quote is in the new text. */
export function reanchorAll(input: { text: string; anchors: Anchor[] }): Reanchored[] {
  return input.anchors.map((anchor) => reanchor(input.text, anchor));
}

/** Longer texts are compared by their first this many characters: what a claim says is said by then. */
const MATCH_CHARS = 400;

/**
 * Readers of recently matched texts, with what they have read so far (words, figures, the whole parse):
 * the same claims come up as candidates for one claim page after another (a quarter of the candidates
 * of the benchmark's 1,032 claim pages had been a candidate before), and a claim page is drawn again
 * after every action. Each thread keeps its own (2,000 readers held about a megabyte of heap,
 * measured on the benchmark's candidates).
 */
const readers = new LRUCache<string, ClaimReader>({ max: 2_000 });
function readerOf(quote: string): ClaimReader {
  const text = quote.slice(0, MATCH_CHARS);
  let reader = readers.get(text);
  if (!reader) readers.set(text, (reader = new ClaimReader(text)));
  return reader;
}

/**
 * Which candidates each quote repeats (lib/tracking/claim-parts.ts), best first: the matching is
 * parsing, so it runs here. Each quote is read once; a candidate is parsed only when its words come close.
 */
export function matchRepeats(input: { items: { quote: string; candidates: { id: string; quote: string }[] }[] }) {
  return input.items.map(({ quote, candidates }) => {
    const reader = readerOf(quote);
    return candidates
      .map((c) => ({ id: c.id, ...matchReaders(readerOf(c.quote), reader) }))
      .filter((m) => m.same)
      .sort((a, b) => b.score - a.score)
      .map(({ id, score }) => ({ id, score }));
  });
}
