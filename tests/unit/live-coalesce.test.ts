import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCoalescer } from "@/lib/live/coalesce";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A run that takes `ms` of (fake) time and records which key it ran for. */
function recorder(ms = 0) {
  const runs: string[] = [];
  const run = async (key: string) => {
    runs.push(key);
    if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
  };
  return { runs, run };
}

describe("coalescing presence reads", () => {
  it("runs once for any number of requests within the window, after the window", async () => {
    const { runs, run } = recorder();
    const c = createCoalescer({ windowMs: 250, run });
    for (let i = 0; i < 500; i++) c.request("claim-1");
    await vi.advanceTimersByTimeAsync(249);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual(["claim-1"]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toEqual(["claim-1"]);
    expect(c.busy("claim-1")).toBe(false);
  });

  it("keeps keys apart: one run per claim", async () => {
    const { runs, run } = recorder();
    const c = createCoalescer({ windowMs: 250, run });
    c.request("a");
    c.request("b");
    c.request("a");
    await vi.advanceTimersByTimeAsync(250);
    expect(runs.sort()).toEqual(["a", "b"]);
  });

  it("runs once more after a run when asked during it (that run may have read too early), not once per request", async () => {
    const { runs, run } = recorder(100);
    const c = createCoalescer({ windowMs: 250, run });
    c.request("a");
    await vi.advanceTimersByTimeAsync(260); // the first run is under way
    expect(runs).toEqual(["a"]);
    for (let i = 0; i < 50; i++) c.request("a");
    await vi.advanceTimersByTimeAsync(90); // first run done; the second waits its window
    expect(runs).toEqual(["a"]);
    await vi.advanceTimersByTimeAsync(250);
    expect(runs).toEqual(["a", "a"]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toEqual(["a", "a"]);
  });

  it("bounds a steady stream of requests to one run per window", async () => {
    const { runs, run } = recorder(10);
    const c = createCoalescer({ windowMs: 250, run });
    // 300 joins over ten seconds, one every 33 ms.
    for (let t = 0; t < 10_000; t += 33) {
      c.request("a");
      await vi.advanceTimersByTimeAsync(33);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs.length).toBeGreaterThanOrEqual(30);
    expect(runs.length).toBeLessThanOrEqual(10_000 / 250 + 2);
  });

  it("reports a failed run and runs again at the next request", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const c = createCoalescer({
      windowMs: 250,
      run: async () => {
        if (++calls === 1) throw new Error("database went away");
      },
      onError: (_key, error) => errors.push(error),
    });
    c.request("a");
    await vi.advanceTimersByTimeAsync(250);
    expect(errors).toHaveLength(1);
    c.request("a");
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });

  it("forgets a cancelled key's pending run", async () => {
    const { runs, run } = recorder();
    const c = createCoalescer({ windowMs: 250, run });
    c.request("a");
    c.cancel("a");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toEqual([]);
    expect(c.busy("a")).toBe(false);
  });
});
