// Cached public pages keep exactly their bytes in memory (lib/publishing/page-cache.mjs): a render hands
// Next's page cache views into larger stores, about three times the page's size.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compactBytes, compactEntry, compactPageCache } from "@/lib/publishing/page-cache.mjs";

const require = createRequire(import.meta.url);

/** `text`'s bytes as a view into a store `spare` bytes larger, as a render hands them over. */
function viewOf(text: string, spare = 16_384): Buffer {
  const store = Buffer.alloc(Buffer.byteLength(text) + spare);
  store.write(text, spare / 2);
  return store.subarray(spare / 2, spare / 2 + Buffer.byteLength(text));
}
const ownsItsStore = (b: Uint8Array) => b.byteLength === b.buffer.byteLength;

const PAYLOAD = '0:{"a":"$@1","b":"verdict"}\n1:["claim","quote"]\n';
const page = () => ({
  value: {
    kind: "APP_PAGE",
    html: "<!DOCTYPE html><p>“Fifty countries”</p>",
    rscData: viewOf(PAYLOAD),
    headers: { "x-next-cache-tags": "claim" },
    status: 200,
    segmentData: new Map([
      ["/_full", viewOf(PAYLOAD)],
      ["/_head", viewOf("2:head")],
      ["/_tree", Buffer.from("3:tree")],
    ]),
  },
  lastModified: 1,
  cacheControl: { revalidate: false },
});

describe("compact bytes", () => {
  it("copies a view into a store of its own size, with the same bytes", () => {
    const view = viewOf(PAYLOAD);
    expect(ownsItsStore(view)).toBe(false);
    const copy = compactBytes(view);
    expect(ownsItsStore(copy)).toBe(true);
    expect(Buffer.from(copy).toString()).toBe(PAYLOAD);
  });

  it("keeps bytes that already own their store, and anything that is no bytes", () => {
    const own = Buffer.allocUnsafeSlow(4);
    expect(compactBytes(own)).toBe(own);
    expect(compactBytes(undefined)).toBeUndefined();
    expect(compactBytes("text")).toBe("text");
  });
});

describe("a cached page's entry", () => {
  it("keeps compact bytes, the full segment sharing the payload's, and the rest as it was", () => {
    const entry = page();
    const compact = compactEntry(entry);
    expect(ownsItsStore(compact.value.rscData)).toBe(true);
    expect(compact.value.rscData.toString()).toBe(PAYLOAD);
    expect(compact.value.segmentData.get("/_full")).toBe(compact.value.rscData);
    expect(ownsItsStore(compact.value.segmentData.get("/_head")!)).toBe(true);
    expect(compact.value.segmentData.get("/_head")!.toString()).toBe("2:head");
    expect([...compact.value.segmentData.keys()]).toEqual(["/_full", "/_head", "/_tree"]);
    expect({ ...compact.value, rscData: null, segmentData: null }).toEqual({ ...entry.value, rscData: null, segmentData: null });
    expect(compact.lastModified).toBe(1);
    // The render's own entry is left alone: it is still being written to disk.
    expect(ownsItsStore(entry.value.rscData)).toBe(false);
    expect(entry.value.segmentData.get("/_full")).not.toBe(compact.value.rscData);
  });

  it("leaves entries of other kinds untouched", () => {
    const route = { value: { kind: "APP_ROUTE", body: viewOf("{}") } };
    expect(compactEntry(route)).toBe(route);
    expect(compactEntry(null)).toBeNull();
  });
});

describe("Next's page cache, with compaction installed", () => {
  // The installed Next's own file-system cache: this fails when an upgrade stops keeping pages as expected.
  const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

  it("keeps compact copies of what a render puts in it, and answers the same bytes", async () => {
    expect(compactPageCache(FileSystemCache)).toBe(true);
    expect(compactPageCache(FileSystemCache)).toBe(true);
    const cache = new FileSystemCache({ fs: {}, flushToDisk: false, serverDistDir: "/nowhere", revalidatedTags: [], maxMemoryCacheSize: 50 * 1024 * 1024 });
    const entry = page();
    await cache.set("/claims/fifty-countries", entry.value, { cacheControl: { revalidate: false } });
    const kept = await cache.get("/claims/fifty-countries", { kind: "APP_PAGE", isFallback: false, isRoutePPREnabled: false });
    expect(kept.value.html).toBe(entry.value.html);
    expect(Buffer.from(kept.value.rscData).toString()).toBe(PAYLOAD);
    expect(ownsItsStore(kept.value.rscData)).toBe(true);
    expect(kept.value.segmentData.get("/_full")).toBe(kept.value.rscData);
    expect(ownsItsStore(kept.value.segmentData.get("/_head"))).toBe(true);
  });

  it("is the one the compiled runtimes share: each requires the memory cache module, whose LRU is one per process", () => {
    const runtimes = path.dirname(require.resolve("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"));
    for (const name of ["app-page-turbo.runtime.prod.js", "app-page.runtime.prod.js"]) {
      const file = path.join(runtimes, name);
      if (name === "app-page-turbo.runtime.prod.js" || fs.existsSync(file))
        expect(fs.readFileSync(file, "utf8"), name).toContain('require("next/dist/server/lib/incremental-cache/memory-cache.external.js")');
    }
  });

  it("changes nothing when the cache is not as expected", () => {
    const Locked = function () {};
    Object.defineProperty(Locked, "memoryCache", { value: null, configurable: false });
    expect(compactPageCache(Locked)).toBe(false);
    expect(compactPageCache({})).toBe(false);
  });
});
