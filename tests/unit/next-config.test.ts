import { afterEach, describe, expect, it, vi } from "vitest";

// next.config.mjs reads its settings as it loads: each case loads it afresh.
async function loadConfig(pageCacheMb?: string) {
  vi.resetModules();
  if (pageCacheMb === undefined) vi.stubEnv("PAGE_CACHE_MB", "");
  else vi.stubEnv("PAGE_CACHE_MB", pageCacheMb);
  return (await import("@/next.config.mjs")).default;
}
afterEach(() => vi.unstubAllEnvs());

describe("next.config.mjs", () => {
  it("keeps 256 MB of public pages in memory unless PAGE_CACHE_MB says otherwise", async () => {
    expect((await loadConfig()).cacheMaxMemorySize).toBe(256 * 1024 * 1024);
    expect((await loadConfig("64")).cacheMaxMemorySize).toBe(64 * 1024 * 1024);
    expect((await loadConfig("0")).cacheMaxMemorySize).toBe(0);
  });

  it("refuses a PAGE_CACHE_MB that is no number of megabytes, naming it", async () => {
    await expect(loadConfig("lots")).rejects.toThrow('PAGE_CACHE_MB must be a number of megabytes (0 or more), not "lots".');
    await expect(loadConfig("-5")).rejects.toThrow("PAGE_CACHE_MB must be a number");
  });

  it("leaves entity tags to scripts/serve.mjs, which takes them from the hash it already has of each page", async () => {
    // Next's own tag hashes every cached page again per answer, in JavaScript on the serving thread.
    expect((await loadConfig()).generateEtags).toBe(false);
  });

  it("denies framing everywhere but the embeddable card", async () => {
    const rules = await (await loadConfig()).headers!();
    const framing = (source: string) => rules.find((r) => r.source === source)?.headers.find((h) => h.key === "X-Frame-Options")?.value;
    expect(framing("/((?!embed/).*)")).toBe("DENY");
    expect(framing("/embed/:path*")).toBeUndefined();
  });
});
