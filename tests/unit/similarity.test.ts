import { describe, expect, it } from "vitest";
import { SIMILARITY_THRESHOLD, claimSimilarity, normalizeClaimText } from "@/lib/tracking/similarity";

// Same claim, different wording.
const TRUE_PAIRS: [string, string][] = [
  ["the coalition of 50 countries in the Ukraine Defense Contact Group", "the Ukraine Defence Contact Group's coalition of fifty nations"],
  ["50 nations make up the Ukraine Defence Contact Group", "the coalition of 50 countries in the Ukraine Defense Contact Group"],
  ["Putin visited North Korea for the first time in 24 years", "Putin visited North Korea for the first time in twenty-four years"],
  ["North Korea began supplying weapons and ammunition to Russia in 2023", "In 2023, North Korea began supplying ammunition and weapons to Russia"],
  ["Roughly 100 countries supported the principles of the UN Charter", "ROUGHLY ONE HUNDRED COUNTRIES SUPPORTED THE PRINCIPLES OF THE UN CHARTER."],
  ["The government has cut 1,200 jobs in the civil service", "Government cut 1200 jobs in civil service"],
  ["Unemployment fell to 4 per cent last year", "Last year, unemployment fell to 4%"],
  ["Russia’s closest partners are North Korea, Iran, Syria and China", "North Korea, Iran, Syria and China have become Russia's closest partners"],
  ["Café owners in São Paulo organised a strike", "Cafe owners in Sao Paulo organized a strike"],
];

// Different claims, including same topic and same wording with different figures.
const FALSE_PAIRS: [string, string][] = [
  [
    "the coalition of 50 countries in the Ukraine Defense Contact Group",
    "the roughly 100 countries that supported the principles of the UN Charter in Switzerland",
  ],
  ["the coalition of 50 countries in the Ukraine Defense Contact Group", "the coalition of 100 countries in the Ukraine Defense Contact Group"],
  ["Putin visited North Korea for the first time in 24 years", "Putin visited North Korea for the first time in 12 years"],
  ["Unemployment fell to 4 per cent last year", "Unemployment fell to 5 per cent last year"],
  ["North Korea began supplying weapons to Russia in 2023", "China is sending dual-use products to Russia"],
  ["Putin and Kim Jong Un signed a strategic partnership treaty", "Putin visited North Korea for the first time in 24 years"],
  ["The government has cut 1,200 jobs in the civil service", "The weather in London was sunny on Tuesday"],
];

describe("normalizeClaimText", () => {
  it("lowercases, strips accents and punctuation, and drops stop words", () => {
    expect(normalizeClaimText("The Café, in São Paulo!")).toEqual(["cafe", "sao", "paulo"]);
  });

  it("turns number words and grouped digits into plain digits", () => {
    expect(normalizeClaimText("fifty")).toEqual(["50"]);
    expect(normalizeClaimText("twenty-four years")).toEqual(["24", "year"]);
    expect(normalizeClaimText("1,200 jobs")).toEqual(["1200", "job"]);
  });

  it("writes fractions and shares in words as figures, but not a half of the year", () => {
    expect(normalizeClaimText("fined a quarter of a million euros")).toEqual(["fined", "250000", "euro"]);
    expect(normalizeClaimText("nine-tenths of its power")).toEqual(["90", "percent", "power"]);
    expect(normalizeClaimText("nearly half of the buses")).toEqual(["nearly", "50", "percent", "buse"]);
    // A fraction of a percentage point is a fraction of one point; basis points are hundredths of one; GDP is one word.
    expect(normalizeClaimText("by a quarter of a percentage point")).toEqual(["0.25", "percentage", "point"]);
    expect(normalizeClaimText("by 25 basis points")).toEqual(["0.25", "percentage", "point"]);
    expect(normalizeClaimText("3.1% of gross domestic product")).toEqual(["3.1", "percent", "gdp"]);
    expect(normalizeClaimText("two-thirds of voters")).toEqual(["66.7", "percent", "voter"]);
    expect(normalizeClaimText("one in five children")).toEqual(["20", "percent", "children"]);
    expect(normalizeClaimText("cut the harvest by half")).toEqual(["cut", "harvest", "50", "percent"]);
    expect(normalizeClaimText("halved")).toEqual(["cut", "50", "percent"]);
    expect(normalizeClaimText("a thirty-fold increase")).toEqual(["30", "fold", "increase"]);
    expect(normalizeClaimText("a dozen officials")).toEqual(["12", "official"]);
    expect(normalizeClaimText("the second half of the year")).toEqual(["2nd", "half"]);
    expect(normalizeClaimText("in the final quarter of 2023")).toEqual(["final", "quarter", "2023"]);
    expect(normalizeClaimText("one in 10,000 children")).toEqual(["1", "10000", "children"]);
  });

  it("writes a scale or a unit abbreviated after a figure in words, but not metres as millions", () => {
    expect(normalizeClaimText("14.8m passengers")).toEqual(normalizeClaimText("14.8 million passengers"));
    expect(normalizeClaimText("35m foreign visitors")).toEqual(["35000000", "foreign", "visitor"]);
    expect(normalizeClaimText("a 1.2bn deal")).toEqual(["1200000000", "deal"]);
    expect(normalizeClaimText("2.5tn of debt")).toEqual(["2500000000000", "debt"]);
    // Thousands separators are part of the figure: "1,200m people" are 1.2 billion.
    expect(normalizeClaimText("1,200m people")).toEqual(["1200000000", "people"]);
    expect(normalizeClaimText("1,200tn yen")).toEqual(normalizeClaimText("1,200 trillion yen"));
    // "m" is metres unless a plural follows: a record, a race, a wall (and "10m" is then no "10cm").
    expect(normalizeClaimText("the national 400m record")).toEqual(["national", "400", "meter", "record"]);
    // "k" is thousands before a plural too; "a 5k race" is a distance and stays as written.
    expect(normalizeClaimText("812k people")).toEqual(normalizeClaimText("812,000 people"));
    expect(normalizeClaimText("1.5k applications")).toEqual(["1500", "application"]);
    expect(normalizeClaimText("a 5k race")).toEqual(["5k", "race"]);
    expect(normalizeClaimText("the 400m hurdles")).toEqual(["400", "meter", "hurdle"]);
    expect(normalizeClaimText("the 400m record has stood")).toEqual(["400", "meter", "record", "stood"]);
    expect(normalizeClaimText("won with 8.5m")).toEqual(["won", "8.5", "meter"]);
    expect(normalizeClaimText("300g of sugar")).toEqual(["300", "gram", "sugar"]);
    // Energy is one word, so kW and kWh count different things; "km/h" is a speed.
    expect(normalizeClaimText("3,000 kWh")).toEqual(normalizeClaimText("3,000 kilowatt hours"));
    expect(normalizeClaimText("30km/h")).toEqual(normalizeClaimText("30 kilometres per hour"));
    expect(normalizeClaimText("risen by 10cm")).toEqual(normalizeClaimText("risen by 10 centimetres"));
    expect(normalizeClaimText("41.2 GW of capacity")).toEqual(normalizeClaimText("41.2 gigawatts of capacity"));
    expect(normalizeClaimText("2,300kg")).toEqual(["2300", "kilogram"]);
    expect(normalizeClaimText("4.3 million km²")).toEqual(["4300000", "square", "kilometer"]);
    // Letters after a figure that are no unit stay as written.
    expect(normalizeClaimText("at 5pm")).toEqual(["5pm"]);
    expect(normalizeClaimText("a 5m wall")).toEqual(["5", "meter", "wall"]);
  });

  it("stems plurals, possessives and British spellings", () => {
    expect(normalizeClaimText("countries' defences")).toEqual(["country", "defense"]);
    expect(normalizeClaimText("city centres, metres and litres")).toEqual(["city", "center", "meter", "liter"]);
    // Words with one spelling keep it.
    expect(normalizeClaimText("France finance")).toEqual(["france", "finance"]);
    expect(normalizeClaimText("the Group's weapons")).toEqual(["group", "weapon"]);
    expect(normalizeClaimText("organised")).toEqual(normalizeClaimText("organized"));
  });

  it("keeps negations, which change the claim", () => {
    expect(normalizeClaimText("did not supply")).toContain("not");
  });

  it("returns no tokens for empty or stop-word-only text", () => {
    expect(normalizeClaimText("")).toEqual([]);
    expect(normalizeClaimText("   ")).toEqual([]);
    expect(normalizeClaimText("the of and")).toEqual([]);
  });
});

describe("claimSimilarity", () => {
  it.each(TRUE_PAIRS)("matches paraphrases: %s ~ %s", (a, b) => {
    expect(claimSimilarity(a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it.each(FALSE_PAIRS)("keeps different claims apart: %s / %s", (a, b) => {
    expect(claimSimilarity(a, b)).toBeLessThan(SIMILARITY_THRESHOLD);
  });

  it("is symmetric", () => {
    for (const [a, b] of [...TRUE_PAIRS, ...FALSE_PAIRS]) {
      expect(claimSimilarity(a, b)).toBe(claimSimilarity(b, a));
    }
  });

  it("scores identical and trivially different text as 1", () => {
    const claim = "North Korea supplied weapons to Russia";
    expect(claimSimilarity(claim, claim)).toBe(1);
    expect(claimSimilarity(claim, "  north korea SUPPLIED the weapons to Russia. ")).toBe(1);
  });

  it("scores empty text as 0", () => {
    expect(claimSimilarity("", "North Korea supplied weapons")).toBe(0);
    expect(claimSimilarity("North Korea supplied weapons", "")).toBe(0);
    expect(claimSimilarity("", "")).toBe(0);
  });

  it("stays within [0, 1]", () => {
    for (const [a, b] of [...TRUE_PAIRS, ...FALSE_PAIRS]) {
      const score = claimSimilarity(a, b);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
