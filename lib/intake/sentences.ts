import nlp from "./nlp";
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

/** Opening quotation marks not yet closed in `text` (straight quotes count as opening then closing). */
function openQuotes(text: string): number {
  let open = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === "“" || ch === "«") open++;
    else if ((ch === "”" || ch === "»") && open > 0) open--;
    else if (ch === '"') straight++;
  }
  return open + (straight % 2);
}

/**
 * The sentences of one paragraph [pStart, pEnd) of `text`. compromise splits the paragraph, which
 * handles "Mr." / "U.S." better than a regex; each sentence starts where its first term's leading
 * punctuation (an opening quote) starts, by compromise's offsets, and runs to the next one's start,
 * so no text is ever lost. A quotation is never cut: a sentence that leaves a quote open runs on
 * until it closes ("… assembling. But compare it …,” Carpenter states.").
 */
function paragraphSentences(text: string, pStart: number, pEnd: number, out: SentenceSpan[]) {
  const para = text.slice(pStart, pEnd);
  const cuts = [0];
  const doc = nlp(para);
  doc.compute("offset");
  for (const [first] of doc.sentences().docs as OffsetTerm[][]) {
    const cut = first ? first.offset.start - first.pre.length : -1;
    if (cut > cuts[cuts.length - 1] && cut < para.length) cuts.push(cut);
  }
  // compromise runs on past a full stop inside closing quotation marks ("… in a decade.” Her challenger …").
  for (const m of para.matchAll(/[.!?][”"»](?=\s+[“"«]?\p{Lu})/gu)) {
    const cut = m.index + m[0].length + (/^\s+/.exec(para.slice(m.index + m[0].length))?.[0].length ?? 0);
    if (!cuts.includes(cut)) cuts.push(cut);
  }
  // compromise reads "p.m." as an abbreviation that never ends a sentence ("… until 3:06 p.m. The state's own
  // standard …"): before a word that opens sentences, not a name or a day ("at 3 p.m. Tuesday"), it does.
  for (const m of para.matchAll(
    /\b[ap]\.m\.\s+(?=(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|His|Her|Its|Their|Our|By|In|At|But|And|Yet|When|After|Before|There)\s)/g,
  )) {
    const cut = m.index + m[0].length;
    if (!cuts.includes(cut)) cuts.push(cut);
  }
  cuts.sort((a, b) => a - b);
  cuts.push(para.length);

  let from = 0;
  for (let i = 1; i < cuts.length; i++) {
    if (i + 1 < cuts.length && openQuotes(para.slice(cuts[from], cuts[i])) > 0) continue;
    const span = trimSpan(text, pStart + cuts[from], pStart + cuts[i]);
    if (span.start < span.end) out.push({ ...span, text: text.slice(span.start, span.end) });
    from = i;
  }
}

/**
 * Splits text into sentences whose offsets index the original string. Paragraphs (newline-separated)
 * are split by us so a line break always ends a sentence; list markers are left out of the spans.
 * `lines` limits the split to those lines (the article's body, lib/intake/layout.ts).
 */
export function splitSentences(text: string, lines?: { start: number; end: number }[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const spans = lines ?? [...text.matchAll(/[^\r\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const line of spans) {
    let { start: pStart, end: pEnd } = trimSpan(text, line.start, line.end);
    const marker = LIST_MARKER.exec(text.slice(pStart, pEnd));
    if (marker && marker[0].length < pEnd - pStart) pStart += marker[0].length;
    if (pStart >= pEnd) continue;
    paragraphSentences(text, pStart, pEnd, out);
  }
  return out;
}
