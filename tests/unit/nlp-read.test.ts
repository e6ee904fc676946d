import { describe, expect, it, vi } from "vitest";
import nlp, { keepParsedPatterns, read, readTags } from "@/lib/intake/nlp";
import "@/lib/intake/checkworthiness";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";

type Term = { normal: string; text: string; post: string; tags: Set<string>; chunk?: string };
const terms = (doc: ReturnType<typeof read>) => (doc.docs as Term[][]).flat();
const plain = (doc: ReturnType<typeof read>) => terms(doc).map((t) => [t.normal, t.text, t.post, [...t.tags].sort()]);

// The demo article (wire copy, quotes, figures) and the words lib/intake/nlp.ts tags its own way.
const sentences = [
  ...DEMO_ARTICLE_TEXT.split(/(?<=[.!?])\s+/),
  "Unemployment stands at 20%, while prices rose 3.1% in March.",
  "Harbour Terminals Group rejected the offer, judge Ondřej Šimek wrote.",
  "He added that the treaty obliges both sides not to sell weapons to North Korea.",
].filter((s) => s.trim().length > 0);

describe("readTags: the tagger without the chunker", () => {
  it("tags every word as read does", () => {
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(plain(readTags(sentence)), sentence).toEqual(plain(read(sentence)));
  });

  it("leaves out only the phrase chunks, and only for its own call", () => {
    const sentence = "Russia has been supplying North Korea with weapons since 2023.";
    const chunked = (doc: ReturnType<typeof read>) => terms(doc).filter((t) => t.chunk).length;
    // Every word gets its phrase from the chunker; without it, only those the tagger's own steps gave one.
    expect(chunked(read(sentence))).toBe(terms(read(sentence)).length);
    expect(chunked(readTags(sentence))).toBeLessThan(terms(read(sentence)).length);
    // The parse after it has every step again.
    expect(chunked(nlp(sentence))).toBe(terms(nlp(sentence)).length);
    expect(nlp.hooks()).toContain("chunks");
  });
});

describe("keepParsedPatterns: match patterns parsed once", () => {
  type ParseMatch = ((...args: unknown[]) => unknown) & { original?: (...args: unknown[]) => unknown };
  const one = () => (nlp.world() as unknown as { methods: { one: { parseMatch: ParseMatch } } }).methods.one;

  it("is installed once, over compromise's own parser", () => {
    const kept = one().parseMatch;
    expect(kept.original).toBeTypeOf("function");
    keepParsedPatterns();
    expect(one().parseMatch).toBe(kept);
  });

  it("parses a pattern string once, and gives each call its own copy of the tokens", () => {
    const world = nlp.world();
    const pattern = "#Month of? [#Cardinal] (rose|fell)";
    type Token = { fastOr?: Set<string> };
    const first = one().parseMatch(pattern, {}, world) as Token[];
    const second = one().parseMatch(pattern, {}, world) as Token[];
    expect(second).toEqual(first);
    // Own tokens, over the one parse kept: a word set parsed once is the same object in both.
    expect(second[0]).not.toBe(first[0]);
    expect(first[3].fastOr).toBeInstanceOf(Set);
    expect(second[3].fastOr).toBe(first[3].fastOr);
    // compromise's own parser makes a new one every time.
    const again = one().parseMatch.original!(pattern, {}, world) as Token[];
    expect(again).toEqual(first);
    expect(again[3].fastOr).not.toBe(first[3].fastOr);
  });

  it("tags with kept patterns exactly as with patterns parsed each time (compromise-dates included)", () => {
    const withKept = sentences.map((s) => plain(read(s)));
    const kept = one().parseMatch;
    one().parseMatch = kept.original!;
    try {
      expect(sentences.map((s) => plain(read(s)))).toEqual(withKept);
    } finally {
      one().parseMatch = kept;
    }
    // The dates plugin's tags are there: its patterns ran through the kept parser.
    expect(terms(read("Exports fell by 4% in March 2024.")).some((t) => t.tags.has("Year"))).toBe(true);
  });

  it("gives each call its own tokens, so a caller that marks them does not change the next one's", () => {
    // growRight marks the first token of what it parsed as the start of a match.
    const grown = () => nlp("the treaty obliges both sides").match("treaty").growRight("obliges both").text();
    expect(grown()).toBe("treaty obliges both");
    expect(grown()).toBe("treaty obliges both");
    expect(nlp("both sides and the treaty obliges both").match("obliges both").text()).toBe("obliges both");
  });
});
