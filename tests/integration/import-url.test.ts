import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { POST as importRoute } from "@/app/api/articles/import/route";
import { db } from "@/lib/db";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";
import { urlImportsPerHour } from "@/lib/intake/url-import";
import { makeUser, rowCounts } from "../support/factories";

// Issue 16: import from a URL, as newsrooms work. The page comes from a local server, which the
// operator's setting (FACTDESK_FETCH_PRIVATE_ADDRESSES) lets the server reach; without it, it may not.

const paragraphs = DEMO_ARTICLE_TEXT.split("\n")
  .filter((p) => !p.startsWith("-") && !p.startsWith("Read also"))
  .map((p) => `<p>${p}</p>`)
  .join("");
const PAGE = `<!doctype html><html><head><title>Putin in Pyongyang | Test Wire</title>
<meta property="og:site_name" content="Test Wire"><meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-06-20T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now</nav>
<article><h1>Putin in Pyongyang</h1>${paragraphs}</article>
<footer>Read also: an unrelated story. Cookie settings.</footer></body></html>`;

let base = "";
let server: http.Server;
const saved = process.env.FACTDESK_FETCH_PRIVATE_ADDRESSES;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/short") return response.writeHead(301, { Location: "/world/putin" }).end();
    if (request.url === "/world/putin") return response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  if (saved === undefined) delete process.env.FACTDESK_FETCH_PRIVATE_ADDRESSES;
  else process.env.FACTDESK_FETCH_PRIVATE_ADDRESSES = saved;
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  session.actor = await makeUser("REVIEWER");
  process.env.FACTDESK_FETCH_PRIVATE_ADDRESSES = "1";
});

async function post(fields: Record<string, string>) {
  const data = new FormData();
  // What the form sends when only the address is given.
  data.set("fetch", "1");
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  const response = await importRoute(new Request("http://localhost/api/articles/import", { method: "POST", body: data }));
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get("retry-after") };
}

describe("import from a URL", () => {
  it("fetches the page, keeps the article's text without navigation, and takes title, outlet, byline and date from it", async () => {
    const { status, body } = await post({ url: `${base}/short` });
    expect(status).toBe(200);
    const article = await db.article.findUniqueOrThrow({ where: { id: body.data.id } });
    expect(article).toMatchObject({ outlet: "Test Wire", author: "Jane Reporter", url: `${base}/world/putin` });
    expect(article.title).toMatch(/Putin in Pyongyang/);
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2024-06-20");
    expect(article.text).toContain("On 18-19 June, Putin visited North Korea for the first time in 24 years.");
    expect(article.text).not.toMatch(/Subscribe now|Cookie settings/);
    expect(body.data.suggestions).toBeGreaterThan(0);
  });

  it("keeps what the person typed over what the page says", async () => {
    const { body } = await post({ url: `${base}/world/putin`, title: "Our own title", outlet: "Our outlet" });
    expect(await db.article.findUniqueOrThrow({ where: { id: body.data.id } })).toMatchObject({ title: "Our own title", outlet: "Our outlet" });
  });

  it("refuses a private address without the operator's setting, on the URL field, and writes nothing", async () => {
    delete process.env.FACTDESK_FETCH_PRIVATE_ADDRESSES;
    const before = await rowCounts();
    const { status, body } = await post({ url: `${base}/world/putin` });
    expect(status).toBe(400);
    expect(body.fieldErrors.url[0]).toMatch(/private network/);
    expect(await rowCounts()).toEqual(before);
  });

  it("fetches only when asked: an address with no text is otherwise still refused for its missing text", async () => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ url: `${base}/world/putin`, title: "T", outlet: "O", text: "  " })) data.set(k, v);
    const response = await importRoute(new Request("http://localhost/api/articles/import", { method: "POST", body: data }));
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.text[0]).toMatch(/no text/);
  });

  it("limits how many pages one person has the server fetch in an hour, on the URL field, and not anyone else", async () => {
    const limit = urlImportsPerHour();
    // An address refused before any connection (no scheme, a password, a port) costs nothing.
    for (const url of ["reuters.com/x", "https://user:pw@example.com/", "ftp://example.com/a"]) expect((await post({ url })).status).toBe(400);
    // Every attempt counts, a missing page too: the server fetched it.
    for (let i = 0; i < limit; i++) expect((await post({ url: `${base}/missing-${i}` })).status).toBe(400);
    const before = await rowCounts();
    const refused = await post({ url: `${base}/world/putin` });
    expect(refused).toMatchObject({ status: 429, body: { code: "RATE_LIMITED", fieldErrors: { url: [expect.stringMatching(/Try again in \d+ minutes?/)] } } });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(await rowCounts()).toEqual(before);
    // Pasting the text still works for them, and a colleague can still import by address.
    const pasted = await importRoute(
      new Request("http://localhost/api/articles/import", {
        method: "POST",
        body: (() => {
          const data = new FormData();
          for (const [k, v] of Object.entries({ title: "Pasted", outlet: "Wire", url: `${base}/world/putin`, text: DEMO_ARTICLE_TEXT })) data.set(k, v);
          return data;
        })(),
      }),
    );
    expect(pasted.status).toBe(200);
    session.actor = await makeUser("REVIEWER");
    expect((await post({ url: `${base}/world/putin` })).status).toBe(200);
  });

  it("says so next to the field when the page is missing", async () => {
    const { status, body } = await post({ url: `${base}/nothing-here` });
    expect(status).toBe(400);
    expect(body.fieldErrors.url[0]).toMatch(/answered 404/);
  });
});
