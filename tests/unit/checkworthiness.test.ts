import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";
import { rankSuggestions, scoreSentences, type Reason, type SentenceScore } from "@/lib/intake/checkworthiness";
import { splitSentences, type SentenceSpan } from "@/lib/intake/sentences";
import { CHECKWORTHY_THRESHOLD } from "@/lib/intake/claim-types";

const TRICKY =
  "Mr. Smith said the U.S. economy grew 3% in 2023.  “It’s the best year since 1999,” he said.\n\n" +
  "- Dr. Jones arrived at 5 p.m. on Monday.\n  “Is it true?” she asked. Yes!\r\n" +
  "The St. Louis team won 3-2 vs. Chicago… It was fine.\n* Bullet point’s text\n-\n   \n";

function expectValidOffsets(text: string, sentences: SentenceSpan[]) {
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

describe("splitSentences: sentence spans", () => {
  it("maps every demo sentence back to the original text", () => {
    const sentences = splitSentences(DEMO_ARTICLE_TEXT);
    expect(sentences.length).toBeGreaterThanOrEqual(15);
    expectValidOffsets(DEMO_ARTICLE_TEXT, sentences);
  });

  it("handles curly quotes, abbreviations, blank lines, CRLF and list lines", () => {
    const sentences = splitSentences(TRICKY);
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
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Inflation hit 9% in 2022", "and then it fell"]);
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
    // A single digit is a figure; "a second" after a figure is the unit of a rate, and "a third" a share.
    expect(reason(one("The authority sets a minimum flow of 6 cubic metres a second."), "number")?.evidence).toEqual(["6"]);
    expect(reason(one("The company cut its dosing by a third in 2023."), "number")?.evidence).toEqual(["a third"]);
  });

  it("detects dates and durations", () => {
    const evidence = reason(one("On 18-19 June, Putin visited for the first time in 24 years."), "date")?.evidence ?? [];
    expect(evidence).toEqual(expect.arrayContaining(["18-19 June", "in 24 years"]));
    expect(reason(one("The law changed in 2023."), "date")?.evidence).toEqual(["in 2023"]);
  });

  it("detects comparisons and superlatives", () => {
    const s = one("Inflation in France was higher than in Spain and the largest rise in Europe.");
    expect(reason(s, "comparison")?.evidence).toEqual(expect.arrayContaining(["higher than", "largest"]));
  });

  it("marks attributed statements, without the reporting frame in the claim", () => {
    const s = one("The minister said the plan cut waiting lists in 2023.");
    expect(reason(s, "attribution")).toBeDefined();
    expect(s.text).toBe("the plan cut waiting lists in 2023.");
    expect(s.claimant).toBe("minister");
  });

  it("detects people, organisations and places", () => {
    const evidence = reason(one("Michael Carpenter met NATO officials in Switzerland."), "entity")?.evidence ?? [];
    expect(evidence).toEqual(expect.arrayContaining(["Michael Carpenter", "NATO", "Switzerland"]));
  });

  it("detects legal and causal wording", () => {
    const s = one("The shipments were a violation of sanctions and illegal under the treaty.");
    expect(reason(s, "legal")?.evidence).toEqual(expect.arrayContaining(["violation of", "sanctions", "illegal", "treaty"]));
    expect(reason(one("Prices rose because of the sanctions."), "legal")?.evidence).toEqual(["because", "sanctions"]);
    expect(reason(one("The breach of the rules led to protests."), "legal")?.evidence).toEqual(["breach", "led to"]);
  });

  it("scores a sentence without any signal under the threshold, with no reasons, in the outlet's voice", () => {
    const s = scoreSentences("We went home and had dinner.", { outlet: "Example Wire" })[0];
    expect(s.score).toBeLessThan(CHECKWORTHY_THRESHOLD);
    expect(s.reasons).toEqual([]);
    expect(s.claimant).toBe("Example Wire");
  });

  it("reads a characterisation in quotation marks as an opinion, even with a figure in it", () => {
    expect(one("Mägi called the pact “a marriage of convenience between two isolated regimes”.").type).toBe("opinion");
    expect(one("Western support for Ukraine was “collapsing”.").type).toBe("opinion");
    // A partial quotation that holds a figure or a rank is the claim itself.
    expect(one("Hartley said small-boat crossings had “doubled this year”.").type).not.toBe("opinion");
    expect(one("Prosecutors had sought 11 years in prison.").type).toBe("quantity");
    expect(one("Tenancy contracts signed after January 1 must also be registered with the tax authority.").type).toBe("law");
    expect(one("We must stand together against aggression.").type).toBe("opinion");
    expect(one("Anyone born after 1970 who has not had two doses should check their records.").type).toBe("opinion");
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
});

describe("scoreSentences: claimant", () => {
  const claimant = (text: string) => scoreSentences(text)[0].claimant;

  it("extracts the speaker after a quote, and keeps the quotation as the claim", () => {
    const [s] = scoreSentences("“It is clearly about expanding the partnership,” Carpenter said.");
    expect(s.claimant).toBe("Carpenter");
    expect(s.text).toBe("It is clearly about expanding the partnership");
  });

  it("extracts the source of 'according to'", () => {
    expect(claimant("According to the Kremlin, “Russia has 40 partners.”")).toBe("Kremlin");
  });

  it("extracts a trailing speaker", () => {
    expect(claimant("The coalition has 50 countries, and you’ll see a stark contrast, Carpenter states.")).toBe("Carpenter");
  });

  it("extracts subjects and appositives before the verb, without titles or time words", () => {
    expect(claimant("A senior White House official has warned that Russia is isolated.")).toBe("senior White House official");
    expect(claimant("The senior director, Michael Carpenter, argues that the visit matters.")).toBe("Michael Carpenter");
    expect(claimant("Russian President Vladimir Putin on Wednesday said that trade grew by 9%.")).toBe("Vladimir Putin");
  });

  it("resolves 'he' to the previous speaker", () => {
    const [, second] = scoreSentences("“It is a partnership,” Carpenter said. He added that China sends tools.");
    expect(second.claimant).toBe("Carpenter");
  });

  it("is null without an attribution or an outlet, and ignores nouns that look like verbs", () => {
    expect(claimant("Putin visited North Korea in June.")).toBeNull();
    expect(claimant("The visit comes amid reports that North Korea sent shells.")).toBeNull();
  });

  it("finds the demo article's speakers by their full names", () => {
    const byText = (needle: string) => scoreSentences(DEMO_ARTICLE_TEXT, { outlet: "Demo Wire" }).find((s) => s.text.includes(needle));
    expect(byText("it is clearly about expanding the partnership")?.claimant).toBe("Michael Carpenter");
    expect(byText("the coalition of 50 countries")?.claimant).toBe("Michael Carpenter");
    expect(byText("This will not help Russia")?.claimant).toBe("Michael Carpenter");
    expect(byText("Putin visited North Korea for the first time")?.claimant).toBe("Demo Wire");
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

  it("sorts by score, keeps only what reaches the threshold and respects the limit", () => {
    const ranked = rankSuggestions(DEMO_ARTICLE_TEXT);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(20);
    expect(ranked.every((s) => s.score >= CHECKWORTHY_THRESHOLD)).toBe(true);
    // Headlines, "Read also" lines and predictions are not on the list.
    expect(ranked.some((s) => s.text.includes("White House: Putin’s North Korea visit"))).toBe(false);
    expect(ranked.some((s) => s.text.includes("forge alliance"))).toBe(false);
    expect(ranked.some((s) => s.text.includes("This will not help Russia"))).toBe(false);
    expect(ranked.some((s) => s.text === "Read also:")).toBe(false);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    expect(rankSuggestions(DEMO_ARTICLE_TEXT, 3)).toEqual(ranked.slice(0, 3));
    expect(rankSuggestions(DEMO_ARTICLE_TEXT, 0)).toEqual([]);
  });

  it("excludes sentences without signal", () => {
    expect(rankSuggestions("We went home and had dinner. It was nice.")).toEqual([]);
  });

  it("breaks ties by document order and is deterministic", () => {
    const text = "Wages in Paris rose 5% in May. We went home. Rents in Paris rose 5% in May. Prices in Paris rose 5% in May.";
    const ranked = rankSuggestions(text);
    expect(ranked.map((s) => s.text)).toEqual(["Wages in Paris rose 5% in May.", "Rents in Paris rose 5% in May.", "Prices in Paris rose 5% in May."]);
    expect(new Set(ranked.map((s) => s.score)).size).toBe(1);
    expect(rankSuggestions(text)).toEqual(ranked);
  });
});
