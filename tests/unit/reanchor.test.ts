import { describe, expect, it } from "vitest";
import { anchorQuote, anchorSpan } from "@/lib/articles/anchor";
import { FUZZY_THRESHOLD, reanchor, type Anchor, type Reanchored } from "@/lib/articles/reanchor";

const ARTICLE = [
  "The finance minister spoke in parliament on Tuesday.",
  "The unemployment rate fell by half between 2020 and 2023, the minister said.",
  "Opposition members disputed the figure and asked for the underlying survey data.",
  "The statistics office will publish its annual report in March.",
].join("\n");
const QUOTE = "The unemployment rate fell by half between 2020 and 2023, the minister said.";

/** Whatever the outcome, an anchor handed back must point at its own quote in the new text. */
function expectConsistent(text: string, result: Reanchored) {
  const anchor = result.kind === "fuzzy" ? result.candidate : result.kind === "lost" ? null : result.anchor;
  if (anchor) {
    expect(text.slice(anchor.start, anchor.end)).toBe(anchor.quote);
    expect(anchor).toEqual(anchorSpan(text, anchor.start, anchor.end));
  }
}

function run(text: string, old: Anchor): Reanchored {
  const result = reanchor(text, old);
  expectConsistent(text, result);
  return result;
}

describe("reanchor: exact", () => {
  const old = anchorQuote(ARTICLE, QUOTE);

  it("keeps a quote whose offsets still hold it", () => {
    expect(run(ARTICLE, old)).toEqual({ kind: "unchanged", anchor: old });
  });

  it("recomputes the context when only the surroundings changed", () => {
    const edited = ARTICLE.replace("survey data", "raw survey data").replace("Opposition", "Rival");
    const result = run(edited, old);
    expect(result.kind).toBe("unchanged");
    expect(result.kind === "unchanged" && result.anchor.suffix).toBe("\nRival members disputed the figu");
  });

  it("moves a quote when text is inserted before it", () => {
    const inserted = "Breaking: a correction was appended.\n";
    const result = run(inserted + ARTICLE, old);
    expect(result).toEqual({
      kind: "moved",
      anchor: { ...old, start: old.start + inserted.length, end: old.end + inserted.length },
    });
  });

  describe("with two exact occurrences", () => {
    const text = "Alice Smith said prices rose sharply. Bob Jones said prices rose sharply. Then more.";
    const quote = "prices rose sharply";
    const old = anchorQuote(text, quote, text.indexOf(quote) + 1); // Bob's occurrence
    const gap = old.start - text.indexOf(quote);

    it("prefers the one whose context matches over a nearer one", () => {
      const edited = "Intro".padEnd(gap - 3, ".") + " " + text; // Alice's lands 2 chars from Bob's old offset
      const alice = edited.indexOf(quote);
      const bob = edited.indexOf(quote, alice + 1);
      expect(Math.abs(alice - old.start)).toBeLessThan(Math.abs(bob - old.start));
      const result = run(edited, old);
      expect(result.kind === "moved" && result.anchor.start).toBe(bob);
      expect(result.kind === "moved" && result.anchor.prefix).toMatch(/Bob Jones said $/);
    });

    it("moves the claim even when the other occurrence slid exactly onto its old offsets", () => {
      const edited = "Intro".padEnd(gap - 1, ".") + " " + text;
      expect(edited.slice(old.start, old.end)).toBe(quote); // now Alice's words
      const result = run(edited, old);
      expect(result.kind).toBe("moved");
      expect(result.kind === "moved" && result.anchor.start).toBe(old.start + gap);
    });
  });

  it("takes the nearest occurrence when the context does not tell them apart", () => {
    const text = "Prices rose. Wages fell. Prices rose. Rents fell. Prices rose.";
    const old: Anchor = { quote: "Prices rose.", prefix: "", suffix: "", start: 27, end: 39 };
    const result = run(text, old);
    expect(result.kind === "moved" && result.anchor.start).toBe(25);
  });
});

describe("reanchor: fuzzy and lost", () => {
  const old = anchorQuote(ARTICLE, QUOTE);

  it("offers a reworded quote for review instead of moving it", () => {
    const reworded = QUOTE.replace("by half", "by a third");
    const result = run(ARTICLE.replace(QUOTE, reworded), old);
    expect(result.kind).toBe("fuzzy");
    if (result.kind !== "fuzzy") return;
    expect(result.candidate.quote).toBe(reworded);
    expect(result.score).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(result.score).toBeLessThan(1);
  });

  it("offers the nearer of two equally similar spans", () => {
    const reworded = QUOTE.replace("by half", "by a third");
    const edited = `${ARTICLE.replace(QUOTE, reworded)}\n${reworded}`;
    expect(edited.indexOf(reworded)).toBe(old.start);
    const result = run(edited, old);
    expect(result.kind === "fuzzy" && result.candidate.start).toBe(old.start);
    // And from the other side: an old position near the end picks the copy at the end.
    const late = run(edited, { ...old, start: edited.length - 10, end: edited.length });
    expect(late.kind === "fuzzy" && late.candidate.start).toBe(edited.lastIndexOf(reworded));
  });

  it("treats a change of case as fuzzy, not as the same quote", () => {
    const result = run(ARTICLE.replace(QUOTE, QUOTE.toLowerCase()), old);
    expect(result.kind).toBe("fuzzy");
    expect(result.kind === "fuzzy" && result.candidate.quote).toBe(QUOTE.toLowerCase());
  });

  it("loses a quote whose sentence was deleted", () => {
    expect(run(ARTICLE.replace(QUOTE + "\n", ""), old)).toEqual({ kind: "lost" });
  });

  it("loses a quote that was rewritten beyond recognition", () => {
    const rewritten = "Joblessness has roughly halved since 2020, according to the minister.";
    expect(run(ARTICLE.replace(QUOTE, rewritten), old)).toEqual({ kind: "lost" });
  });

  it("loses everything in an empty text, and an empty quote anywhere", () => {
    expect(run("", old)).toEqual({ kind: "lost" });
    expect(run(ARTICLE, { quote: "", prefix: "", suffix: "", start: 0, end: 0 })).toEqual({ kind: "lost" });
  });

  it("does not trust out-of-range offsets", () => {
    const stale: Anchor = { ...old, start: -5, end: old.end - old.start - 5 };
    expect(run(ARTICLE, stale).kind).toBe("moved");
  });
});

describe("reanchor: long texts", () => {
  // Deterministic pseudo-random prose: no two 300-char windows repeat, like a real long article.
  function generateArticle(bytes: number): string {
    const words =
      "the a minister said rate fell rose by half third percent budget growth in of and to council report data year official survey figures claimed government spending tax jobs".split(
        " ",
      );
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const sentences: string[] = [];
    let length = 0;
    while (length < bytes) {
      const count = 8 + Math.floor(next() * 12);
      const sentence = Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(" ");
      const line = `${sentence[0].toUpperCase()}${sentence.slice(1)} ${Math.floor(next() * 10_000)}.`;
      sentences.push(line);
      length += line.length + 1;
    }
    return sentences.join(next() < 0.5 ? " " : "\n");
  }

  const text = generateArticle(100_000);
  const start = text.indexOf(" ", 50_000) + 1;
  const old = anchorSpan(text, start, text.lastIndexOf(" ", start + 300))!;

  // Wall-clock time is the benchmark's to measure; here only that a long text is searched to the
  // right outcome.
  it("finds a reworded 300-char quote in 100 KB", () => {
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const middle = start + 150;
    const edited = "Preface. " + text.slice(0, middle) + "CHANGED" + text.slice(text.indexOf(" ", middle));
    const result = run(edited, old);
    expect(result.kind).toBe("fuzzy");
    expect(result.kind === "fuzzy" && result.candidate.start).toBe(old.start + "Preface. ".length);
  });

  it("gives up on a deleted quote in 100 KB", () => {
    expect(run(text.slice(0, old.start) + text.slice(old.end), old)).toEqual({ kind: "lost" });
  });
});
