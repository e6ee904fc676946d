import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": path.dirname(fileURLToPath(import.meta.url)) };

// Tests that only make sense on the embedded database (file backups, journal modes, SIGKILL of a SQLite writer).
const SQLITE_ONLY = ["tests/integration/backup.test.ts", "tests/integration/crash.test.ts"];

const integration = { include: ["tests/integration/**/*.test.ts"], environment: "node" as const, testTimeout: 30_000, hookTimeout: 60_000 };
// The tests' days and times are UTC's, whatever zone the shell running them sets for the desk (lib/days.ts).
const env = { FACTDESK_TIME_ZONE: "" };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "integration",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          env,
        },
      },
      {
        // The same integration suite on PostgreSQL: `npm run test:integration:pg` (needs TEST_POSTGRES_URL).
        resolve: { alias },
        test: {
          ...integration,
          name: "integration-pg",
          exclude: SQLITE_ONLY,
          globalSetup: ["tests/support/integration-global-setup-pg.ts"],
          setupFiles: ["tests/support/integration-setup-pg.ts"],
          env: { ...env, FACTDESK_TEST_DB: "postgres" },
        },
      },
    ],
  },
});
