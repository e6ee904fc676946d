import type { SelectorDefinition } from "html-to-text";
import { DomainError } from "../errors";
import { latestPastDay, startOfDay } from "../days";

export const MAX_IMPORT_BYTES = 1_000_000; // 1 MB
/**
 * The import request's whole body, refused while it streams. Above MAX_IMPORT_BYTES because the
 * pasted-text field may hold 1,000,000 characters, which UTF-8 encodes in up to 3 MB, plus the other
 * fields and the multipart framing (64 KB); a file between the two still gets the per-file message.
 */
export const MAX_IMPORT_BODY_BYTES = 3 * MAX_IMPORT_BYTES + 64 * 1024;

/** `limit`: the most bytes read (1 MB for uploads; a fetched page, whose scripts are dropped, may be larger). */
export type ImportFile = { name: string; type?: string; bytes: Uint8Array; limit?: number };
export type ImportFormat = "text" | "markdown" | "html";
/** What was read: the text, and from a web page what it says of itself (byline, site, publication day). */
export type ExtractedArticle = { text: string; format: ImportFormat; title?: string; byline?: string; siteName?: string; publishedAt?: string };
type Readable = { content: string; byline?: string; siteName?: string; publishedAt?: string };

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

// Only consulted when the name has no extension at all (e.g. a drag-and-drop from some apps).
const FORMAT_BY_MIME: Record<string, ImportFormat> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
};

// Above this share of non-whitespace control characters the "text" is almost certainly binary.
const CONTROL_SHARE_LIMIT = 0.01;

function invalid(message: string): DomainError {
  return new DomainError("VALIDATION", message, { file: [message] });
}

// htmlparser2 keeps its open-element stack in an array it unshift()s, so parsing is quadratic in
// nesting depth: 50,000 nested <div>s (550 KB) block the event loop for ~5 s. This linear scan
// mimics that stack closely enough (void tags, the common implied closes) to reject such input first.
const MAX_HTML_DEPTH = 256;
const VOID_TAGS = new Set("area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr".split(" "));
const IMPLIED_CLOSE: Record<string, string[]> = {
  p: ["p"],
  li: ["li"],
  dd: ["dd", "dt"],
  dt: ["dd", "dt"],
  tr: ["tr", "th", "td"],
  td: ["th", "td"],
  th: ["th", "td"],
  option: ["option"],
  optgroup: ["optgroup", "option"],
};
// The parser reads no tags inside these; it does honour "/>" inside <svg> and <math>.
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);
const FOREIGN = new Set(["svg", "math"]);
const TAG = /<(?:(!--)|(\/?)([a-zA-Z][a-zA-Z0-9-]*))/g;

// Every jump below moves forward, so the scan stays linear even on hostile input (no backtracking).
function tooDeep(html: string): boolean {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  let foreign = 0;
  let nextGt = -1;
  const pop = () => {
    const top = stack.pop()!;
    openCount.set(top, openCount.get(top)! - 1);
    if (FOREIGN.has(top)) foreign--;
    return top;
  };
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [, comment, close, rawName] = match;
    if (comment) {
      const end = html.indexOf("-->", TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = rawName.toLowerCase();
    if (close) {
      if (openCount.get(name)) while (pop() !== name);
      continue;
    }
    if (VOID_TAGS.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, "gi");
      end.lastIndex = TAG.lastIndex;
      if (!end.exec(html)) break;
      TAG.lastIndex = end.lastIndex;
      continue;
    }
    if (foreign > 0) {
      if (nextGt < TAG.lastIndex) nextGt = html.indexOf(">", TAG.lastIndex) >>> 0; // -1 becomes 2^32 - 1: "never"
      if (html[nextGt - 1] === "/") continue;
    }
    const implied = IMPLIED_CLOSE[name];
    while (implied && stack.length > 0 && implied.includes(stack[stack.length - 1])) pop();
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
    if (stack.length > MAX_HTML_DEPTH) return true;
  }
  return false;
}

// Elements whose content is never article prose; several can carry scripts or tracking text.
// textarea/select/object/embed/canvas/audio/video go beyond the brief: their fallback text leaks otherwise.
const SKIPPED = [
  "script",
  "style",
  "noscript",
  "iframe",
  "svg",
  "template",
  "head",
  "form",
  "nav",
  "footer",
  "button",
  "img",
  "textarea",
  "select",
  "object",
  "embed",
  "canvas",
  "audio",
  "video",
];

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector): SelectorDefinition => ({
  selector,
  options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 },
}));

const SELECTORS: SelectorDefinition[] = [
  ...SKIPPED.map((selector): SelectorDefinition => ({ selector, format: "skip" })),
  ...HEADINGS,
  { selector: "a", options: { ignoreHref: true } },
  { selector: "p", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  // Same bullet as Markdown imports, so both kinds of source read alike.
  { selector: "ul", options: { itemPrefix: "- " } },
  // The default layout-table formatter glues adjacent cells together ("ab"); one line per row reads better.
  { selector: "table", format: "block" },
  { selector: "tr", format: "block" },
  { selector: "td", format: "inlineSurround", options: { prefix: "", suffix: " " } },
  { selector: "th", format: "inlineSurround", options: { prefix: "", suffix: " " } },
];

// Without a depth limit html-to-text recurses until the call stack overflows on deep nesting.
const LIMITS = { maxDepth: MAX_HTML_DEPTH, ellipsis: "" };

// Readability's own threshold for "this is an article": below it, its pick is a guess.
const MIN_READABLE_CHARS = 500;

/**
 * The article's own HTML as Firefox's Reader View picks it (@mozilla/readability on a linkedom
 * document: navigation, headers, footers, asides and link lists left out), or null when it finds
 * too little: a fragment without <body>, or a page too short to tell. Its HTML is then read by the
 * same html-to-text selectors as a whole page, so nothing it keeps can run.
 */
function readableHtml({ parseHTML, Readability }: Parsers, html: string): Readable | null {
  try {
    const { document } = parseHTML(html);
    if (!document.body) return null;
    const article = new Readability(document as unknown as Document).parse();
    if (!article?.content || (article.textContent ?? "").trim().length < MIN_READABLE_CHARS) return null;
    const day = article.publishedTime ? new Date(article.publishedTime) : null;
    return {
      content: article.content,
      byline: oneLine(article.byline ?? ""),
      siteName: oneLine(article.siteName ?? ""),
      // A page's own date after tomorrow is a mistake in its metadata, not a day to refuse the import for.
      publishedAt: day && !Number.isNaN(day.getTime()) && startOfDay(day).getTime() <= latestPastDay().getTime() ? day.toISOString().slice(0, 10) : undefined,
    };
  } catch {
    return null; // a page the reader cannot take apart is read whole, as before
  }
}

function formatOf(file: ImportFile): ImportFormat {
  const dot = file.name.lastIndexOf(".");
  const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : "";
  const format = extension ? FORMAT_BY_EXTENSION[extension] : FORMAT_BY_MIME[(file.type ?? "").split(";")[0].trim()];
  if (!format) throw invalid("Only .txt, .md and .html files can be imported.");
  return format;
}

function sizeLabel(bytes: number): string {
  const mb = (bytes / 1_000_000).toFixed(1);
  // "1.0 MB; the limit is 1 MB" would read as a contradiction.
  return Number(mb) > MAX_IMPORT_BYTES / 1_000_000 ? `${mb} MB` : "just over 1 MB";
}

function decode(bytes: Uint8Array): string {
  // Word's "Unicode text" export is UTF-16 with a BOM; its NUL bytes would otherwise read as binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) throw invalid("The file looks like a binary file, not text.");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw invalid("The file is not UTF-8 text. Save it as UTF-8 (plain text) and try again.");
  }
}

function looksBinary(text: string): boolean {
  if (text.includes("\0")) return true;
  const controls = text.match(/[\x01-\x08\x0E-\x1F\x7F]/g)?.length ?? 0;
  return controls / text.length > CONTROL_SHARE_LIMIT;
}

/**
 * The text of an imported file or fetched page. Its parsers (linkedom, Readability, html-to-text,
 * remark) are loaded with the first file: an intake thread that only scores and matches claims never
 * holds them (about 18 MB of RSS and 13 MB of heap a thread).
 */
export async function extractArticleText(file: ImportFile): Promise<ExtractedArticle> {
  const { bytes } = file;
  if (bytes.length > (file.limit ?? MAX_IMPORT_BYTES)) throw invalid(`The file is ${sizeLabel(bytes.length)}; the limit is 1 MB.`);
  const format = formatOf(file);
  if (bytes.length === 0) throw invalid("The file is empty.");
  const raw = decode(bytes);
  if (raw.trim() === "") throw invalid("The file is empty.");
  if (looksBinary(raw)) throw invalid("The file looks like a binary file, not text.");

  let body: string;
  let title: string | undefined;
  let about: Omit<Readable, "content"> = {};
  if (format === "html") {
    if (tooDeep(raw)) throw invalid("The HTML is nested too deeply to read. Save it as plain text and try again.");
    const parsers = await loadParsers();
    const readable = readableHtml(parsers, raw);
    body = parsers.htmlBody(readable?.content ?? raw);
    title = oneLine(parsers.htmlTitle(raw));
    if (readable)
      about = Object.fromEntries(
        Object.entries({ byline: readable.byline, siteName: readable.siteName, publishedAt: readable.publishedAt }).filter(([, v]) => v),
      );
  } else if (format === "markdown") {
    if (markdownTooDeep(raw)) throw invalid("The Markdown is nested too deeply to read. Save it as plain text and try again.");
    ({ body, title } = markdownToText(await loadParsers(), raw));
  } else {
    body = raw;
  }

  const text = normalizeArticleText(body);
  if (!text) {
    if (format === "html") throw invalid("The HTML file has no readable text.");
    if (format === "markdown") throw invalid("The Markdown file has no readable text.");
    throw invalid("The file is empty.");
  }
  return { text, format, ...(title ? { title } : {}), ...about };
}

function oneLine(text: string): string | undefined {
  return normalizeArticleText(text).replace(/\n/g, " ") || undefined;
}

// Markdown is parsed (CommonMark and GitHub's tables and strikethrough) and its formatting removed by
// strip-markdown; what it would drop or reflow and we keep as prose is handled here. Text is written
// out as it is: remark-stringify would otherwise escape it back into Markdown ("\\*").
type MdNode = { type: string; value?: string; children?: MdNode[]; ordered?: boolean | null; start?: number | null };
const mdText = (value: string): MdNode => ({ type: "text", value });
const mdLine = (children: MdNode[]): MdNode => ({ type: "paragraph", children });

// The parser's cost grows with the square of how deeply blocks nest on a line (quotes in quotes, lists
// in lists), and the tree walks recurse until the stack overflows: 2,000 nested list items take 13 s,
// 8,000 nested quotes a stack overflow. Real articles nest a few levels; refuse a line whose block
// prefix (quote and list markers with their indentation, a tab as 4) is wider than this many columns.
// Indentation alone (a centred line, indented code) opens nothing and passes.
const MAX_MARKDOWN_PREFIX = 32;
const MD_PREFIX = /^(?:[ \t>]|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))*/;

function markdownTooDeep(source: string): boolean {
  return source.split(/\r\n?|\n/).some((line) => {
    const prefix = MD_PREFIX.exec(line)![0];
    return prefix.replace(/\t/g, "    ").length > MAX_MARKDOWN_PREFIX && /[^ \t]/.test(prefix);
  });
}

function markdownToText({ markdown }: Parsers, source: string): { body: string; title?: string } {
  const tree = markdown.parse(source);
  const heading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const toText = (root: typeof tree) => markdown.stringify(markdown.runSync(root));
  const title = heading ? oneLine(toText({ type: "root", children: [structuredClone(heading)] })) : undefined;
  return { body: toText(tree), title };
}

/** The parsers of HTML and Markdown, made once, on the first file that needs them. */
async function makeParsers() {
  const [{ Readability }, { compile }, { parseHTML }, { remark }, { default: remarkGfm }, { default: stripMarkdown }] = await Promise.all([
    import("@mozilla/readability"),
    import("html-to-text"),
    import("linkedom"),
    import("remark"),
    import("remark-gfm"),
    import("strip-markdown"),
  ]);
  const htmlBody = compile({ wordwrap: false, selectors: SELECTORS, limits: LIMITS });
  const htmlTitle = compile({
    wordwrap: false,
    selectors: SELECTORS.filter((s) => s.selector !== "head"),
    limits: { ...LIMITS, maxBaseElements: 1 },
    baseElements: { selectors: ["title", "h1"], orderBy: "selectors", returnDomByDefault: false },
  });
  const markdown = remark()
    .use(remarkGfm)
    .use(stripMarkdown, {
      remove: [
        "image", // images carry no prose
        "imageReference",
        // One item a line, bulleted as HTML lists are ("- ", or the item's number).
        [
          "list",
          (list: MdNode) =>
            (list.children ?? []).flatMap((item, i) => {
              const marker = list.ordered ? `${(list.start ?? 1) + i}. ` : "- ";
              const [first, ...rest] = item.children ?? [];
              return first?.type === "paragraph"
                ? [mdLine([mdText(marker), ...(first.children ?? [])]), ...rest]
                : [mdLine([mdText(marker.trim())]), ...(item.children ?? [])];
            }),
        ],
        ["code", (code: MdNode) => mdLine([mdText(code.value ?? "")])], // the code stays, its fences go
        ["html", (html: MdNode) => mdText((html.value ?? "").replace(/<(script|style)\b[\s\S]*?<\/\1>|<[^>]*>/gi, ""))], // the words in HTML stay
        // One row a line, cells spaced, as in HTML tables.
        [
          "table",
          (table: MdNode) =>
            (table.children ?? []).map((row) => mdLine((row.children ?? []).flatMap((cell, i) => [mdText(i ? " " : ""), ...(cell.children ?? [])]))),
        ],
      ] as never,
    })
    .data("settings", { handlers: { text: (node: MdNode) => node.value ?? "" } });

  return { Readability, parseHTML, htmlBody, htmlTitle, markdown };
}
type Parsers = Awaited<ReturnType<typeof makeParsers>>;

let parsers: Promise<Parsers> | undefined;
/** The parsers, loaded once per thread; a failed load is tried again on the next file. */
function loadParsers(): Promise<Parsers> {
  parsers ??= makeParsers().catch((error: unknown) => {
    parsers = undefined;
    throw error;
  });
  return parsers;
}

// Invisible characters that would make offsets disagree with what a reader sees. ZWJ/ZWNJ are kept
// between letters or emoji, where they change rendering (Persian, Hindi, emoji sequences).
const INVISIBLE =
  /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|(?<![\p{L}\p{M}\p{Extended_Pictographic}\uFE0F])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normalizeArticleText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\x0B\x0C\x85]/g, "\n")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.replace(SPACES, " ").trim())
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
