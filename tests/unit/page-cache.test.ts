// Cached public pages keep exactly their bytes in memory (lib/publishing/page-cache.mjs): a render hands
// Next's page cache views into larger stores, about three times the page's size.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { compactBytes, compactEntry, compactPageCache, latin1Html } from "@/lib/publishing/page-cache.mjs";

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

/** Whether V8 stores `text` one byte a character: its serializer tags such a string '"', a two-byte one 'c'. */
const oneByte = (text: string) => String.fromCharCode(v8.serialize(text)[2]) === '"';

/** What an HTML parser reads outside scripts and styles: numeric references read back as their characters. */
const decoded = (html: string) => html.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)));
/** What a script gives: its pushes to the framework's array, or the value of its expression. */
const ran = (script: string) => {
  const pushed: unknown[] = [];
  vm.runInNewContext(script, { self: { __next_f: { push: (x: unknown) => pushed.push(x) } } });
  return pushed;
};
const RAW = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
const rawTexts = (html: string) => [...html.matchAll(RAW)].map((m) => m[3]);
const outsideRaw = (html: string) => html.replace(RAW, "$1…$4");

describe("a cached page's HTML, kept as Latin-1", () => {
  const quote = "Nearly 50 countries “stand with Ukraine” — Ω, 😀 and café…";
  const payload = JSON.stringify([1, `5:["$","h1",null,{"children":${JSON.stringify(quote)}}]\n`]);
  const html = [
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Fact-check: ${quote} · Factdesk</title>`,
    `<meta property="og:title" content="Fact-check: “${quote}”"/>`,
    `<style>q::before{content:"“"}.x::after{content:"\\“"}</style></head>`,
    `<body><h1 data-testid="public-quote">“<!-- -->${quote}<!-- -->”</h1><p>${"\u00a0"}é and ‘single’</p>`,
    `<script type="application/ld+json">${JSON.stringify({ claimReviewed: quote, "@type": "ClaimReview" })}</script>`,
    `<SCRIPT>self.__next_f.push(${payload})</SCRIPT>`,
    `<script>self.__next_f.push([2,"\\“ escaped once, \\\\“ after an escaped backslash"])</script>`,
    `</body></html>`,
  ].join("");

  it("has no character past Latin-1 and is stored one byte a character", () => {
    expect(oneByte(html)).toBe(false);
    const kept = latin1Html(html);
    expect([...kept].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(oneByte(kept)).toBe(true);
  });

  it("reads the same outside scripts: text and attributes by numeric references, Latin-1 characters as they were", () => {
    const kept = latin1Html(html);
    expect(decoded(outsideRaw(kept))).toBe(outsideRaw(html));
    expect(kept).toContain("&#8220;<!-- -->Nearly 50 countries &#8220;stand with Ukraine&#8221; &#8212; &#937;, &#128512; and café&#8230;");
    expect(kept).toContain("<p>\u00a0é and &#8216;single&#8217;</p>");
  });

  it("runs the same scripts and keeps the same structured data", () => {
    const kept = latin1Html(html);
    const [before, after] = [rawTexts(html), rawTexts(kept)];
    expect(after).toHaveLength(4);
    expect(JSON.parse(after[1])).toEqual(JSON.parse(before[1]));
    expect(ran(after[2])).toEqual(ran(before[2]));
    expect(ran(after[2])).toEqual([JSON.parse(payload)]);
    // An identity escape (\“) keeps its one backslash; an escaped backslash before “ stays a backslash.
    expect(ran(after[3])).toEqual(ran(before[3]));
    expect(ran(after[3])).toEqual([[2, "“ escaped once, \\“ after an escaped backslash"]]);
    expect(after[2]).toContain("\\u201c");
    expect(after[2]).toContain("\\ud83d\\ude00");
  });

  it("writes a style's characters as CSS escapes", () => {
    expect(rawTexts(latin1Html(html))[0]).toBe('q::before{content:"\\201c "}.x::after{content:"\\201c "}');
  });

  it("sends a lone surrogate as U+FFFD, as UTF-8 would", () => {
    expect(latin1Html('<p>a\ud800b</p><script>x("\udc00")</script>')).toBe('<p>a&#65533;b</p><script>x("\\ufffd")</script>');
    expect(Buffer.from("<p>a\ud800b</p>").toString()).toBe(decoded("<p>a&#65533;b</p>"));
  });

  it("keeps Latin-1 HTML as it is, and anything that is no string", () => {
    expect(latin1Html("<p>café</p>")).toBe("<p>café</p>");
    expect(oneByte(latin1Html("<p>café</p>"))).toBe(true);
    expect(latin1Html(undefined)).toBeUndefined();
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
    expect(compact.value.html).toBe("<!DOCTYPE html><p>&#8220;Fifty countries&#8221;</p>");
    expect({ ...compact.value, html: null, rscData: null, segmentData: null }).toEqual({ ...entry.value, html: null, rscData: null, segmentData: null });
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
    expect(kept.value.html).toBe(latin1Html(entry.value.html));
    expect(oneByte(kept.value.html)).toBe(true);
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
