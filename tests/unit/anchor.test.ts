import { describe, expect, it } from "vitest";
import { CONTEXT_CHARS, anchorQuote, anchorSpan, segmentText, spanMatches } from "@/lib/articles/anchor";

const SHORT = "The minister said unemployment fell by half.";
// 26 letters repeated: long enough that context must be cut to CONTEXT_CHARS on both sides.
const LONG = "abcdefghijklmnopqrstuvwxyz".repeat(6); // 156 chars

describe("anchorSpan", () => {
  it("anchors a span with full short context", () => {
    // "unemployment" is at 18..30
    expect(anchorSpan(SHORT, 18, 30)).toEqual({
      quote: "unemployment",
      prefix: "The minister said ",
      suffix: " fell by half.",
      start: 18,
      end: 30,
    });
  });

  it("anchors the whole text with empty context", () => {
    expect(anchorSpan(SHORT, 0, SHORT.length)).toEqual({
      quote: SHORT,
      prefix: "",
      suffix: "",
      start: 0,
      end: SHORT.length,
    });
  });

  it("keeps exactly CONTEXT_CHARS of prefix and suffix in long text", () => {
    expect(CONTEXT_CHARS).toBe(32);
    const anchor = anchorSpan(LONG, 60, 70);
    expect(anchor).not.toBeNull();
    expect(anchor!.quote).toBe(LONG.slice(60, 70));
    expect(anchor!.prefix).toBe(LONG.slice(28, 60));
    expect(anchor!.suffix).toBe(LONG.slice(70, 102));
    expect(anchor!.prefix).toHaveLength(32);
    expect(anchor!.suffix).toHaveLength(32);
  });

  it("shortens context at the edges of the text", () => {
    const atStart = anchorSpan(LONG, 5, 10)!;
    expect(atStart.prefix).toBe("abcde");
    expect(atStart.suffix).toHaveLength(CONTEXT_CHARS);
    const atEnd = anchorSpan(LONG, LONG.length - 10, LONG.length - 4)!;
    expect(atEnd.suffix).toBe(LONG.slice(-4));
    expect(atEnd.prefix).toHaveLength(CONTEXT_CHARS);
  });

  it.each([
    ["negative start", -1, 5],
    ["end past the text", 10, SHORT.length + 1],
    ["start past the text", SHORT.length + 1, SHORT.length + 5],
    ["empty span", 5, 5],
    ["reversed span", 10, 5],
    ["fractional start", 1.5, 5],
    ["fractional end", 1, 4.2],
    ["NaN", Number.NaN, 5],
  ])("returns null for %s", (_name, start, end) => {
    expect(anchorSpan(SHORT, start, end)).toBeNull();
  });

  it("returns null for any span of empty text", () => {
    expect(anchorSpan("", 0, 0)).toBeNull();
    expect(anchorSpan("", 0, 1)).toBeNull();
  });
});

describe("spanMatches", () => {
  it("is true when the quote is exactly the text at the offsets", () => {
    expect(spanMatches(SHORT, { quote: "minister", start: 4, end: 12 })).toBe(true);
  });

  it("is false when the text has shifted", () => {
    expect(spanMatches(SHORT, { quote: "minister", start: 5, end: 13 })).toBe(false);
    expect(spanMatches("The prime minister said…", { quote: "minister", start: 4, end: 12 })).toBe(false);
  });

  it("is case-sensitive", () => {
    expect(spanMatches(SHORT, { quote: "Minister", start: 4, end: 12 })).toBe(false);
  });

  it("is false when offsets fall outside the text", () => {
    expect(spanMatches("short", { quote: "short text", start: 0, end: 10 })).toBe(false);
  });

  it("round-trips with anchorSpan", () => {
    const anchor = anchorSpan(LONG, 40, 77)!;
    expect(spanMatches(LONG, anchor)).toBe(true);
    expect(spanMatches(LONG.toUpperCase(), anchor)).toBe(false);
  });
});

describe("anchorQuote", () => {
  it("finds the first occurrence", () => {
    const text = "half of it, and half again";
    expect(anchorQuote(text, "half")).toEqual({ quote: "half", prefix: "", suffix: " of it, and half again", start: 0, end: 4 });
  });

  it("searches from an offset", () => {
    const text = "half of it, and half again";
    const anchor = anchorQuote(text, "half", 1);
    expect(anchor.start).toBe(16);
    expect(anchor.end).toBe(20);
    expect(anchor.prefix).toBe("half of it, and ");
  });

  it("throws when the quote is missing", () => {
    expect(() => anchorQuote(SHORT, "employment rose")).toThrow(/Quote not found in article text: employment rose/);
  });

  it("throws when the quote only occurs before the offset", () => {
    expect(() => anchorQuote(SHORT, "The", 1)).toThrow(/Quote not found/);
  });
});

describe("segmentText", () => {
  const join = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

  it("returns one uncovered segment without spans", () => {
    expect(segmentText(SHORT, [])).toEqual([{ text: SHORT, claimIds: [], start: 0 }]);
  });

  it("splits around non-overlapping spans", () => {
    const text = "aaaBBBcccDDDeee";
    const segments = segmentText(text, [
      { id: "c1", start: 3, end: 6 },
      { id: "c2", start: 9, end: 12 },
    ]);
    expect(segments).toEqual([
      { text: "aaa", claimIds: [], start: 0 },
      { text: "BBB", claimIds: ["c1"], start: 3 },
      { text: "ccc", claimIds: [], start: 6 },
      { text: "DDD", claimIds: ["c2"], start: 9 },
      { text: "eee", claimIds: [], start: 12 },
    ]);
    expect(join(segments)).toBe(text);
  });

  it("splits overlapping spans into runs covered by the same claims", () => {
    const text = "0123456789";
    const segments = segmentText(text, [
      { id: "a", start: 2, end: 6 },
      { id: "b", start: 4, end: 8 },
    ]);
    expect(segments).toEqual([
      { text: "01", claimIds: [], start: 0 },
      { text: "23", claimIds: ["a"], start: 2 },
      { text: "45", claimIds: ["a", "b"], start: 4 },
      { text: "67", claimIds: ["b"], start: 6 },
      { text: "89", claimIds: [], start: 8 },
    ]);
    expect(join(segments)).toBe(text);
  });

  it("handles a span nested inside another and spans at the edges", () => {
    const text = "0123456789";
    const segments = segmentText(text, [
      { id: "outer", start: 0, end: 10 },
      { id: "inner", start: 3, end: 5 },
    ]);
    expect(segments).toEqual([
      { text: "012", claimIds: ["outer"], start: 0 },
      { text: "34", claimIds: ["outer", "inner"], start: 3 },
      { text: "56789", claimIds: ["outer"], start: 5 },
    ]);
  });

  it("handles identical spans", () => {
    const segments = segmentText("abcdef", [
      { id: "x", start: 1, end: 3 },
      { id: "y", start: 1, end: 3 },
    ]);
    expect(segments).toEqual([
      { text: "a", claimIds: [], start: 0 },
      { text: "bc", claimIds: ["x", "y"], start: 1 },
      { text: "def", claimIds: [], start: 3 },
    ]);
  });

  it("ignores empty and reversed spans", () => {
    expect(
      segmentText("abcdef", [
        { id: "empty", start: 2, end: 2 },
        { id: "reversed", start: 4, end: 1 },
      ]),
    ).toEqual([{ text: "abcdef", claimIds: [], start: 0 }]);
  });

  it("ignores a span that lies entirely out of range", () => {
    expect(segmentText("abcdef", [{ id: "far", start: 10, end: 20 }])).toEqual([{ text: "abcdef", claimIds: [], start: 0 }]);
  });

  it("returns no segments for empty text", () => {
    expect(segmentText("", [])).toEqual([]);
  });

  it("always concatenates back to the input, with contiguous starts and no empty segments", () => {
    const text = "The minister said unemployment fell by half, and wages doubled.";
    const spans = [
      { id: "s1", start: 0, end: 12 },
      { id: "s2", start: 4, end: 30 },
      { id: "s3", start: 18, end: 44 },
      { id: "s4", start: 49, end: text.length },
      { id: "s5", start: 50, end: 55 },
    ];
    const segments = segmentText(text, spans);
    expect(join(segments)).toBe(text);
    let position = 0;
    for (const segment of segments) {
      expect(segment.start).toBe(position);
      expect(segment.text.length).toBeGreaterThan(0);
      expect(segment.text).toBe(text.slice(segment.start, segment.start + segment.text.length));
      for (const span of spans) {
        const covers = span.start <= segment.start && span.end >= segment.start + segment.text.length;
        expect(segment.claimIds.includes(span.id), `${span.id} @ ${segment.start}`).toBe(covers);
      }
      position += segment.text.length;
    }
    expect(position).toBe(text.length);
    expect(segments).toHaveLength(9);
  });
});
