import { describe, expect, it } from "vitest";
import nlp, { read, readTags } from "@/lib/intake/nlp";
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
