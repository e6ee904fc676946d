// The CPU-heavy steps of intake, run in worker threads (lib/intake/worker.mjs) so the server's event
// loop never waits on them. Plain data in, plain data out: a DomainError cannot cross a thread, so
// a refusal comes back as { refused } and lib/intake/pool.ts turns it into one again.
import { DomainError, type FieldErrors } from "../errors";
import { extractArticleText, type ImportFile } from "../articles/extract-text";
import { reanchor, type Anchor, type Reanchored } from "../articles/reanchor";
import { scoreSentencesFrom, topSentences, type SentenceScore } from "./checkworthiness";

export type Refusal = { refused: { message: string; fieldErrors?: FieldErrors } };

function refusal(error: unknown): Refusal {
  if (error instanceof DomainError) return { refused: { message: error.message, fieldErrors: error.fieldErrors } };
  throw error;
}

/** Text and title of an uploaded file (HTML parsing is the slow part). */
export function extract(file: ImportFile) {
  try {
    return { extracted: extractArticleText(file) };
  } catch (error) {
    return refusal(error);
  }
}

/**
 * The strongest `limit` sentences of one part of an article, with offsets into the whole text. The
 * best of every part together hold the best of the whole: anything ahead of a sentence in its own
 * part is ahead of it overall, ties included (they keep reading order in both).
 */
export function rankPart(input: { text: string; offset: number; lastSpeaker: string | null; limit: number }) {
  const { scores, lastSpeaker } = scoreSentencesFrom(input.text, input.lastSpeaker);
  const top: SentenceScore[] = topSentences(scores, input.limit).map((s) => ({ ...s, start: s.start + input.offset, end: s.end + input.offset }));
  return { top, lastSpeaker };
}

/** Where each claim's quote is in the new text. */
export function reanchorAll(input: { text: string; anchors: Anchor[] }): Reanchored[] {
  return input.anchors.map((anchor) => reanchor(input.text, anchor));
}
