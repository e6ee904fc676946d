import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { settled, signIn, USERS } from "./helpers";
import { builtRouteTable, isPagePath } from "../../scripts/serve.mjs";

async function demoVerdictPath(page: Page) {
  const html = await (await page.request.get("/claims")).text();
  return /href="(\/claims\/putin-and-north-korean[^"]+)"/.exec(html)![1];
}

function scriptSrc(csp: string) {
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? ""
  );
}

test("every response carries the security headers; HTML gets a CSP without unsafe-inline scripts (hashes on static pages, a nonce on dynamic ones)", async ({
  request,
  page,
}) => {
  const verdict = await demoVerdictPath(page);
  const statics = ["/", verdict, "/methodology", "/claims/no-such-verdict"];
  // The verdict list reads its filters from the address (?rating=…), so it is rendered per request.
  const dynamics = ["/signin", "/claims", "/claims?rating=FALSE", "/claims/search?q=putin", "/setup/not-a-token"];
  for (const url of [...statics, ...dynamics]) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], url).toBe("DENY");
    const csp = headers["content-security-policy"];
    expect(csp, url).toContain("default-src 'self'");
    expect(csp, url).toContain("object-src 'none'");
    expect(csp, url).toContain("frame-ancestors 'none'");
    // Every page says its language, the not-found answer of a cached route (Next.js's error shell) too.
    expect(/<html[^>]*>/.exec(await response.text())?.[0], url).toContain('lang="en"');
    if (statics.includes(url)) {
      expect(scriptSrc(csp), url).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      // Only the framework's bootstrap scripts are hashed: JSON-LD is data, and gets no hash.
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(await response.text())?.[1];
      if (url === verdict) expect(ld).toBeTruthy();
      if (ld) expect(csp, url).not.toContain(createHash("sha256").update(ld, "utf8").digest("base64"));
    } else {
      // Dynamic pages stream with a per-request nonce, which Next.js puts on each of its scripts.
      const nonce = /^script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'$/.exec(scriptSrc(csp))?.[1];
      expect(nonce, url).toBeTruthy();
      expect(headers["content-length"], url).toBeUndefined();
      const html = await response.text();
      expect(
        [...html.matchAll(/<script([^>]*)>/g)].every(([, attrs]) => attrs.includes(`nonce="${nonce}"`)),
        url,
      ).toBe(true);
      expect(scriptSrc((await request.get(url)).headers()["content-security-policy"]), `${url}: a fresh nonce per request`).not.toContain(nonce);
    }
    expect(scriptSrc(csp), url).not.toContain("unsafe");
    expect(headers["strict-transport-security"], url).toBeUndefined();
  }
  for (const url of ["/api/v1/claim-reviews", "/feed.xml", "/sitemap.xml", `${verdict}/badge.svg`]) {
    const headers = (await request.get(url)).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["x-frame-options"], url).toBe("DENY");
  }
  // Idle connections are kept longer than a proxy's or a client's (scripts/serve.mjs), so they close them first.
  expect((await request.get("/claims")).headers()["keep-alive"]).toBe("timeout=65");
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("a cached public page carries its entity tag (to GET and HEAD) and answers 304 to it; it is kept as Latin-1 text and reads the same", async ({
  page,
  request,
}) => {
  const verdict = await demoVerdictPath(page);
  await (await request.get(verdict)).body(); // rendered and cached, if no test had asked for it yet
  const cached = await request.get(verdict);
  const etag = cached.headers()["etag"];
  expect(etag).toMatch(/^"[A-Za-z0-9+/]{43}"$/);
  // Kept as Latin-1 (lib/publishing/page-cache.mjs): the template's curly quotes go out as references.
  const html = await cached.text();
  expect([...html].filter((c) => c.charCodeAt(0) > 0xff)).toEqual([]);
  expect(html).toContain('data-testid="public-quote">&#8220;');

  const unchanged = await request.get(verdict, { headers: { "if-none-match": etag } });
  expect(unchanged.status()).toBe(304);
  expect(unchanged.headers()["etag"]).toBe(etag);
  // That the 304 holds no body is checked on a raw connection below (Playwright's client reads none).
  expect((await request.get(verdict, { headers: { "if-none-match": '"another"' } })).status()).toBe(200);
  expect((await request.get(verdict, { headers: { "if-none-match": etag, "cache-control": "no-cache" } })).status()).toBe(200);
  // Pages rendered for each request carry none.
  expect((await request.get("/signin")).headers()["etag"]).toBeUndefined();
  // HEAD answers with a GET's headers (RFC 9110, 9.3.2), and with 304 to the tag, never with a body.
  const head = await request.head(verdict);
  expect(head.status()).toBe(200);
  for (const name of ["etag", "content-length", "content-security-policy", "cache-control"]) {
    expect(cached.headers()[name], name).toBeTruthy();
    expect(head.headers()[name], name).toBe(cached.headers()[name]);
  }
  const unchangedHead = await request.head(verdict, { headers: { "if-none-match": etag } });
  expect(unchangedHead.status()).toBe(304);
  expect(unchangedHead.headers()["etag"]).toBe(etag);
  expect(unchangedHead.headers()["content-length"]).toBeUndefined();
  // A not-found answer gets its address written in here (scripts/serve.mjs): HEAD counts it in its length.
  const missing = [await request.get("/claims/no-such-verdict"), await request.head("/claims/no-such-verdict")];
  expect(missing.map((r) => r.status())).toEqual([404, 404]);
  expect(missing[1].headers()["content-length"]).toBe(String((await missing[0].body()).length));
  // Any other address keeps its HEAD, and its answer the length Next gave it (not the empty body's).
  const missingFile = await request.head("/no-such-file.png");
  expect(missingFile.status()).toBe(404);
  expect(Number(missingFile.headers()["content-length"])).toBeGreaterThan(1000);

  // What a reader sees is unchanged, and the page hydrates from its rewritten scripts without an error.
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(verdict);
  await expect(page.getByTestId("public-quote")).toHaveText(/^“.+”$/);
  await settled(page);
  await page.getByRole("link", { name: "Methodology" }).first().click();
  await expect(page).toHaveURL(/\/methodology$/);
  expect(errors).toEqual([]);
});

/** Requests written on one connection, one after the other; what came back, as the bytes arrived. */
async function onOneConnection(baseURL: string, requests: string[], cookie = ""): Promise<string> {
  const { host, port } = new URL(baseURL);
  const socket = net.connect({ host: host.replace(/:\d+$/, ""), port: Number(port) });
  const received: Buffer[] = [];
  socket.on("data", (chunk) => received.push(chunk));
  const extra = cookie ? `Cookie: ${cookie}\r\n` : "";
  // A request is its request line, then any header lines of its own ("GET /x\r\nConnection: close").
  const written = requests.map((r) => {
    const [line, ...headers] = r.split("\r\n");
    return `${line} HTTP/1.1\r\nHost: ${host}\r\nAccept: text/html\r\n${extra}${headers.map((h) => `${h}\r\n`).join("")}\r\n`;
  });
  socket.write(written.join(""));
  // The last request asks the server to close once it has answered it.
  await new Promise<void>((resolve, reject) => {
    socket.on("close", () => resolve());
    socket.on("error", reject);
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close after: ${Buffer.concat(received).toString("latin1").slice(0, 400)}`));
    }, 20_000);
  });
  return Buffer.concat(received).toString("latin1");
}

test("a HEAD answer and a 304 hold no body: the next request on their connection is answered whole (pages, streamed pages, the live stream)", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  const verdict = await demoVerdictPath(page);
  const claimId = /href="\/desk\/claims\/([^"/?]+)"/.exec(await (await context.request.get("/desk")).text())![1];
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const etag = (await context.request.get(verdict)).headers()["etag"];
  const raw = await onOneConnection(
    baseURL!,
    [
      `HEAD ${verdict}`,
      "HEAD /desk",
      `HEAD /api/live/claims/${claimId}`,
      "HEAD /api/live/claims/no-such-claim",
      `GET ${verdict}\r\nIf-None-Match: ${etag}`,
      `GET ${verdict}\r\nConnection: close`,
    ],
    cookie,
  );
  const answers = raw.split(/(?=HTTP\/1\.1 \d{3} )/);
  expect(answers.map((a) => a.slice(0, 12))).toEqual(["HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 404", "HTTP/1.1 304", "HTTP/1.1 200"]);
  // Each HEAD answer, and the 304 to a GET naming the tag, is its head alone (no length either); the last
  // GET's body is as long as the verdict's HEAD said.
  for (const answer of answers.slice(0, 5)) expect(answer.endsWith("\r\n\r\n"), answer.slice(0, 200)).toBe(true);
  expect(answers[4].toLowerCase()).toContain(`etag: ${etag.toLowerCase()}`);
  expect(answers[4]).not.toMatch(/content-length/i);
  expect(answers[2]).toMatch(/content-type: text\/event-stream/i);
  const length = Number(/content-length: (\d+)/i.exec(answers[0])![1]);
  const [, body] = answers[5].split("\r\n\r\n");
  expect(Buffer.byteLength(body, "latin1")).toBe(length);
  expect(body).toContain('data-testid="public-quote"');
  await context.close();
});

test("the rule the server reads from its build knows every route handler of app/, so a HEAD there is never answered as a page's GET", () => {
  const table = builtRouteTable(process.cwd(), process.env.E2E_DIST_DIR || ".next-e2e");
  const routes = fs
    .readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)route\.tsx?$/.test(file))
    .map((file) => `/${path.dirname(file)}`.replace(/\/\([^)]+\)/g, "").replace(/\[+[^\]]+\]+/g, "x"));
  expect(routes).toContain("/sitemaps/x");
  for (const route of routes) expect(isPagePath(route, table), route).toBe(false);
  expect(isPagePath("/sitemaps/0", table)).toBe(false);
  expect(isPagePath("/claims/x", table)).toBe(true);
  expect(isPagePath("/desk/claims/x", table)).toBe(true);
});

test("pages run under their CSP with no violation, signed out and signed in", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  const verdict = await demoVerdictPath(page);
  for (const url of [
    "/",
    "/claims",
    verdict,
    "/methodology",
    "/claims/search?q=putin",
    "/desk",
    "/desk/articles",
    "/desk/claimants",
    "/desk/search?q=coalition",
  ]) {
    await page.goto(url);
    await settled(page);
  }
  // Client-side behaviour still works under the policy: the queue's filters and a client navigation.
  await page.goto("/desk");
  await page.getByRole("link", { name: /^Researching/ }).click();
  await expect(page).toHaveURL(/status=RESEARCHING/);
  expect(violations).toEqual([]);
  await context.close();
});

test("every page type says what it is to Open Graph, and those worth sharing say their address", async ({ request, page }) => {
  const verdict = await demoVerdictPath(page);
  const og = (html: string, property: string) => new RegExp(`<meta property="og:${property}" content="([^"]*)"`).exec(html)?.[1];
  const pages: [string, string | null][] = [
    ["/signin", "/signin"],
    ["/claims/search?q=putin", "/claims/search"],
    [`/embed${verdict}`, verdict],
    ["/no-such-page", null],
  ];
  for (const [url, canonical] of pages) {
    const html = await (await request.get(url)).text();
    expect(og(html, "type"), url).toBe("website");
    if (canonical) expect(new URL(og(html, "url")!).pathname, url).toBe(canonical);
  }
});
