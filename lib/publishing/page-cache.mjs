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
// `<script` or `<style` in a page they render opens such an element, closed by `</script>`.
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
const RAW_TAG = /<\/?(?:script|style)\b/gi;
// Scripts whose text is JavaScript or JSON (no type, or one of these): where \uXXXX means the character.
const SCRIPT_TYPE = /\stype\s*=\s*["']?([^"'\s>]*)/i;
const CODE_TYPES = /^(?:|text\/javascript|application\/javascript|module|application\/json|application\/ld\+json)$/i;
/**
 * At most one character past Latin-1 in this many: a page mostly in another script (Cyrillic, CJK) would
 * grow by three or four times as references, more than it saves, so it is kept as it is.
 */
const LATIN1_SHARE = 120;

/** Not the same text to a parser once escaped: the page is kept as it is. */
const UNSAFE = Symbol("unsafe");

/** The backslashes right before `at` in `text`: odd, and the character at `at` is already escaped by one. */
function escapedAt(text, at) {
  let n = 0;
  while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 0x5c) n++;
  return n % 2 === 1;
}

/** A script's characters past Latin-1 as \\uXXXX, a style's as CSS escapes: the same text to a parser. */
function escapeRawText(open, tag, text) {
  if (!PAST_LATIN1.test(text)) return text;
  const css = tag.toLowerCase() === "style";
  if (!css && !CODE_TYPES.test(SCRIPT_TYPE.exec(open)?.[1] ?? "")) throw UNSAFE;
  return text.replace(PAST_LATIN1_TEXT, (ch, at) => {
    const escaped = escapedAt(text, at);
    // A backslash before a line separator continues the line in JavaScript: an escape would keep it.
    if (escaped && !css && (ch === "\u2028" || ch === "\u2029")) throw UNSAFE;
    // An identity escape (`\\“`) already has its backslash: only the rest of the escape is written.
    const slash = escaped ? "" : "\\";
    const code = codeOf(ch);
    if (css) return `${slash}${code.toString(16)} `;
    const unit = (c) => `u${c.toString(16).padStart(4, "0")}`;
    return code > 0xffff ? `${slash}${unit(ch.charCodeAt(0))}\\${unit(ch.charCodeAt(1))}` : `${slash}${unit(code)}`;
  });
}

/** A match's code point: a pair's, or U+FFFD for a lone surrogate, as UTF-8 sends it. */
function codeOf(ch) {
  const unit = ch.charCodeAt(0);
  return ch.length === 2 || unit < 0xd800 || unit > 0xdfff ? ch.codePointAt(0) : 0xfffd;
}

/** A character past Latin-1 as a numeric character reference. */
const reference = (ch) => `&#${codeOf(ch)};`;

/** `html` rewritten as latin1Html describes, or UNSAFE. */
function referenced(html) {
  let out = "";
  let last = 0;
  let tags = 0;
  for (const m of html.matchAll(RAW_TEXT)) {
    out += html.slice(last, m.index).replace(PAST_LATIN1_TEXT, reference);
    out += m[1] + escapeRawText(m[1], m[2], m[3]) + m[4];
    last = m.index + m[0].length;
    tags += 2;
  }
  // A script or style tag outside the elements read above (an end tag with attributes, a stray one):
  // the page is not shaped as React writes pages, and its raw text could be taken for text.
  if ((html.match(RAW_TAG)?.length ?? 0) !== tags) throw UNSAFE;
  return out + html.slice(last).replace(PAST_LATIN1_TEXT, reference);
}

/**
 * A page's HTML as React and Next write it, with every character past Latin-1 written as a reference
 * a parser reads back as that character: in text and attributes `&#8220;`, in scripts (JavaScript and
 * JSON) `\u201c`, in styles `\201c `. V8 keeps a string with even one such character (the verdict
 * template's “ ” and …) at two bytes a character, and every answer re-encoded it: kept as Latin-1, a
 * cached page costs half its memory, and what scripts run and what a reader sees are the same.
 * Comments are rewritten too (React writes none with such characters). Kept as it is: a page mostly in
 * another script (LATIN1_SHARE), one whose scripts or styles are not as React writes them, and
 * anything that is no string.
 */
export function latin1Html(html) {
  if (typeof html !== "string") return html;
  let out = html;
  if (PAST_LATIN1.test(html)) {
    if ((html.match(PAST_LATIN1_TEXT)?.length ?? 0) * LATIN1_SHARE > html.length) return html;
    try {
      out = referenced(html);
    } catch (error) {
      if (error === UNSAFE) return html;
      throw error;
    }
  }
  // Built from a two-byte string, the result is still stored two bytes a character: a Latin-1 round
  // trip makes a one-byte string of it.
  return Buffer.from(out, "latin1").toString("latin1");
}

/** A cache entry whose page keeps compact bytes (other entries as they are). */
export function compactEntry(entry) {
  const value = entry?.value;
  if (value?.kind !== APP_PAGE) return entry;
  // The HTML is rewritten in the entry itself (a string cannot change under anyone): a page Next reads
  // from disk is answered from the entry it puts here, and then goes out as it will from memory, with
  // the same bytes and entity tag.
  value.html = latin1Html(value.html);
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
