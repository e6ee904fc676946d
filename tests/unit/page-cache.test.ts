// Cached public pages keep exactly their bytes in memory (lib/publishing/page-cache.mjs): a render hands
// Next's page cache views into larger stores, about three times the page's size.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { scriptHashes } from "@/scripts/csp.mjs";
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
const PAGE_HTML = `<!DOCTYPE html><p>“Fifty countries”</p><p>${"Sourced and rated. ".repeat(20)}</p>`;
const page = () => ({
  value: {
    kind: "APP_PAGE",
    html: PAGE_HTML,
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

/** What a script gives: its pushes to the framework's array. */
const ran = (script: string) => {
  const pushed: unknown[] = [];
  vm.runInNewContext(script, { self: { __next_f: { push: (x: unknown) => pushed.push(x) } } });
  return pushed;
};

type Node = {
  nodeType: number;
  nodeName: string;
  data?: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  attributes?: ArrayLike<{ name: string; value: string }>;
};
/**
 * A page as an HTML parser reads it (linkedom): every element with its attributes, every text, and
 * each script or style by what it means (JSON-LD parsed, a script's pushes run, a style's text).
 * Comments are left out (React writes `<!-- -->`).
 */
function parsed(html: string, style = (css: string) => css) {
  const out: unknown[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      // A parser may split a text at a reference: adjacent texts are read as one.
      const last = out.at(-1);
      if (child.nodeType === 3 && Array.isArray(last) && last[0] === "#text") last[1] += child.data;
      else if (child.nodeType === 3) out.push(["#text", child.data]);
      if (child.nodeType !== 1) continue;
      out.push([child.nodeName, Array.from(child.attributes ?? []).map((a) => [a.name, a.value])]);
      const text = child.textContent ?? "";
      if (child.nodeName === "SCRIPT") out.push(/ld\+json/.test(JSON.stringify(out.at(-1))) ? JSON.parse(text) : ran(text));
      else if (child.nodeName === "STYLE") out.push(style(text));
      else walk(child);
    }
  };
  walk(parseHTML(html).document as unknown as Node);
  return out;
}

describe("a cached page's HTML, kept as Latin-1", () => {
  const quote = "Nearly 50 countries “stand with Ukraine” — Ω, 😀 and café…";
  const payload = JSON.stringify([1, `5:["$","h1",null,{"children":${JSON.stringify(quote)}}]\n`]);
  const html = [
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Fact-check: ${quote} · Factdesk</title>`,
    `<meta property="og:title" content="Fact-check: “${quote}”"/>`,
    `<style>q::before{content:"“"}.x::after{content:"\\“"}</style></head>`,
    `<body><h1 data-testid="public-quote">“<!-- -->${quote}<!-- -->”</h1><p>${"\u00a0"}é and ‘single’</p>`,
    `<p>${"The figure counts countries, not organisations; the sources say so. ".repeat(120)}</p>`,
    `<script type="application/ld+json">${JSON.stringify({ claimReviewed: quote, "@type": "ClaimReview" })}</script>`,
    `<SCRIPT>self.__next_f.push(${payload})</SCRIPT>`,
    `<script>self.__next_f.push([2,"\\“ escaped once, \\\\“ after an escaped backslash"])</script>`,
    `</body></html>`,
  ].join("");
  const kept = latin1Html(html);

  it("has no character past Latin-1 and is stored one byte a character", () => {
    expect(oneByte(html)).toBe(false);
    expect([...kept].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(oneByte(kept)).toBe(true);
  });

  it("reads the same to an HTML parser: every text, attribute, script and structured data, CSS by its escapes", () => {
    const unescapeCss = (css: string) => css.replace(/\\([0-9a-f]{1,6}) ?/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\(.)/g, "$1");
    expect(parsed(kept, unescapeCss)).toEqual(parsed(html, unescapeCss));
    expect(kept).toContain("&#8220;<!-- -->Nearly 50 countries &#8220;stand with Ukraine&#8221; &#8212; &#937;, &#128512; and café&#8230;");
    expect(kept).toContain("<p>\u00a0é and &#8216;single&#8217;</p>");
    expect(kept).toContain("\\u201c");
    expect(kept).toContain("\\ud83d\\ude00");
    expect(kept).toContain('q::before{content:"\\201c "}.x::after{content:"\\201c "}');
  });

  it("keeps an identity escape's one backslash, and an escaped backslash before a character as a backslash", () => {
    const scripts = parsed(kept).filter((x) => Array.isArray(x) && Array.isArray(x[0]));
    expect(scripts).toContainEqual([[2, "“ escaped once, \\“ after an escaped backslash"]]);
    expect(scripts).toContainEqual([JSON.parse(payload)]);
  });

  it("keeps the framework's scripts allowed by the page's policy, by their new hashes", () => {
    const framework = `<p>${"Rated. ".repeat(200)}</p><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push(${payload})</script>`;
    expect(scriptHashes(framework)).toHaveLength(2);
    expect(scriptHashes(latin1Html(framework))).toHaveLength(2);
    expect(scriptHashes(latin1Html(framework))).not.toEqual(scriptHashes(framework));
  });

  it("sends a lone surrogate as U+FFFD, as UTF-8 would", () => {
    const lone = `<p>a\ud800b</p><script>x("\udc00")</script><p>${"x".repeat(300)}</p>`;
    expect(latin1Html(lone)).toBe(lone.replace("\ud800", "&#65533;").replace("\udc00", "\\ufffd"));
    expect(Buffer.from("<p>a\ud800b</p>").toString()).toBe("<p>a\ufffdb</p>");
  });

  it("keeps a page mostly in another script as it is: as references it would grow", () => {
    const cyrillic = `<p>${"Путин прибыл в Пхеньян впервые за 24 года. ".repeat(40)}</p>`;
    expect(latin1Html(cyrillic)).toBe(cyrillic);
    // One character in 120 is still rewritten.
    const few = `<p>“${"x".repeat(240)}”</p>`;
    expect(latin1Html(few)).toBe(`<p>&#8220;${"x".repeat(240)}&#8221;</p>`);
  });

  it("keeps a page whose scripts or styles are not as React writes them as it is", () => {
    const long = `<p>“${"x".repeat(300)}”</p>`;
    for (const odd of [
      `<script>x("“")</script foo>${long}`, // an end tag with attributes still ends the script
      `<script type="text/template">“</script>${long}`, // no JavaScript: \u201c would be text
      `<script>"\\\u2028"</script>${long}`, // a backslash before a line separator continues the line
      `${long}</script>`,
    ])
      expect(latin1Html(odd), odd.slice(0, 40)).toBe(odd);
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
    expect(compact.value.html).toBe(PAGE_HTML.replace("“", "&#8220;").replace("”", "&#8221;"));
    expect({ ...compact.value, html: null, rscData: null, segmentData: null }).toEqual({ ...entry.value, html: null, rscData: null, segmentData: null });
    expect(compact.lastModified).toBe(1);
    // The render's own bytes are left alone: they are still being written to disk. Its HTML is the same
    // new string (a page read from disk is answered from that entry, with the bytes memory will send).
    expect(ownsItsStore(entry.value.rscData)).toBe(false);
    expect(entry.value.html).toBe(compact.value.html);
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
    expect(kept.value.html).toBe(latin1Html(PAGE_HTML));
    expect(kept.value.html).not.toBe(PAGE_HTML);
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
