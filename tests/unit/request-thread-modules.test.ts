import { describe, expect, it, vi } from "vitest";

// The language model (compromise, its lexicon and plugins) and the intake rules load in the intake
// worker threads only. lib/intake/pool.ts is what the request thread imports to hand them work (the desk's
// actions, the claim page's repeats, readers' tips): it must not load them itself, or the first action or
// claim page after a start pays for reading the lexicon on the thread every request shares, and the
// server holds a second copy of it in memory.
vi.mock("compromise", () => {
  throw new Error("compromise was loaded on the request thread");
});
vi.mock("@/lib/intake/nlp", () => {
  throw new Error("lib/intake/nlp was loaded on the request thread");
});

describe("what the request thread loads to reach the intake workers", () => {
  it("lib/intake/pool.ts loads neither compromise nor the intake rules", async () => {
    const pool = await import("@/lib/intake/pool");
    expect(typeof pool.matchOffThread).toBe("function");
    expect(typeof pool.rankOffThread).toBe("function");
  });

  it("the helpers it uses answer as before: an empty speaker context, the strongest suggestions first", async () => {
    const { newSpeakerContext } = await import("@/lib/intake/speaker-context");
    const { topSentences } = await import("@/lib/intake/ranking");
    expect(newSpeakerContext()).toEqual({ last: null, names: [] });
    const names = ["Carpenter"];
    const context = newSpeakerContext("Michael Carpenter", names);
    names.push("Putin");
    expect(context).toEqual({ last: "Michael Carpenter", names: ["Carpenter"] });
    const s = (text: string, score: number) => ({ start: 0, end: 1, text, score, type: "quantity" as const, reasons: [], claimant: null });
    expect(topSentences([s("a", 0.6), s("b", 0.9), s("c", 0.2), s("d", 0.9)], 2).map((x) => x.text)).toEqual(["b", "d"]);
  });
});
