import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { signIn, USERS } from "./helpers";

/**
 * Issue 13, finding 6: no address answers 500. A property test over every route of the app (read
 * from the app directory, like doors.spec.ts and matrix.spec.ts do) with hostile path segments and
 * query strings — malformed percent-encodings, encoded surrogates, NUL, overlong values — signed out
 * and signed in. Every answer must be a 4xx or the page: never 5xx. Bounded: RUNS per identity.
 * Plus a server action posted with a foreign Origin: 403 (Next.js alone answers 500).
 */

const ROOT = process.cwd();
const RUNS = 150; // × 2 identities = 300 requests
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

type Route = { template: string; methods: string[] };

/** Pages (GET) and route handlers (their exported methods), as templates like /claims/[slug]/badge.svg. */
function appRoutes(): Route[] {
  const out: Route[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue;
        walk(path.join(dir, entry.name), entry.name.startsWith("(") ? segments : [...segments, entry.name]);
        continue;
      }
      const template = "/" + segments.join("/");
      if (entry.name === "page.tsx") out.push({ template, methods: ["GET"] });
      if (/^(opengraph-image|twitter-image)\.tsx$/.test(entry.name))
        out.push({ template: path.posix.join(template, entry.name.replace(".tsx", "")), methods: ["GET"] });
      if (entry.name === "route.ts") {
        const source = fs.readFileSync(path.join(dir, entry.name), "utf8");
        // next-auth's catch-all answers for itself; its parameters are fuzzed by the generic query below anyway.
        const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) =>
          new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b|as ${m}\\b`).test(source),
        );
        if (methods.length) out.push({ template, methods });
      }
    }
  };
  walk(path.join(ROOT, "app"), []);
  out.push({ template: "/robots.txt", methods: ["GET"] });
  return out;
}

// Encoded forms that do not decode, or decode to something no route can mean, plus well-formed ones.
const BROKEN = ["%FF", "%ED%A0%80", "%", "%G1", "%E2%82", "%C0%AF", "%00", "a%00b", "%F4%90%80%80", "%%", "%u0041", "%2"];
const UNUSUAL = ["caf%C3%A9", "%F0%9F%98%80", "%2F", "%25", "..", "%2e%2e", "a+b", "%20", "'", "%22%3E%3Cscript%3E", "0", "-1", "x"];

const overlong = fc.integer({ min: 1_000, max: 12_000 }).map((n) => "a".repeat(n));
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BROKEN) },
  { weight: 2, arbitrary: fc.constantFrom(...UNUSUAL) },
  { weight: 1, arbitrary: overlong },
  // Random text, encoded the way a browser would, with a broken escape spliced in somewhere.
  {
    weight: 2,
    arbitrary: fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...BROKEN), fc.nat()).map(([s, bad, at]) => {
      const encoded = encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ""));
      const i = encoded.length ? at % encoded.length : 0;
      return encoded.slice(0, i) + bad + encoded.slice(i);
    }),
  },
);

// Parameter names the app reads, and a few it does not.
const NAMES = [
  "assignee",
  "article",
  "status",
  "rating",
  "recheck",
  "sort",
  "page",
  "q",
  "type",
  "format",
  "since",
  "cursor",
  "limit",
  "updatedSince",
  "from",
  "to",
  "callbackUrl",
  "error",
  "x",
];
const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...NAMES), segment),
      fc.oneof(segment, fc.constantFrom("me", "none", "1", "NEW", "TRUE", "csv", "0000-01-01", "9999-12-31", "2025-02-30")),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

function urlArbitrary(routes: Route[]) {
  return fc
    .tuple(fc.constantFrom(...routes), fc.array(segment, { minLength: 6, maxLength: 6 }), fc.option(queryString, { nil: undefined }), fc.nat())
    .map(([route, values, query, pick]) => {
      let i = 0;
      // Every [param] gets a hostile value; a route without params gets one appended as a path segment half the time.
      let pathname = route.template.replace(/\[\[?\.{0,3}[^\]]+\]\]?/g, () => values[i++ % values.length]);
      if (i === 0 && pick % 2 === 0) pathname = `${pathname.replace(/\/$/, "")}/${values[0]}`;
      const method = route.methods[pick % route.methods.length];
      return { method, url: query === undefined ? pathname : `${pathname}?${query}` };
    });
}

async function send(request: APIRequestContext, method: string, url: string) {
  const options = { maxRedirects: 0, timeout: 20_000, failOnStatusCode: false };
  if (method === "GET") return request.get(url, options);
  // A body the handlers refuse as input, so that nothing is written: the point is the address.
  return request.fetch(url, { ...options, method, headers: { "content-type": "application/json" }, data: "{}" });
}

test("no address answers 5xx: hostile paths and query strings over every route, signed out and signed in", async ({ browser, playwright }) => {
  test.setTimeout(600_000);
  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const signedOut = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let tried = 0;
  for (const [who, request] of [
    ["signed out", signedOut],
    ["rita", context.request],
  ] as const) {
    await fc.assert(
      fc.asyncProperty(urlArbitrary(routes), async ({ method, url }) => {
        tried++;
        let status: number;
        try {
          status = (await send(request, method, url)).status();
        } catch (error) {
          // An event stream that opened is not a failure; anything else that did not answer is.
          if (url.startsWith("/api/live/") && /Timeout/i.test(String(error))) return;
          failures.push(`${who} ${method} ${url.slice(0, 200)}: ${String(error).slice(0, 200)}`);
          return;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) failures.push(`${who} ${method} ${url.slice(0, 200)} → ${status}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );
  }
  console.log(`[bad-urls] ${tried} requests over ${routes.length} routes (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  await context.close();
  await signedOut.dispose();
  expect(failures, `seed ${SEED}`).toEqual([]);
});

test("a few known offenders from issue 13 answer 400, not 500", async ({ request }) => {
  for (const url of [
    "/claims/%FF",
    "/embed/claims/%ED%A0%80",
    "/claims/%FF/badge.svg",
    "/api/v1/articles/%FF/annotations",
    "/desk/claims/%ED%A0%80",
    "/api/export/%FF",
    "/desk?assignee=%00",
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
  }
  expect((await request.get(`/claims/${"a".repeat(9_000)}`, { maxRedirects: 0 })).status()).toBe(414);
});

test("a sign-in post past its cap is refused with 413 before next-auth reads it; a real sign-in form is not", async ({ request }) => {
  const big = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.test&password=${"x".repeat(20_000)}`,
    maxRedirects: 0,
  });
  expect(big.status()).toBe(413);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const small = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "nobody@factdesk.test", password: "not-the-password-1", json: "true" },
    maxRedirects: 0,
  });
  expect(small.status()).not.toBe(413);
  expect(small.status()).toBeLessThan(500);
});

test("an RSC request with a malformed router state header answers 400, not 500", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  for (const url of ["/desk", "/claims/search?q=x", "/desk/claims/x", "/"]) {
    for (const tree of ["%7B", "notjson", "null", "%5B1%5D", '["",{"children":7}]']) {
      const response = await context.request.get(url, { headers: { RSC: "1", "Next-Router-State-Tree": tree }, maxRedirects: 0 });
      expect(response.status(), `${url} ${tree}`).toBe(400);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
    // A well-formed one still gets its payload (or the router's cache-key redirect).
    const fine = await context.request.get(url, { headers: { RSC: "1", "Next-Router-State-Tree": encodeURIComponent('["",{}]') }, maxRedirects: 0 });
    expect(fine.status(), url).toBeLessThan(400);
  }
  await context.close();
});

const manifest = () =>
  JSON.parse(fs.readFileSync(path.join(ROOT, process.env.E2E_DIST_DIR || ".next-e2e", "server/server-reference-manifest.json"), "utf8")).node as Record<
    string,
    { exportedName: string; workers: Record<string, unknown> }
  >;

test("a server action posted with a foreign Origin is refused with 403, our own Origin is not", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  // Any action will do (the refusal comes before the action is looked up); the same trick as matrix.spec.ts.
  const [id, entry] = Object.entries(manifest()).find(([, a]) => a.exportedName === "addCommentAction")!;
  const worker = Object.keys(entry.workers)[0];
  const page = (
    "/" +
    worker
      .replace(/^app\//, "")
      .replace(/\/page$/, "")
      .split("/")
      .filter((s) => !s.startsWith("("))
      .join("/")
  ).replace(/\[[^\]]+\]/g, "x");
  const post = (origin: string) =>
    context.request.post(page, {
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin },
      data: JSON.stringify([{ claimId: "x", body: "Cross-site comment" }]),
      maxRedirects: 0,
    });
  for (const origin of ["http://evil.example", "null", "http://127.0.0.1:1"]) {
    const response = await post(origin);
    expect(response.status(), origin).toBe(403);
    expect(await response.text()).toMatch(/not sent from a Factdesk page/);
  }
  // Our own Origin reaches the action, which refuses the unknown claim as input: not a 403, not a 500.
  const own = await post(new URL(baseURL!).origin);
  expect(own.status()).toBeLessThan(500);
  expect(own.status()).not.toBe(403);
  await context.close();
});

test("a desk address of no record answers 404 with the desk's message (its RSC payload says not found too)", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  // Well-formed addresses (the queue's links look like these) of things that are not there.
  for (const url of [
    "/desk/claims/cnotaclaimatall00000000000",
    "/desk/articles/cnoarticle0000000000000000",
    "/desk/tracked/cnotracked0000000000000000",
    "/desk/claimants/Nobody%20Ever",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByTestId("desk-not-found"), url).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Desk" }), url).toBeVisible();
    await expect(page.locator('meta[name="robots"]'), url).toHaveAttribute("content", /noindex/);
    // The router's request for the same page (Next.js answers a flight with 200 whatever it holds): the
    // desk's message, not a page.
    const rsc = await context.request.get(url, { headers: { RSC: "1" } });
    expect(await rsc.text(), `${url} (RSC)`).toContain("Not found on the desk");
  }
  // A claim that is there still answers 200, its workspace behind the desk's loading state.
  await page.goto("/desk");
  const href = await page.getByTestId("queue").locator('a[href^="/desk/claims/"]').first().getAttribute("href");
  expect(href).toMatch(/^\/desk\/claims\//);
  const response = await page.goto(href!);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("claim-quote")).toBeVisible();
  await context.close();
});
