import { describe, expect, it } from "vitest";
import { CANDIDATE_ALL_TERMS, clearTermFrequencies, planCandidateTerms, quoteTerms, termFrequencies } from "@/lib/search/candidates";

const f = (pairs: [string, number][]) => pairs.map(([term, df]) => ({ term, df }));

describe("quoteTerms", () => {
  it("keeps distinct words of three characters or more, lower-cased", () => {
    expect(quoteTerms("The EU's 50 countries, the EU and 2,000 troops")).toEqual(["the", "countries", "and", "000", "troops"]);
  });
});

describe("planCandidateTerms", () => {
  it("keeps every word when their matches fit the budget (a small desk: nothing changes)", () => {
    expect(
      planCandidateTerms(
        f([
          ["sanctions", 40],
          ["weapons", 30],
          ["supplies", 10],
        ]),
        100,
      ),
    ).toEqual({ any: ["supplies", "weapons", "sanctions"], all: [] });
  });

  it("adds words rarest first and stops before the one that would pass the budget", () => {
    expect(
      planCandidateTerms(
        f([
          ["government", 9000],
          ["kestria", 12],
          ["percent", 4000],
          ["tonnes", 900],
        ]),
        5000,
      ),
    ).toEqual({
      any: ["kestria", "tonnes", "percent"],
      all: [],
    });
  });

  it(`also asks for all of the ${CANDIDATE_ALL_TERMS} rarest words left out when fewer fit, so a repeat is found and ranked on them`, () => {
    expect(
      planCandidateTerms(
        f([
          ["government", 9000],
          ["kestria", 12],
          ["percent", 4500],
          ["tonnes", 900],
          ["said", 20000],
        ]),
        5000,
      ),
    ).toEqual({
      any: ["kestria", "tonnes"],
      all: ["percent", "government", "said"],
    });
  });

  it("keeps words no claim holds yet (they cost nothing) but never lets them stand alone for the quote", () => {
    // "zorblat" is new and "the" is a stop word PostgreSQL drops: neither finds anything.
    expect(
      planCandidateTerms(
        f([
          ["said", 20000],
          ["zorblat", 0],
          ["the", 0],
          ["government", 9000],
          ["percent", 7000],
        ]),
        5000,
      ),
    ).toEqual({
      any: ["the", "zorblat"],
      all: ["percent", "government", "said"],
    });
  });

  it("asks for one common word alone only when the quote has nothing else", () => {
    expect(
      planCandidateTerms(
        f([
          ["government", 9000],
          ["kestria", 12],
        ]),
        5000,
      ),
    ).toEqual({ any: ["kestria"], all: [] });
    expect(planCandidateTerms(f([["government", 9000]]), 5000)).toEqual({ any: [], all: ["government"] });
  });

  it("plans nothing for no words", () => {
    expect(planCandidateTerms([], 5000)).toBeNull();
  });
});

describe("termFrequencies", () => {
  it("counts the words the cache lacks in one call, each once, and answers in the asked order", async () => {
    clearTermFrequencies();
    const calls: string[][] = [];
    const count = async (terms: string[]) => {
      calls.push(terms);
      return terms.map((t) => t.length * 10);
    };
    expect(await termFrequencies("test", ["troops", "eu", "troops"], count)).toEqual(
      f([
        ["troops", 60],
        ["eu", 20],
        ["troops", 60],
      ]),
    );
    expect(await termFrequencies("test", ["eu", "countries", "troops"], count)).toEqual(
      f([
        ["eu", 20],
        ["countries", 90],
        ["troops", 60],
      ]),
    );
    expect(calls).toEqual([["troops", "eu"], ["countries"]]);
    // All known: no call at all. Another scope is counted apart.
    await termFrequencies("test", ["countries"], count);
    expect(calls).toHaveLength(2);
    await termFrequencies("other", ["countries"], count);
    expect(calls).toEqual([["troops", "eu"], ["countries"], ["countries"]]);
  });

  it("answers a cached word with its count even when the cache forgets it while the others are counted", async () => {
    clearTermFrequencies();
    await termFrequencies("test", ["government"], async (terms) => terms.map(() => 40_000));
    const answer = await termFrequencies("test", ["government", "nordvik"], async (terms) => {
      // Another request clears (or the entry expires) while this one counts.
      clearTermFrequencies();
      return terms.map(() => 3);
    });
    expect(answer).toEqual(
      f([
        ["government", 40_000],
        ["nordvik", 3],
      ]),
    );
  });

  it("refuses an answer that does not count every word asked", async () => {
    clearTermFrequencies();
    await expect(termFrequencies("test", ["one", "two"], async () => [1])).rejects.toThrow(/2 words asked, 1 counts/);
  });
});
