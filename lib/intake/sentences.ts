import nlp from "compromise";
import type { Term } from "compromise/misc";

export type SentenceSpan = { start: number; end: number; text: string };

// Bullets are layout, not content: keeping "- " in the span would leak into
// entity evidence ("- Russia") and into the claim text a checker copies out.
const LIST_MARKER = /^(?:[-*•–—]|\d{1,2}[.)])\s+/;

// compromise's own offsets (what `.out("offset")` reports), computed without the rest of its JSON:
// each term then carries where its text starts in the paragraph, after its leading punctuation.
type OffsetTerm = Term & { offset: { start: number } };

/** Shrinks [start, end) so the span has no surrounding whitespace. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Splits text into sentences whose offsets index the original string.
 *
 * Paragraphs (newline-separated) are split by us so a line break always ends a
 * sentence; compromise then splits each paragraph, which handles "Mr." / "U.S."
 * and quoted speech better than a regex. Each of its sentences starts where its
 * first term's leading punctuation (an opening quote) starts, by compromise's
 * offsets, and runs to the next one's start, so no text is ever lost.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    let { start: pStart, end: pEnd } = trimSpan(text, line.index, line.index + line[0].length);
    const marker = LIST_MARKER.exec(text.slice(pStart, pEnd));
    if (marker && marker[0].length < pEnd - pStart) pStart += marker[0].length;
    if (pStart >= pEnd) continue;

    const para = text.slice(pStart, pEnd);
    const cuts = [0];
    const doc = nlp(para);
    doc.compute("offset");
    for (const [first] of doc.sentences().docs as OffsetTerm[][]) {
      const cut = first ? first.offset.start - first.pre.length : -1;
      if (cut > cuts[cuts.length - 1] && cut < para.length) cuts.push(cut);
    }
    cuts.push(para.length);

    for (let i = 0; i + 1 < cuts.length; i++) {
      const span = trimSpan(text, pStart + cuts[i], pStart + cuts[i + 1]);
      if (span.start < span.end) out.push({ ...span, text: text.slice(span.start, span.end) });
    }
  }
  return out;
}
