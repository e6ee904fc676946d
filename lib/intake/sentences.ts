import nlp from "compromise";

export type SentenceSpan = { start: number; end: number; text: string };

// Bullets are layout, not content: keeping "- " in the span would leak into
// entity evidence ("- Russia") and into the claim text a checker copies out.
const LIST_MARKER = /^(?:[-*•–—]|\d{1,2}[.)])\s+/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Finds `needle` in `hay` at or after `from`, tolerating whitespace that compromise normalised. */
function locate(hay: string, needle: string, from: number): { start: number; end: number } | null {
  const exact = hay.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const words = needle.split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return null;
  const re = new RegExp(words.join("\\s+"), "g");
  re.lastIndex = from;
  const m = re.exec(hay);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

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
 * and quoted speech better than a regex. Its sentence strings are mapped back
 * with a moving cursor; any characters compromise skipped are glued onto the
 * neighbouring sentence so no text is ever lost from the output.
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
    const pieces: { start: number; end: number }[] = [];
    let cursor = 0;
    for (const raw of nlp(para).sentences().out("array") as string[]) {
      const needle = raw.trim();
      if (!needle) continue;
      const hit = locate(para, needle, cursor);
      if (!hit) continue; // unmappable: its text falls into the neighbouring span below
      // Leading text compromise skipped (e.g. a stray quote) joins this sentence.
      pieces.push({ start: /\S/.test(para.slice(cursor, hit.start)) ? cursor : hit.start, end: hit.end });
      cursor = hit.end;
    }
    if (pieces.length === 0) pieces.push({ start: 0, end: para.length });
    else if (/\S/.test(para.slice(cursor))) pieces[pieces.length - 1].end = para.length;

    for (const piece of pieces) {
      const span = trimSpan(text, pStart + piece.start, pStart + piece.end);
      if (span.start < span.end) out.push({ ...span, text: text.slice(span.start, span.end) });
    }
  }
  return out;
}
