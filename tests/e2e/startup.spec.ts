import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { acceptingConnections, secondServerEnv } from "./helpers";

// A second production server on the same build and database, started by this test: what readers get
// from a server that has just started (a deploy, a restart behind a load balancer).
const PORT = Number(process.env.E2E_PORT || 3100) + 19;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let exited: string | null = null;

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const gone = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await gone;
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
