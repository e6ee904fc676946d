import { defineConfig, devices } from "@playwright/test";

const port = process.env.E2E_PORT || "3100";
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || "file:./tests/.tmp/e2e.db";
// Test factories write to the same database file as the server under test.
process.env.DATABASE_URL = E2E_DATABASE_URL;

/**
 * On PostgreSQL (`npm run test:e2e:pg`) only the specs whose subject runs different code per database
 * (docs/testing.md, "What runs on both databases"): search (FTS5 or tsvector) and the import queue
 * (pg-boss) in intake, live updates (SQLite poll or LISTEN/NOTIFY), cache revalidation across
 * instances (NOTIFY) in publishing and multi-instance, and what PostgreSQL refuses in text (NUL) in
 * bad-urls. Everything else goes through the same lib functions, which the integration suite runs
 * on both databases.
 */
export const POSTGRES_SPECS = ["intake", "live", "multi-instance", "publishing", "bad-urls"].map((name) => `**/${name}.spec.ts`);
const postgres = /^postgres(ql)?:\/\//.test(E2E_DATABASE_URL);

export default defineConfig({
  testDir: "tests/e2e",
  ...(postgres ? { testMatch: POSTGRES_SPECS } : {}),
  fullyParallel: false,
  workers: 1,
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
    url: `http://127.0.0.1:${port}/claims`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
