import { describe, expect, it } from "vitest";
import { matchRepeats } from "@/lib/intake/tasks";
import { ClaimReader, matchReaders } from "@/lib/tracking/claim-parts";

// Repeats, a negation, swapped roles and a figure that counts something else, around one claim.
const QUOTES = [
  "North Korea has sent millions of artillery shells to Russia",
  "Pyongyang has shipped millions of artillery shells to Moscow",
  "North Korea has not sent artillery shells to Russia",
  "Russia has sent millions of artillery shells to North Korea",
  "Roughly 100 countries supported the principles of the UN Charter",
  "About 100 countries and organisations attended the summit",
  "About 100 states backed the principles of the UN Charter",
];

/** What each candidate scores against the quote, read afresh: what matchRepeats must answer whatever it kept. */
function fresh(quote: string, candidates: string[]) {
  const reader = new ClaimReader(quote);
  return candidates
    .map((c, i) => ({ id: String(i), ...matchReaders(new ClaimReader(c), reader) }))
    .filter((m) => m.same)
    .sort((a, b) => b.score - a.score)
    .map(({ id, score }) => ({ id, score }));
}

describe("matchRepeats", () => {
  it("answers as fresh readers do when texts come back as quotes and as candidates, in any order", () => {
    const rounds = [QUOTES, [...QUOTES].reverse(), QUOTES];
    for (const quotes of rounds) {
      for (const quote of quotes) {
        const others = quotes.filter((q) => q !== quote);
        const [answer] = matchRepeats({ items: [{ quote, candidates: others.map((q, i) => ({ id: String(i), quote: q })) }] });
        expect(answer, quote).toEqual(fresh(quote, others));
      }
    }
    // Not a vacuous comparison: repeats are found and the near-misses are not.
    const [first] = matchRepeats({ items: [{ quote: QUOTES[0], candidates: QUOTES.slice(1).map((q, i) => ({ id: q, quote: q })) }] });
    expect(first.map((m) => m.id)).toContain(QUOTES[1]);
    expect(first.map((m) => m.id)).not.toContain(QUOTES[2]);
    expect(first.map((m) => m.id)).not.toContain(QUOTES[3]);
  });

  it("reads a long quote by its first characters only, as before", () => {
    const long = `${QUOTES[4]} ${"and more words that follow the claim ".repeat(20)}`;
    const [answer] = matchRepeats({ items: [{ quote: long, candidates: [{ id: "a", quote: QUOTES[6] }] }] });
    expect(answer).toEqual(fresh(long.slice(0, 400), [QUOTES[6]]).map((m) => ({ ...m, id: "a" })));
  });
});
