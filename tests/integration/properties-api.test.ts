/**
 * Property-based tests for the public API route handlers and the article import route.
 *
 *  - GET /api/v1/claim-reviews and /api/v1/claim-reviews/markup-pages with generated query strings
 *    (limit, updatedSince, cursor — real, tampered and forged — plus junk and duplicate parameters):
 *    200 or 400, never 500; the body is JSON; a 400 carries `error` and `fieldErrors`.
 *  - GET /api/v1/articles/[id]/annotations with generated ids, signed in or not: 200 or 404, JSON.
 *  - POST /api/articles/import with generated multipart fields and small generated files: never 500 or
 *    INTERNAL; a refusal writes nothing and is well formed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { GET as listReviews } from "@/app/api/v1/claim-reviews/route";
import { GET as listMarkupPages } from "@/app/api/v1/claim-reviews/markup-pages/route";
import { GET as annotations } from "@/app/api/v1/articles/[id]/annotations/route";
import { POST as importRoute } from "@/app/api/articles/import/route";
import { ARTICLE_TEXT, makeArticle, makeClaim, makeUser, step } from "../support/factories";
import { publishedClaim } from "../support/publishing";
import { fingerprint } from "../support/fingerprint";
import { captureLoggedErrors, loggedText } from "../support/logged-errors";

const NUM_RUNS = 1000;
const TIMEOUT = 120_000;
let tried = 0;
const statuses: Record<string, Record<number, number>> = {};

const logged = captureLoggedErrors();

afterAll(() => {
  console.log(`property inputs tried (public API + import): ${tried}`);
  console.log(`statuses: ${JSON.stringify(statuses)}`);
});

function countStatus(route: string, status: number) {
  const counts = (statuses[route] ??= {});
  counts[status] = (counts[status] ?? 0) + 1;
}

// ---------------------------------------------------------------------------------------------------
// Generators

const HOSTILE = [
  "",
  " ",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  '\'; DROP TABLE "Claim"; --',
  "' OR '1'='1",
  "1 OR 1=1",
  "NEAR(homes mayor, 3)",
  "quote:homes* AND NOT claimant:mayor",
  '"unterminated',
  "*",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "0x10",
  "__proto__",
  "constructor",
  "\u0000",
  "a\u0000b",
  "\u0001\u001b[31m\u007f",
  "\r\n\u2028\u2029",
  "\uFEFF",
  "\uD800",
  "x\uDFFFy",
  "🙂",
  "%00",
  "%zz",
  "%",
  "&&&===",
  "#fragment",
  "../../etc/passwd",
  "2024-02-31",
  "9999-99-99",
  "0000-01-01",
];

const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const longString = fc
  .tuple(fc.integer({ min: 2_000, max: 20_000 }), fc.constantFrom("a", "é", "🙂", "%", "&", "=", "\u0000", "<script>", "' OR 1=1; --"))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: control, maxLength: 20 }) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: longString },
);

const numberString = fc.oneof(fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String));

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value) ?? "").toString("base64url");

// ---------------------------------------------------------------------------------------------------
// The world: published verdicts (one retracted), a claim still in research, real cursors.

let articleIds: string[] = [];
let otherIds: string[] = [];
let realCursors: string[] = [];
let editor: Actor;
let admin: Actor;

beforeAll(async () => {
  process.env.FACTDESK_PUBLIC_URL = "https://checks.example.org";
  const made = [];
  for (let i = 0; i < 4; i++) made.push(await publishedClaim());
  await step(made[1].editor, made[1].claim.id, "unpublish", "Withdrawn for the test.");
  editor = await makeUser("EDITOR");
  admin = await makeUser("ADMIN");
  await makeClaim(editor);
  await makeArticle();

  let cursor: string | null = null;
  do {
    const response = await listReviews(new Request(`http://localhost/api/v1/claim-reviews?limit=1${cursor ? `&cursor=${cursor}` : ""}`));
    cursor = ((await response.json()) as { nextCursor: string | null }).nextCursor;
    if (cursor) realCursors.push(cursor);
  } while (cursor && realCursors.length < 10);
  expect(realCursors.length).toBeGreaterThan(0);

  articleIds = (await db.article.findMany({ select: { id: true } })).map((a) => a.id);
  otherIds = [
    ...(await db.claim.findMany({ select: { id: true, slug: true } })).flatMap((c) => (c.slug ? [c.id, c.slug] : [c.id])),
    ...(await db.user.findMany({ select: { id: true } })).map((u) => u.id),
  ];
}, 60_000);

function expectFieldErrors(fieldErrors: unknown) {
  expect(fieldErrors).toBeTypeOf("object");
  expect(fieldErrors).not.toBeNull();
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, unknown>)) {
    expect(Array.isArray(messages), `fieldErrors.${field} is not an array`).toBe(true);
    expect((messages as unknown[]).length, `fieldErrors.${field} is empty`).toBeGreaterThan(0);
    for (const message of messages as unknown[]) {
      expect(typeof message).toBe("string");
      expect((message as string).trim().length, `empty message in fieldErrors.${field}`).toBeGreaterThan(0);
    }
  }
}

/** Call a handler; a rejected promise is what Next turns into a 500. */
async function respond(call: () => Promise<Response>): Promise<Response> {
  logged.length = 0;
  try {
    return await call();
  } catch (error) {
    return new Response(JSON.stringify({ thrown: String(error) }), { status: 500 });
  }
}

const logText = () => loggedText(logged);

// ---------------------------------------------------------------------------------------------------
// Public listing API

// Bugs this property found and that are fixed (their reproductions run as fixed examples below):
//  C: a date outside years 0001–9999 in a forged cursor or in updatedSince reached the database → 500.
//  D: a forged cursor whose id held a lone surrogate (or, on PostgreSQL, a NUL character) → 500.

function queryArb() {
  const limit = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -5, max: 120 }).map(String) },
    { weight: 2, arbitrary: numberString },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "",
        " 5",
        "5 ",
        "1e1",
        "0x10",
        "0b11",
        "2.5",
        "2.0",
        "abc",
        "020",
        "+3",
        "-0",
        "Infinity",
        "NaN",
        "100",
        "101",
        "1".repeat(400),
      ),
    },
    { weight: 2, arbitrary: hostileString },
  );
  const isoDate = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  const updatedSince = fc.oneof(
    { weight: 2, arbitrary: isoDate },
    { weight: 2, arbitrary: isoDate.map((s) => s.slice(0, 10)) },
    { weight: 3, arbitrary: fc.stringMatching(/^\d{4}-\d{2}-\d{2}(T[\d:.]{1,14}(Z|[+-]\d{2}:\d{2}))?$/) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "2999-01-01",
        "0000-01-01",
        "1970-01-01T00:00:00Z",
        "2024-06-20T12:00:00+14:00",
        "2024-06-20T12:00:00-99:99",
        "2024-06-20T::::Z",
        "yesterday",
        "0000-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
      ),
    },
    { weight: 2, arbitrary: hostileString },
  );
  const recent = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
  const forged = fc.tuple(
    fc.oneof(
      { weight: 3, arbitrary: recent },
      { weight: 1, arbitrary: isoDate },
      {
        weight: 1,
        arbitrary: fc.constantFrom("-000001-12-31T23:59:59.999Z", "-271821-04-20T00:00:00Z", "+275760-09-13T00:00:00Z", "0000-01-01", "2", "now", ""),
      },
      { weight: 1, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.integer() },
    ),
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...otherIds) },
      { weight: 3, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.constantFrom("", "x".repeat(64), "x".repeat(65), "a\u0000b", null, 7) },
      { weight: 1, arbitrary: fc.constantFrom("\uD800", "x\uDFFFy") },
    ),
  );
  const cursor = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...realCursors) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...realCursors), fc.nat(), fc.string({ maxLength: 3 })).map(([c, i, s]) => c.slice(0, i % c.length) + s) },
    { weight: 3, arbitrary: forged.map(b64) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(b64) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 60 }).map((bytes) => Buffer.from(bytes).toString("base64url")) },
    { weight: 2, arbitrary: hostileString },
  );
  const junk = fc.array(
    fc.tuple(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("limit", "cursor", "updatedSince", "__proto__", "status", "")), hostileString),
    {
      maxLength: 3,
    },
  );
  const structured = fc.tuple(fc.record({ limit, updatedSince, cursor }, { requiredKeys: [] }), junk, fc.boolean()).map(([known, extra, junkFirst]) => {
    const params = new URLSearchParams();
    const entries = Object.entries(known).filter((e): e is [string, string] => e[1] !== undefined);
    for (const [k, v] of junkFirst ? [...extra, ...entries] : [...entries, ...extra]) params.append(k, v);
    const query = params.toString();
    return query ? `?${query}` : "";
  });
  // Raw text after "?": the URL parser percent-encodes what it must; the handler sees the rest as sent.
  const raw = fc
    .oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.constantFrom("?", "?&", "?=", "?limit", "?limit=", "?limit=%zz", "?cursor=%E0%A4%A"),
    )
    .map((s) => `?${s.replace(/#/g, "%23")}`);
  return fc.oneof({ weight: 8, arbitrary: structured }, { weight: 2, arbitrary: raw });
}

async function checkListing(name: string, handler: (request: Request) => Promise<Response>) {
  await fc.assert(
    fc.asyncProperty(queryArb(), async (query) => {
      tried++;
      const response = await respond(() => handler(new Request(`http://localhost/api/v1/claim-reviews${query}`)));
      countStatus(name, response.status);
      // Bugs C and D (dates beyond four-digit years, lone surrogates in a cursor) are fixed: a 500 fails.
      expect([200, 400], `status ${response.status} for ${query}: ${await response.clone().text()} ${logText()}`).toContain(response.status);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      const body = (await response.json()) as Record<string, unknown>;
      if (response.status === 400) {
        expect(typeof body.error).toBe("string");
        expect((body.error as string).length).toBeGreaterThan(0);
        expectFieldErrors(body.fieldErrors);
        expect(Object.keys(body.fieldErrors as object).length).toBeGreaterThan(0);
      } else {
        expect(Array.isArray(body.items)).toBe(true);
        expect(typeof body.limit).toBe("number");
        expect((body.items as unknown[]).length).toBeLessThanOrEqual(body.limit as number);
        expect(body.nextCursor === null || typeof body.nextCursor === "string").toBe(true);
      }
    }),
    {
      numRuns: NUM_RUNS,
      // The reproductions of fixed bugs C1, C2 and D (and D's PostgreSQL form), always tried first.
      examples: [
        [`?cursor=${b64(["-000001-12-31T23:59:59.999Z", "x"])}`],
        [`?updatedSince=${encodeURIComponent("0000-01-01T00:00:00+01:00")}`],
        [`?cursor=${b64(["2024-01-01T00:00:00Z", "\uD800"])}`],
        [`?cursor=${b64(["2000-01-01T00:00:00.000Z", "a\u0000b"])}`],
      ],
    },
  );
}

describe("public listing API under generated query strings", () => {
  it("GET /api/v1/claim-reviews answers 200 or 400 with JSON, never 500", { timeout: TIMEOUT }, async () => {
    await checkListing("claim-reviews", listReviews);
  });

  it("GET /api/v1/claim-reviews/markup-pages answers 200 or 400 with JSON, never 500", { timeout: TIMEOUT }, async () => {
    await checkListing("markup-pages", listMarkupPages);
  });
});

// ---------------------------------------------------------------------------------------------------
// Annotations

describe("GET /api/v1/articles/[id]/annotations under generated ids", () => {
  it("answers 200 or 404 with JSON, never 500, signed in or not", { timeout: TIMEOUT }, async () => {
    // Ids arrive decoded from a URL path segment, so they are always well-formed strings (a lone
    // surrogate cannot be percent-encoded); toWellFormed keeps the generated ids to what Next can deliver.
    const id = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...articleIds) },
      { weight: 2, arbitrary: fc.constantFrom(...otherIds) },
      { weight: 1, arbitrary: fc.constantFrom(...articleIds).map((a) => `${a.toUpperCase()}`) },
      { weight: 1, arbitrary: fc.constantFrom(...articleIds).map((a) => ` ${a}`) },
      { weight: 1, arbitrary: fc.constantFrom(...articleIds).map((a) => `${a}' OR '1'='1`) },
      { weight: 4, arbitrary: hostileString.map((s) => s.toWellFormed()) },
    );
    const viewer = fc.constantFrom<"anonymous" | "EDITOR" | "ADMIN">("anonymous", "EDITOR", "ADMIN");
    await fc.assert(
      fc.asyncProperty(id, viewer, async (articleId, who) => {
        tried++;
        session.actor = who === "anonymous" ? null : who === "EDITOR" ? editor : admin;
        const response = await respond(() =>
          annotations(new Request(`http://localhost/api/v1/articles/${encodeURIComponent(articleId)}/annotations`), {
            params: Promise.resolve({ id: articleId }),
          }),
        );
        countStatus("annotations", response.status);
        expect([200, 404], `status ${response.status} for ${JSON.stringify(articleId)}: ${logText()}`).toContain(response.status);
        expect(response.headers.get("content-type")).toMatch(/json/);
        const body = (await response.json()) as Record<string, unknown>;
        if (response.status === 404) {
          expect(typeof body.error).toBe("string");
        } else {
          expect(body.type).toBe("AnnotationCollection");
          const items = (body.first as { items: { motivation: string }[] }).items;
          expect(Array.isArray(items)).toBe(true);
          if (who === "anonymous") {
            for (const item of items) expect(item.motivation).toBe("assessing");
          }
        }
      }),
      // A NUL character in the id answered 500 on PostgreSQL (fixed); always tried first.
      { numRuns: NUM_RUNS, examples: [["a\u0000b", "anonymous"]] },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Article import

const HTML_SNIPPETS = [
  "<html><head><title>Homes</title></head><body><h1>Homes</h1><p>The mayor said the city built 1,200 new homes in 2023.</p></body></html>",
  "<p><script>alert(1)</script>Text after a script.</p>",
  "<img src=x onerror=alert(1)><svg><a/><a/></svg><p>Only this.</p>",
  "<!-- unterminated comment <p>hidden",
  "<div>".repeat(300) + "deep" + "</div>".repeat(300),
  "<svg>" + "<g/>".repeat(400) + "</svg><p>ok</p>",
  "<table><tr><td>a</td><td>b</td></tr></table>",
  "<title>" + "T".repeat(400) + "</title><p>Body text here.</p>",
  "<script>never closed",
  "<p>" + "&amp;&lt;&#0;&#xD800;&#x110000;&bogus;".repeat(5) + "</p>",
];
const MARKDOWN_SNIPPETS = [
  "# Homes\n\nThe mayor said the city built **1,200** new homes in 2023.",
  "![img](x.png) [link](https://example.org/Foo_(bar)) \\*escaped\\* `code` ~~gone~~",
  "#\n\n##\n\n---\n\n> quote\n\n- item\n- item",
  "[".repeat(500) + "](".repeat(500),
  "_".repeat(1000) + "*".repeat(1000),
];

function fileBytes() {
  const encode = (s: string) => new TextEncoder().encode(s);
  return fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 3, arbitrary: hostileString.filter((s) => s.length < 5_000).map(encode) },
    { weight: 2, arbitrary: fc.constantFrom(...HTML_SNIPPETS, ...MARKDOWN_SNIPPETS).map(encode) },
    { weight: 2, arbitrary: fc.lorem({ maxCount: 6, mode: "sentences" }).map(encode) },
    { weight: 1, arbitrary: fc.constant(encode(ARTICLE_TEXT)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((s) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(s, "utf16le")])) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((s) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(s, "utf16le").swap16()])) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        Uint8Array.from([0xef, 0xbb, 0xbf]),
        Uint8Array.from([0xc3, 0x28]),
        Uint8Array.from([0xed, 0xa0, 0x80]),
        new Uint8Array(0),
        Uint8Array.from([0xff, 0xfe]),
      ),
    },
    // Just over the 1 MB limit (built once, shared): the size check, not the parser, must refuse it.
    { weight: 1, arbitrary: fc.constant(new Uint8Array(1_000_001).fill(0x61)) },
  );
}

const fileName = fc.oneof(
  fc.constantFrom(
    "article.txt",
    "a.md",
    "x.html",
    "page.htm",
    "notes.markdown",
    "A.TXT",
    "doc.pdf",
    "noext",
    "",
    ".txt",
    "..html",
    "a.b.c.md",
    "évènement.txt",
    "<script>.html",
    'a"b\r\n.txt',
  ),
  fc
    .tuple(
      hostileString.filter((s) => s.length < 200),
      fc.constantFrom(".txt", ".md", ".html", "", ".exe"),
    )
    .map(([s, ext]) => s + ext),
);
const fileType = fc.oneof(
  fc.constantFrom("", "text/plain", "text/html", "text/markdown; charset=utf-8", "text/x-markdown", "application/octet-stream", "image/png", "TEXT/PLAIN"),
  fc.string({ maxLength: 20 }),
);
const file = fc.tuple(fileBytes(), fileName, fileType).map(([bytes, name, type]) => new File([bytes as BlobPart], name, { type }));

/** A form value: absent, a string (plausible or hostile), or a file where text was expected. */
function formValue(plausible: fc.Arbitrary<string>) {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 5, arbitrary: plausible },
    { weight: 3, arbitrary: hostileString },
    { weight: 1, arbitrary: file },
  );
}

function importRequest() {
  const lorem = (max: number) => fc.lorem({ maxCount: max });
  const fields = fc.record(
    {
      title: formValue(lorem(6)),
      outlet: formValue(fc.constantFrom("Test Gazette", "The Daily", "x")),
      url: formValue(fc.oneof(fc.webUrl(), fc.constantFrom("", "javascript:alert(1)", "ftp://x", "http://"))),
      author: formValue(lorem(3)),
      publishedAt: formValue(
        fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        ),
      ),
      text: formValue(fc.oneof(fc.lorem({ maxCount: 8, mode: "sentences" }), fc.constant(ARTICLE_TEXT), fc.constant(""))),
      file: fc.oneof(file, fc.constant(new File([], "empty.txt")), hostileString),
    },
    { requiredKeys: [] },
  );
  const multipart = fc.tuple(fields, fc.array(fc.tuple(fc.string({ maxLength: 10 }), hostileString), { maxLength: 2 })).map(([values, junk]) => {
    const form = new FormData();
    for (const [k, v] of [...Object.entries(values), ...junk]) {
      if (v === undefined) continue;
      if (v instanceof File) form.append(k, v);
      else form.append(k, v as string);
    }
    return () => new Request("http://localhost/api/articles/import", { method: "POST", body: form });
  });
  // Bodies that are not the multipart form the browser sends.
  const junkBody = fc
    .tuple(
      fc.constantFrom("multipart/form-data; boundary=x", "multipart/form-data", "application/x-www-form-urlencoded", "application/json", "text/plain", ""),
      fc.oneof(
        hostileString,
        fc.constant('--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nT\r\n--x--'),
        fc.constant("title=T&outlet=O&text=Some+text+here."),
      ),
    )
    .map(
      ([type, body]) =>
        () =>
          new Request("http://localhost/api/articles/import", { method: "POST", body, headers: type ? { "content-type": type } : {} }),
    );
  return fc.oneof({ weight: 9, arbitrary: multipart }, { weight: 1, arbitrary: junkBody });
}

describe("POST /api/articles/import under generated forms", () => {
  it("never answers 500 or INTERNAL; a refusal writes nothing and is well formed", { timeout: TIMEOUT }, async () => {
    const who = fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom<"EDITOR" | "ADMIN">("EDITOR", "ADMIN") },
      { weight: 1, arbitrary: fc.constant<"anonymous">("anonymous") },
    );
    await fc.assert(
      fc.asyncProperty(importRequest(), who, async (makeRequest, role) => {
        tried++;
        session.actor = role === "anonymous" ? null : role === "EDITOR" ? editor : admin;
        const before = await fingerprint();
        const response = await respond(async () => importRoute(makeRequest()));
        countStatus("import", response.status);
        expect(response.status, `500: ${await response.clone().text()} ${logText()}`).not.toBe(500);
        expect([200, 400, 401, 403, 404, 409]).toContain(response.status);
        const body = (await response.json()) as { ok: boolean; code?: string; error?: string; fieldErrors?: unknown; data?: { id: string } };
        expect(typeof body.ok).toBe("boolean");
        if (body.ok) {
          expect(response.status).toBe(200);
          expect(typeof body.data?.id).toBe("string");
        } else {
          expect(body.code).not.toBe("INTERNAL");
          expect(typeof body.error).toBe("string");
          expect(body.error!.trim().length).toBeGreaterThan(0);
          if (body.code === "VALIDATION" && body.fieldErrors !== undefined) expectFieldErrors(body.fieldErrors);
          expect(await fingerprint(), `a refused ${body.code} import wrote something`).toEqual(before);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
