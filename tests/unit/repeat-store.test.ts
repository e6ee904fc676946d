import { describe, expect, it } from "vitest";
import { KEPT_REPEATS, mergeRepeats, nextThrough, quoteHash, SETTLE_MS } from "@/lib/tracking/repeat-store";

const at = (ms: number) => new Date(ms);
const NOW = 1_800_000_000_000;

describe("where the next view of a claim's repeats starts looking", () => {
  it("just after the newest claim it matched, once that claim has settled", () => {
    expect(nextThrough(at(NOW - 60_000), null, at(NOW)).getTime()).toBe(NOW - 60_000 + 1);
  });

  it("stays SETTLE_MS behind the clock, so claims still committing are looked at again", () => {
    expect(nextThrough(at(NOW - 1_000), null, at(NOW)).getTime()).toBe(NOW - SETTLE_MS);
  });

  it("never moves back", () => {
    expect(nextThrough(at(NOW - 60_000), at(NOW - 10_000), at(NOW)).getTime()).toBe(NOW - 10_000);
    expect(nextThrough(null, at(NOW - 10_000), at(NOW)).getTime()).toBe(NOW - 10_000);
  });

  it("starts from the beginning on an empty desk", () => {
    expect(nextThrough(null, null, at(NOW)).getTime()).toBe(0);
  });
});

describe("merging what new claims match into the kept repeats", () => {
  it("adds new repeats, best first", () => {
    expect(mergeRepeats([{ id: "a", score: 0.6 }], ["b"], [{ id: "b", score: 0.9 }])).toEqual([
      { id: "b", score: 0.9 },
      { id: "a", score: 0.6 },
    ]);
  });

  it("replaces what a claim looked at again matched before, and drops it when it no longer matches", () => {
    const known = [
      { id: "a", score: 0.6 },
      { id: "b", score: 0.7 },
    ];
    expect(mergeRepeats(known, ["b"], [{ id: "b", score: 0.8 }])).toEqual([
      { id: "b", score: 0.8 },
      { id: "a", score: 0.6 },
    ]);
    expect(mergeRepeats(known, ["b"], [])).toEqual([{ id: "a", score: 0.6 }]);
  });

  it("keeps at most KEPT_REPEATS", () => {
    const many = Array.from({ length: KEPT_REPEATS + 5 }, (_, i) => ({ id: `c${i}`, score: i / 100 }));
    const kept = mergeRepeats([], [], many);
    expect(kept).toHaveLength(KEPT_REPEATS);
    expect(kept[0].score).toBe((KEPT_REPEATS + 4) / 100);
  });

  it("tells quotes apart by their hash", () => {
    expect(quoteHash("the city built 1,200 homes")).toBe(quoteHash("the city built 1,200 homes"));
    expect(quoteHash("the city built 1,200 homes")).not.toBe(quoteHash("the city built 1,300 homes"));
  });
});
