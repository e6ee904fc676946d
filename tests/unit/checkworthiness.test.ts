import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";
import { SCORING_WEIGHTS, rankSuggestions, scoreSentences, type Reason, type SentenceScore } from "@/lib/intake/checkworthiness";

const TRICKY =
  "Mr. Smith said the U.S. economy grew 3% in 2023.  “It’s the best year since 1999,” he said.\n\n" +
  "- Dr. Jones arrived at 5 p.m. on Monday.\n  “Is it true?” she asked. Yes!\r\n" +
  "The St. Louis team won 3-2 vs. Chicago… It was fine.\n* Bullet point’s text\n-\n   \n";

function expectValidOffsets(text: string, sentences: SentenceScore[]) {
  let previousEnd = 0;
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text).not.toMatch(/[\r\n]/);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
  }
}

function reason(s: SentenceScore | undefined, code: Reason["code"]): Reason | undefined {
  return s?.reasons.find((r) => r.code === code);
}

describe("scoreSentences: sentence spans", () => {
  it("maps every demo sentence back to the original text", () => {
    const sentences = scoreSentences(DEMO_ARTICLE_TEXT);
    expect(sentences.length).toBeGreaterThanOrEqual(15);
    expectValidOffsets(DEMO_ARTICLE_TEXT, sentences);
  });

  it("handles curly quotes, abbreviations, blank lines, CRLF and list lines", () => {
    const sentences = scoreSentences(TRICKY);
    expectValidOffsets(TRICKY, sentences);
    const texts = sentences.map((s) => s.text);
    expect(texts[0]).toBe("Mr. Smith said the U.S. economy grew 3% in 2023.");
    expect(texts[1]).toBe("“It’s the best year since 1999,” he said.");
    // List markers are layout, not part of the sentence.
    expect(texts[2]).toBe("Dr. Jones arrived at 5 p.m. on Monday.");
    expect(texts).toContain("“Is it true?” she asked.");
    expect(texts).toContain("Bullet point’s text");
    expect(texts.some((t) => t.includes("Monday.") && t.includes("true"))).toBe(false);
  });

  it("always ends a sentence at a newline", () => {
    const text = "Inflation hit 9% in 2022\nand then it fell";
    expect(scoreSentences(text).map((s) => s.text)).toEqual(["Inflation hit 9% in 2022", "and then it fell"]);
  });

  it("returns nothing for empty or whitespace-only text", () => {
    expect(scoreSentences("")).toEqual([]);
    expect(scoreSentences(" \n\t\n ")).toEqual([]);
  });
});

describe("scoreSentences: features", () => {
  const one = (text: string) => scoreSentences(text)[0];

  it("detects numbers and quantities", () => {
    expect(reason(one("The company lost $1.2 million on 40 contracts."), "number")?.evidence).toEqual(expect.arrayContaining(["$1.2 million", "40"]));
  });

  it("detects dates and durations", () => {
    const evidence = reason(one("On 18-19 June, Putin visited for the first time in 24 years."), "date")?.evidence ?? [];
    expect(evidence).toEqual(expect.arrayContaining(["18-19 June", "in 24 years"]));
    expect(reason(one("The law changed in 2023."), "date")?.evidence).toEqual(["in 2023"]);
  });

  it("detects comparisons and superlatives", () => {
    const s = one("Inflation was higher than in Spain, the largest rise, more than any other country.");
    expect(reason(s, "comparison")?.evidence).toEqual(expect.arrayContaining(["higher than", "largest", "more than"]));
  });

  it("detects attributions", () => {
    expect(reason(one("The minister said the plan works."), "attribution")?.evidence).toEqual(["said"]);
  });

  it("detects people, organisations and places", () => {
    const evidence = reason(one("Michael Carpenter met NATO officials in Switzerland."), "entity")?.evidence ?? [];
    expect(evidence).toEqual(expect.arrayContaining(["Michael Carpenter", "NATO", "Switzerland"]));
  });

  it("detects legal and causal wording", () => {
    const s = one("The shipments were a violation of sanctions and illegal because they broke the treaty.");
    expect(reason(s, "legal")?.evidence).toEqual(expect.arrayContaining(["violation of", "sanctions", "illegal", "because", "treaty"]));
    expect(reason(one("The deal was in breach of the rules and led to protests."), "legal")?.evidence).toEqual(["in breach of", "led to"]);
  });

  it("gives a sentence without any signal a score of 0 and no reasons", () => {
    const s = one("We went home and had dinner.");
    expect(s.score).toBe(0);
    expect(s.reasons).toEqual([]);
    expect(s.claimant).toBeNull();
  });

  it("scores several kinds of signal above any single one", () => {
    const single = one("The shipments were illegal.").score;
    const several = one("In 2023, North Korea shipped 300 shells to Russia in violation of sanctions.").score;
    expect(single).toBeGreaterThan(0);
    expect(several).toBeGreaterThan(single);
  });

  it("keeps scores within [0, 1] with at most two decimals", () => {
    for (const s of [...scoreSentences(DEMO_ARTICLE_TEXT), ...scoreSentences(TRICKY)]) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(Math.round(s.score * 100) / 100).toBe(s.score);
    }
  });

  it("keeps all weights in one table, each in (0, 1)", () => {
    expect(Object.keys(SCORING_WEIGHTS).sort()).toEqual(["attribution", "comparison", "date", "entity", "legal", "number"].sort());
    for (const w of Object.values(SCORING_WEIGHTS)) {
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThan(1);
    }
  });
});

describe("scoreSentences: claimant", () => {
  const claimant = (text: string) => scoreSentences(text)[0].claimant;

  it("extracts the speaker after a quote", () => {
    expect(claimant("“It is clearly about expanding the partnership,” Carpenter said.")).toBe("Carpenter");
  });

  it("extracts the source of 'according to'", () => {
    expect(claimant("According to the White House official, “This will not help Russia.”")).toBe("the White House official");
  });

  it("extracts a trailing speaker", () => {
    expect(claimant("The coalition has 50 countries, and you’ll see a stark contrast, Carpenter states.")).toBe("Carpenter");
  });

  it("extracts subjects and appositives before the verb", () => {
    expect(claimant("A senior White House official has warned that Russia is isolated.")).toBe("A senior White House official");
    expect(claimant("The senior director, Michael Carpenter, argues that the visit matters.")).toBe("Michael Carpenter");
  });

  it("resolves 'he' to the previous speaker", () => {
    const [, second] = scoreSentences("“It is a partnership,” Carpenter said. He added that China sends tools.");
    expect(second.claimant).toBe("Carpenter");
  });

  it("is null without an attribution, and ignores nouns that look like verbs", () => {
    expect(claimant("Putin visited North Korea in June.")).toBeNull();
    expect(claimant("The visit comes amid reports that North Korea sent shells.")).toBeNull();
  });

  it("finds the demo article's speakers", () => {
    const byText = (needle: string) => scoreSentences(DEMO_ARTICLE_TEXT).find((s) => s.text.includes(needle));
    expect(byText("Carpenter said")?.claimant).toBe("Carpenter");
    expect(byText("Carpenter states")?.claimant).toBe("Carpenter");
    expect(byText("According to the White House official")?.claimant).toBe("the White House official");
  });
});

describe("rankSuggestions", () => {
  it("puts the demo article's key factual claims in the top 6", () => {
    const top = rankSuggestions(DEMO_ARTICLE_TEXT).slice(0, 6);
    const has = (needle: string) => top.some((s) => s.text.includes(needle));
    expect(has("North Korea began large-scale supplies of weapons and ammunition to Russia")).toBe(true);
    expect(has("the coalition of 50 countries in the Ukraine Defense Contact Group")).toBe(true);
    expect(has("roughly 100 countries")).toBe(true);
  });

  it("sorts by score, excludes zero scores and respects the limit", () => {
    const ranked = rankSuggestions(DEMO_ARTICLE_TEXT);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(20);
    expect(ranked.every((s) => s.score > 0)).toBe(true);
    expect(ranked.some((s) => s.text === "Read also:")).toBe(false);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    expect(rankSuggestions(DEMO_ARTICLE_TEXT, 3)).toEqual(ranked.slice(0, 3));
    expect(rankSuggestions(DEMO_ARTICLE_TEXT, 0)).toEqual([]);
  });

  it("excludes sentences without signal", () => {
    expect(rankSuggestions("We went home and had dinner. It was nice.")).toEqual([]);
  });

  it("breaks ties by document order and is deterministic", () => {
    const text = "Wages rose 5%. We went home. Rents rose 5%. Prices rose 5%.";
    const ranked = rankSuggestions(text);
    expect(ranked.map((s) => s.text)).toEqual(["Wages rose 5%.", "Rents rose 5%.", "Prices rose 5%."]);
    expect(new Set(ranked.map((s) => s.score)).size).toBe(1);
    expect(rankSuggestions(text)).toEqual(ranked);
  });
});
