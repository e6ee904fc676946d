import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nlp from "@/lib/intake/nlp";
import { normalizeClaimText, scaledFigures } from "@/lib/tracking/similarity";

// What matching did before the fast path, and still does for every other clause.
const compromise = (clause: string) => {
  const doc = nlp(clause);
  doc.numbers().toNumber();
  return doc.text();
};
// Matching reads words and figures only (lib/tracking/similarity.ts claimWords): spacing and punctuation aside.
const words = (text: string) => text.toLowerCase().match(/\d+(?:\.\d+)?[a-z]*|[a-z]+/g) ?? [];
// Where compromise's own answer is wrong: "4.1 million" as 4099999.9999999995, "between 4 million and
// 6 million" as "between 0", "287 million litres a day" as "aNaN day".
const BROKEN = /NaN|\d\.\d*(?:99999|00000\d)|\bbetween 0\b/;

describe("scaledFigures", () => {
  it("writes a figure with its scale in digits, as compromise does", () => {
    for (const clause of [
      "Russia received 1140 million shells from North Korea.",
      "It costs 3.5 billion euros in 2023",
      "Exports rose from 3.5 million to 4.2 million in 2023.",
      "Sales of 5 million,",
      "about 0.5 million people fled (nearly 12 million in total)",
      "the fund holds 1 trillion dollars",
      "Some 2.25 thousand soldiers were sent since 2022.",
    ]) {
      expect(scaledFigures(clause), clause).toBe(compromise(clause));
    }
    expect(scaledFigures("It costs 3.5 billion euros in 2023")).toBe("It costs 3500000000 euros in 2023");
    expect(scaledFigures("about 0.5 million people")).toBe("about 500000 people");
  });

  it("is right where compromise is not", () => {
    expect(scaledFigures("valued at between 4 million and 6 million euros")).toBe("valued at between 4000000 and 6000000 euros");
    expect(compromise("valued at between 4 million and 6 million euros")).toBe("valued at between 0 euros");
    expect(scaledFigures("the app already had 4.1 million users")).toBe("the app already had 4100000 users");
  });

  it("leaves every other clause to compromise", () => {
    for (const clause of [
      "The city built 1,200 new homes", // no scale
      "two million people", // the figure in words
      "It costs 3 billion a year", // compromise drops the "a"
      "About 1,200 million people", // a figure with a thousands separator
      "$5 million",
      "Spent 2 Million on it",
      "a 5 million-strong army",
      "half of 5 million voters",
      "8 of 5 million",
      "3.5 billion and 6 more",
      "In 2023 5 million people",
      "12 million 2023",
      "1.2345 thousand",
      "World War II cost 5 million lives",
      "The 3rd wave cost 5 million",
      "42.0 percent rose 5 million",
      "rose 5 million, one of the largest",
      "5 million ' 7 million",
    ]) {
      expect(scaledFigures(clause), clause).toBeNull();
    }
  });

  it("agrees with compromise on every clause of the evaluation articles it converts, but where compromise is broken", () => {
    const dir = path.join(process.cwd(), "eval", "intake");
    const articles = fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => /articles\/.+\.txt$/.test(f.replaceAll("\\", "/")))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    let converted = 0;
    const broken: string[] = [];
    for (const clause of articles.join("\n").split(/(?<=[,;:!?()])\s+|(?<=\.)\s+|\n+/)) {
      const fast = scaledFigures(clause);
      if (fast === null) continue;
      converted++;
      const slow = compromise(clause);
      if (words(fast).join(" ") === words(slow).join(" ")) continue;
      expect(slow, clause).toMatch(BROKEN);
      broken.push(clause);
    }
    expect(converted).toBeGreaterThan(50);
    expect(broken.length).toBeLessThan(converted / 10);
  });

  it("is what claim matching reads", () => {
    expect(normalizeClaimText("Exports rose to 3.5 million tonnes")).toContain("3500000");
    expect(normalizeClaimText("The state app has 4.1 million users")).toContain("4100000");
    // The same figure through compromise (another number word in the clause): the same digits.
    expect(normalizeClaimText("The app has 4.1 million users in two countries")).toContain("4100000");
    expect(normalizeClaimText("Pi is 3.14159265 or about one third more than three")).toContain("3.14159265");
  });
});
