import { defineConfig, devices } from "@playwright/test";
import { DEFAULT_E2E_DATABASE_URL, instanceDatabaseUrl, instancePort } from "./scripts/e2e-instances.mjs";

const basePort = process.env.E2E_PORT || "3100";
const databaseUrl = process.env.E2E_DATABASE_URL || DEFAULT_E2E_DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//.test(databaseUrl);

/**
 * On SQLite each worker drives its own server on its own copy of the freshly seeded database (one
 * build, scripts/e2e-server.mjs), so specs never see each other's writes. On PostgreSQL one worker:
 * the suite is five specs, two of which need both instances on one database.
 */
const workers = postgres ? 1 : Math.max(1, Number(process.env.E2E_WORKERS || 2));
// Set in each worker process (not in the runner): that worker's server and database. Specs read
// E2E_PORT and factories read DATABASE_URL, so both are pointed at the worker's instance here.
const slot = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const port = instancePort(basePort, slot);
if (process.env.TEST_PARALLEL_INDEX !== undefined) process.env.E2E_PORT = port;
// Test factories write to the same database file as the server under test.
process.env.DATABASE_URL = instanceDatabaseUrl(databaseUrl, slot);

/**
 * On PostgreSQL (`npm run test:e2e:pg`) only the specs whose subject runs different code per database
 * (docs/testing.md, "What runs on both databases"): search (FTS5 or tsvector) and the import queue
 * (pg-boss) in intake, live updates (SQLite poll or LISTEN/NOTIFY), cache revalidation across
 * instances (NOTIFY) in publishing and multi-instance, what PostgreSQL refuses in text (NUL) in
 * bad-urls, and readers' questions matched through the search index in tips. Everything else goes
 * through the same lib functions, which the integration suite runs on both databases.
 */
export const POSTGRES_SPECS = ["intake", "live", "multi-instance", "publishing", "bad-urls", "tips"].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: "tests/e2e",
  ...(postgres ? { testMatch: POSTGRES_SPECS } : {}),
  fullyParallel: false,
  workers,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    // e2e-server.mjs starts instance 0 last, once the others answer: its page means all are up.
    env: { E2E_INSTANCES: String(workers) },
    url: `http://127.0.0.1:${basePort}/claims`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
