// Cached public pages kept compact in memory. Next keeps each cached page (its HTML, its RSC payload and
// the payload's prefetch segments) in an in-memory LRU of PAGE_CACHE_MB of its own size estimate
// (next.config.mjs). The buffers a fresh render hands it are views into larger stores: on the
// benchmark's 2,000 verdict pages, 63 MB of payload held 195 MB of memory (docs/benchmark.md,
// seventeenth pass), about three times what Next counts. scripts/serve.mjs installs this before Next
// starts: every page put into that LRU keeps copies of exactly its bytes, and the full segment, a
// second copy of the payload, shares the payload's. Its HTML is kept as Latin-1 text (latin1Html).
// What a browser reads does not change.
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

// A character past Latin-1 in text or an attribute, as a surrogate pair or alone (a lone surrogate is
// sent as U+FFFD either way); in a script or a style, each UTF-16 unit.
const PAST_LATIN1_TEXT = /[\ud800-\udbff][\udc00-\udfff]|[^\u0000-\u00ff]/g;
const PAST_LATIN1 = /[^\u0000-\u00ff]/;
// Raw text elements, whose content the parser reads without character references. React escapes `<`
// and `>` in text and attributes, and Next writes `<` in its inline scripts as \u003c, so every
// `<script` or `<style` in a rendered page opens such an element.
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

/** The backslashes right before `at` in `text`: odd, and the character at `at` is already escaped by one. */
function escapedAt(text, at) {
  let n = 0;
  while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 0x5c) n++;
  return n % 2 === 1;
}

/** A script's characters past Latin-1 as \\uXXXX, a style's as CSS escapes: the same text to a parser. */
function escapeRawText(tag, text) {
  if (!PAST_LATIN1.test(text)) return text;
  const css = tag.toLowerCase() === "style";
  return text.replace(PAST_LATIN1_TEXT, (ch, at) => {
    // An identity escape (`\\“`) already has its backslash: only the rest of the escape is written.
    const slash = escapedAt(text, at) ? "" : "\\";
    const code = ch.length === 2 || !isSurrogate(ch.charCodeAt(0)) ? ch.codePointAt(0) : 0xfffd;
    if (css) return `${slash}${code.toString(16)} `;
    const unit = (c) => `u${c.toString(16).padStart(4, "0")}`;
    return code > 0xffff ? `${slash}${unit(ch.charCodeAt(0))}\\${unit(ch.charCodeAt(1))}` : `${slash}${unit(code)}`;
  });
}

const isSurrogate = (code) => code >= 0xd800 && code <= 0xdfff;

/** A character past Latin-1 as a numeric character reference (a lone surrogate as U+FFFD, as UTF-8 sends it). */
const reference = (ch) => `&#${ch.length === 2 || !isSurrogate(ch.charCodeAt(0)) ? ch.codePointAt(0) : 0xfffd};`;

/**
 * A page's HTML with every character past Latin-1 written as a reference a parser reads back as that
 * character: in text and attributes `&#8220;`, in scripts `\u201c`, in styles `\201c `. V8 keeps a
 * string with even one such character (the verdict template's “ ” and …) at two bytes a character,
 * and every answer re-encoded it: kept as Latin-1, a cached page costs half its memory, and what
 * scripts run and what a reader sees are the same. HTML that is no string is left as it is.
 */
export function latin1Html(html) {
  if (typeof html !== "string") return html;
  let out = html;
  if (PAST_LATIN1.test(html)) {
    let rest = "";
    let last = 0;
    for (const m of html.matchAll(RAW_TEXT)) {
      rest += html.slice(last, m.index).replace(PAST_LATIN1_TEXT, reference);
      rest += m[1] + escapeRawText(m[2], m[3]) + m[4];
      last = m.index + m[0].length;
    }
    out = rest + html.slice(last).replace(PAST_LATIN1_TEXT, reference);
  }
  // Built from a two-byte string, the result is still stored two bytes a character: a Latin-1 round
  // trip makes a one-byte string of it.
  return Buffer.from(out, "latin1").toString("latin1");
}

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
  return { ...entry, value: { ...value, html: latin1Html(value.html), rscData, segmentData } };
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
