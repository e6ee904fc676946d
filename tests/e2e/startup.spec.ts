import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { acceptingConnections, secondServerEnv } from "./helpers";
import { publishedClaimOnDemo } from "./factories";

// A second production server on the same build and database, started by this test: what readers get
// from a server that has just started (a deploy, a restart behind a load balancer).
const PORT = Number(process.env.E2E_PORT || 3100) + 19;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let exited: string | null = null;
let lateServer: ChildProcess | undefined;
let restarted: ChildProcess | undefined;

test.afterAll(async () => {
  for (const child of [server, lateServer, restarted]) {
    if (child && child.exitCode === null) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    }
  }
});

test("verdict addresses asked for the moment a server accepts connections are answered, none with an error", async () => {
  test.setTimeout(120_000);
  const published = await db.claim.findFirstOrThrow({ where: { status: "PUBLISHED", slug: { not: null } }, select: { slug: true } });
  server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: secondServerEnv(PORT),
    stdio: "inherit",
  });
  server.once("exit", (code, signal) => (exited = `the server exited (${code ?? signal})`));
  // No health check first: that request would start the app before the readers' requests do. The port
  // is polled only while the server started here runs (not another process on it).
  await expect
    .poll(async () => exited ?? (await acceptingConnections(PORT)), { message: "the server did not start", timeout: 90_000, intervals: [25] })
    .toBe(true);
  const paths = [...Array.from({ length: 12 }, () => `/claims/${published.slug}`), "/claims/no-such-verdict", `/embed/claims/${published.slug}`];
  const statuses = await Promise.all(paths.map((p) => fetch(BASE + p).then((r) => r.status)));
  expect(statuses).toEqual([...Array.from({ length: 12 }, () => 200), 404, 200]);
});

// The same, with the retraction check installed 30 s late (late-retraction-check.mjs): a verdict is never
// served without the check (it could have been withdrawn), so a reader is asked to come back (503 with
// Retry-After) after 10 s of waiting for it, and served once it is there. (The delay counts from the app's
// start, before the server listens: at 12 s, a start slowed by a busy machine left the check less than the
// 10 s wait away, and the verdict was rightly served.)
test("a verdict address asked before the retraction check is in place is answered 503 with Retry-After, never the verdict, and served once it is", async () => {
  test.setTimeout(200_000);
  const published = await db.claim.findFirstOrThrow({ where: { status: "PUBLISHED", slug: { not: null } }, select: { slug: true } });
  const port = PORT + 1;
  let lateExited: string | null = null;
  lateServer = spawn(process.execPath, ["--import", path.resolve("tests/e2e/late-retraction-check.mjs"), "scripts/serve.mjs"], {
    env: secondServerEnv(port, { LATE_CHECK_MS: "30000" }),
    stdio: "inherit",
  });
  lateServer.once("exit", (code, signal) => (lateExited = `the server exited (${code ?? signal})`));
  await expect
    .poll(async () => lateExited ?? (await acceptingConnections(port)), { message: "the server did not start", timeout: 90_000, intervals: [25] })
    .toBe(true);
  const asked = Date.now();
  const early = await fetch(`http://127.0.0.1:${port}/claims/${published.slug}`);
  const body = await early.text();
  expect(early.status).toBe(503);
  expect(early.headers.get("retry-after")).toBe("5");
  expect(early.headers.get("cache-control")).toBe("no-store");
  expect(body).not.toContain(published.slug);
  // It waited for the check first (10 s), not refused at once.
  expect(Date.now() - asked).toBeGreaterThanOrEqual(9_000);
  // Other pages do not wait for it.
  expect((await fetch(`http://127.0.0.1:${port}/methodology`)).status).toBe(200);
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/claims/${published.slug}`)).status, { timeout: 60_000, intervals: [500] }).toBe(200);
});

// Next keeps the pages it cached on disk across a restart. What they show may change while the instance is
// down (another instance corrects or unpublishes a verdict, a restore): a restarted server refreshes them
// before its first reader (attacker review, 7 Dec: it served the old summary and a withheld source).
test("a restarted server does not serve a verdict page cached before it stopped, when the verdict changed meanwhile", async () => {
  test.setTimeout(200_000);
  const port = PORT + 2;
  const start = async () => {
    let gone: string | null = null;
    const child = spawn(process.execPath, ["scripts/serve.mjs"], { env: secondServerEnv(port), stdio: "inherit" });
    child.once("exit", (code, signal) => (gone = `the server exited (${code ?? signal})`));
    await expect
      .poll(async () => gone ?? (await acceptingConnections(port)), { message: "the server did not start", timeout: 90_000, intervals: [50] })
      .toBe(true);
    return child;
  };
  const stop = async (child: ChildProcess) => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const claim = await publishedClaimOnDemo("the pomp and circumstance reflecting the totalitarian nature");
  const page = `http://127.0.0.1:${port}/claims/${claim.slug}`;
  restarted = await start();
  expect(await (await fetch(page)).text()).toContain("A forecast that cannot be checked yet.");
  expect((await fetch(page)).headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
  await stop(restarted);
  await db.verdict.update({ where: { claimId: claim.id }, data: { summary: "Summary changed while the server was down." } });
  restarted = await start();
  const again = await (await fetch(page)).text();
  expect(again).toContain("Summary changed while the server was down.");
  expect(again).not.toContain("A forecast that cannot be checked yet.");
});
