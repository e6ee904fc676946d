import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { SHUTDOWN_GRACE_MS } from "../../scripts/drain.mjs";
import { acceptingConnections, secondServerEnv, signIn, untilHealthy, USERS } from "./helpers";

// A second production server on the same build and database, stopped by this test as a deploy or
// `docker stop` stops one (SIGTERM), while a reader loads a page and another has a claim open live.
// Its comment queries are slow (slow-comments.mjs), so a claim page is still under way at the signal.
const PORT = Number(process.env.E2E_PORT || 3100) + 18;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

test.afterAll(() => {
  if (server && server.exitCode === null) server.kill("SIGKILL");
});

/** A GET whose answer is read to its end: status, headers, body, and when it ended. */
function get(url: string, headers: Record<string, string>, onFirstChunk?: () => void) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; endedAt: number }>((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (body === "") onFirstChunk?.();
          body += chunk;
        });
        // A live stream cut by the server ends with "aborted"/"close", not "end": either way it is over.
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, endedAt: Date.now() });
        res.on("end", done);
        res.on("close", done);
      })
      .on("error", reject);
  });
}

test("a server told to stop finishes the page under way, ends live streams at once, takes no one new and exits 0", async ({ browser }) => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, ["--import", path.resolve("tests/e2e/slow-comments.mjs"), "scripts/serve.mjs"], {
    env: secondServerEnv(PORT, { SLOW_QUERY_MS: "1500" }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  server.stdout!.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => server!.once("exit", (code) => resolve({ code, at: Date.now() })));
  await untilHealthy(BASE, "the server did not start");

  const context = await browser.newContext({ baseURL: BASE });
  await signIn(context, USERS.editor);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  const claim = await db.claim.findFirstOrThrow({ where: { status: "RESEARCHING" }, select: { id: true, quote: true } });

  // A live stream, open (its first event has come).
  let streaming!: () => void;
  const streamOpen = new Promise<void>((resolve) => (streaming = resolve));
  const live = get(`${BASE}/api/live/claims/${claim.id}`, { cookie, accept: "text/event-stream" }, () => streaming());
  await streamOpen;
  // A claim page under way: its comments take 1.5 s.
  const started = Date.now();
  const page = get(`${BASE}/desk/claims/${claim.id}`, { cookie });
  await new Promise((resolve) => setTimeout(resolve, 300));

  const signalled = Date.now();
  server.kill("SIGTERM");
  // No one new: the port is closed at once.
  await expect.poll(() => acceptingConnections(PORT), { timeout: 2_000, intervals: [50] }).toBe(false);

  const stream = await live;
  // At once, not when the slow comment query ends (slow-comments.mjs sleeps before its SQLite turn, as
  // a real slow query would, so nothing else waits for it).
  expect(stream.endedAt - signalled, "the live stream is ended at once, not at the end of the grace time").toBeLessThan(1_500);
  const answer = await page;
  expect(answer.status).toBe(200);
  // The whole page, comments and all, though the server was told to stop while they were read.
  expect(answer.body).toContain("</html>");
  expect(answer.endedAt - started).toBeGreaterThanOrEqual(1_500);
  const { code, at } = await exited;
  expect(code).toBe(0);
  expect(at - signalled).toBeLessThan(SHUTDOWN_GRACE_MS);
  expect(output).toContain("Stopped: every request finished.");
});
