// Cached public pages kept compact in memory. Next keeps each cached page (its HTML, its RSC payload and
// the payload's prefetch segments) in an in-memory LRU of PAGE_CACHE_MB of its own size estimate
// (next.config.mjs). The buffers a fresh render hands it are views into larger stores: on the
// benchmark's 2,000 verdict pages, 63 MB of payload held 195 MB of memory (docs/benchmark.md,
// seventeenth pass), about three times what Next counts. scripts/serve.mjs installs this before Next
// starts: every page put into that LRU keeps copies of exactly its bytes, and the full segment, a
// second copy of the payload, shares the payload's. What is sent does not change.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const APP_PAGE = "APP_PAGE";

/** `bytes` in a store of its own size (the same object when it already is). */
export function compactBytes(bytes) {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === bytes.buffer.byteLength) return bytes;
  const copy = Buffer.allocUnsafeSlow(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

const sameBytes = (a, b) => a instanceof Uint8Array && b instanceof Uint8Array && a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;

/** A cache entry whose page keeps compact bytes (other entries as they are). */
export function compactEntry(entry) {
  const value = entry?.value;
  if (value?.kind !== APP_PAGE) return entry;
  const rscData = compactBytes(value.rscData);
  let segmentData = value.segmentData;
  if (segmentData instanceof Map) {
    segmentData = new Map();
    for (const [path, bytes] of value.segmentData) segmentData.set(path, sameBytes(bytes, rscData) ? rscData : compactBytes(bytes));
  }
  return { ...entry, value: { ...value, rscData, segmentData } };
}

/** Wrap one LRU's `set` (Next's lib/lru-cache.js) so that what it keeps is compact. */
function compactOnSet(lru) {
  if (!lru || typeof lru.set !== "function" || lru.compactsPages) return lru;
  const set = lru.set;
  lru.set = function (key, entry) {
    return set.call(this, key, compactEntry(entry));
  };
  lru.compactsPages = true;
  return lru;
}

function nextFileSystemCache() {
  try {
    return require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
  } catch {
    return null;
  }
}

/**
 * Install on Next's file-system cache (the production server's page cache): its memory LRU is made on
 * first use and kept in `FileSystemCache.memoryCache`, so the LRU is wrapped as it is put there. The
 * copies of that class bundled in Next's compiled runtimes share the one LRU (they all require
 * memory-cache.external.js, whose LRU is one per process), so they keep compact pages too.
 * Answers false, and changes nothing, when Next's cache no longer looks as this expects.
 */
export function compactPageCache(FileSystemCache = nextFileSystemCache()) {
  if (typeof FileSystemCache !== "function") return false;
  const own = Object.getOwnPropertyDescriptor(FileSystemCache, "memoryCache");
  if (own?.get?.compactsPages) return true;
  if (own && !own.configurable) return false;
  let lru = compactOnSet(own?.value);
  const get = () => lru;
  get.compactsPages = true;
  Object.defineProperty(FileSystemCache, "memoryCache", {
    configurable: true,
    enumerable: true,
    get,
    set: (value) => {
      lru = compactOnSet(value);
    },
  });
  return true;
}
