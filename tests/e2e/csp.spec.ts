import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { secondServerEnv, settled, signIn, untilHealthy, USERS } from "./helpers";
import { db } from "../../lib/db";

/**
 * Issue 13, finding 7. Static public pages allow by hash only the framework's bootstrap scripts; dynamic
 * pages (the desk) carry a per-request nonce and stream. Here: an inline script injected into a real
 * page, under that page's real policy, does not run — on both kinds of page — while the page itself
 * still hydrates; and the desk's loading.tsx is on screen while a slow page is still arriving.
 */

const INJECTED = [
  "<script>window.__pwned=1</script>",
  // Shaped like the framework's own data push, with code after it: still no hash.
  '<script>self.__next_f.push([1,""]);window.__pwned2=1</script>',
];

async function demoVerdictPath(page: Page) {
  const html = await (await page.request.get("/claims")).text();
  return /href="(\/claims\/putin-and-north-korean[^"]+)"/.exec(html)![1];
}

/** Record every CSP violation the page reports (an init script runs whatever the policy says). */
async function watchViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { __violations: typeof seen }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: { directive: string; blocked: string }[] }).__violations);

/** Serve the real document with its real headers (its policy included), with the scripts injected into the body. */
async function injectIntoDocument(page: Page, url: string) {
  await page.route(
    (u) => u.pathname === new URL(url, "http://x").pathname,
    async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(/<main([^>]*)>/, (m) => `${m}${INJECTED.join("")}`);
      expect(html).toContain(INJECTED[0]);
      const headers = { ...response.headers() };
      delete headers["content-length"];
      delete headers["transfer-encoding"];
      await route.fulfill({ status: response.status(), headers, body: html });
    },
  );
}

test("an injected inline script is refused on a static public page and on a desk page, and the pages still run", async ({ browser }) => {
  const context = await browser.newContext();
  await watchViolations(context);
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  const verdict = await demoVerdictPath(page);
  const claim = await db.claim.findFirstOrThrow({ where: { status: "RESEARCHING" }, select: { id: true } });
  for (const [url, kind] of [
    ["/", "hash"],
    [verdict, "hash"],
    ["/desk", "nonce"],
    [`/desk/claims/${claim.id}`, "nonce"],
  ] as const) {
    await page.unrouteAll();
    await injectIntoDocument(page, url);
    const response = await page.goto(url);
    const policy = (await response!.allHeaders())["content-security-policy"];
    expect(policy, url).toMatch(kind === "hash" ? /script-src 'self'( 'sha256-[^']+')+;/ : /script-src 'nonce-[^']+' 'strict-dynamic';/);
    // The framework's own scripts ran: the app router hydrated (it sets window.next).
    await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
    expect(
      await page.evaluate(() => [(window as unknown as Record<string, unknown>).__pwned, (window as unknown as Record<string, unknown>).__pwned2]),
      url,
    ).toEqual([undefined, undefined]);
    const refused = await violations(page);
    expect(
      refused.filter((v) => v.blocked === "inline" && v.directive.startsWith("script-src")),
      url,
    ).toHaveLength(INJECTED.length);
    expect(refused, url).toHaveLength(INJECTED.length);
  }
  await context.close();
});

test("the main pages run under their policy with no violation at all", async ({ browser }) => {
  const context = await browser.newContext();
  await watchViolations(context);
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  const messages: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(`${page.url()}: ${m.text()}`);
  });
  const verdict = await demoVerdictPath(page);
  const claim = await db.claim.findFirstOrThrow({ where: { status: "RESEARCHING" }, select: { id: true } });
  for (const url of ["/", "/claims", verdict, `/embed${verdict}`, "/claims/search?q=putin", "/desk", `/desk/claims/${claim.id}`, "/desk/dashboard"]) {
    await page.goto(url);
    await settled(page);
    expect(await violations(page), url).toEqual([]);
  }
  expect(messages).toEqual([]);
  await context.close();
});

// A second production server on the same build and database, with slow comment queries (slow-comments.mjs).
const SLOW_PORT = String(Number(process.env.E2E_PORT || 3100) + 17);
const SLOW_BASE = `http://127.0.0.1:${SLOW_PORT}`;
let slowServer: ChildProcess | undefined;

async function startSlowServer() {
  slowServer = spawn(process.execPath, ["--import", path.resolve("tests/e2e/slow-comments.mjs"), "scripts/serve.mjs"], {
    env: secondServerEnv(SLOW_PORT, { SLOW_QUERY_MS: "1500" }),
    stdio: "inherit",
  });
  await untilHealthy(SLOW_BASE, "the slow server did not start", 60_000);
}

async function slowContext(browser: Browser) {
  const context = await browser.newContext({ baseURL: SLOW_BASE });
  await signIn(context, USERS.editor);
  return context;
}

test.describe("a desk page that is slow after its layout", () => {
  test.beforeAll(async () => startSlowServer());
  test.afterAll(() => {
    slowServer?.kill("SIGTERM");
  });

  test("streams: the loading fallback arrives in the first bytes, the page later", async ({ browser }) => {
    const context = await slowContext(browser);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const claim = await db.claim.findFirstOrThrow({ where: { status: "RESEARCHING" }, select: { id: true, quote: true } });
    const chunks: string[] = [];
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      http
        .get(`${SLOW_BASE}/desk/claims/${claim.id}`, { headers: { cookie, "user-agent": "Mozilla/5.0 Chrome/140" } }, (res) => {
          res.setEncoding("utf8");
          res.on("data", (text: string) => chunks.push(text));
          res.on("end", () => resolve(res.headers));
          res.on("error", reject);
        })
        .on("error", reject);
    });
    expect(headers["content-length"]).toBeUndefined();
    expect(headers["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    // The fallback (only rendered when the page streams) came in an earlier read than the page.
    const first = chunks.findIndex((c) => c.includes('data-testid="desk-loading"'));
    const page = chunks.findIndex((c) => c.includes('data-testid="claim-quote"'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(page).toBeGreaterThan(first);
    await context.close();
  });

  test("the browser shows the loading status until the page arrives, with no policy violation", async ({ browser }) => {
    const context = await slowContext(browser);
    await watchViolations(context);
    const claim = await db.claim.findFirstOrThrow({ where: { status: "RESEARCHING" }, select: { id: true } });
    const page = await context.newPage();
    const navigation = page.goto(`/desk/claims/${claim.id}`);
    const status = page.getByRole("status").filter({ hasText: "Loading…" });
    await expect(status).toBeVisible();
    await navigation;
    await expect(status).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Desk" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
