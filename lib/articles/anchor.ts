/** Context kept on each side of a quote, as in a W3C TextQuoteSelector. */
export const CONTEXT_CHARS = 32;

export type TextAnchor = { quote: string; prefix: string; suffix: string; start: number; end: number };

/** Anchor a span [start, end) of `text`, or null when the offsets are out of range or empty. */
export function anchorSpan(text: string, start: number, end: number): TextAnchor | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    return null;
  }
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** True when the quote is exactly the text between the offsets. */
export function spanMatches(text: string, anchor: Pick<TextAnchor, "quote" | "start" | "end">): boolean {
  return text.slice(anchor.start, anchor.end) === anchor.quote;
}

/** Find the first occurrence of `quote`, for seed data written by hand. */
export function anchorQuote(text: string, quote: string, from = 0): TextAnchor {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`Quote not found in article text: ${quote.slice(0, 60)}…`);
  return anchorSpan(text, start, start + quote.length)!;
}

export type Segment = { text: string; claimIds: string[]; start: number };

/** Split text into runs covered by the same set of claims, for highlighting overlapping spans. */
export function segmentText(text: string, spans: { id: string; start: number; end: number }[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const claimIds = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    segments.push({ text: text.slice(start, end), claimIds, start });
  }
  return segments;
}
