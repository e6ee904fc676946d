// The production server the Playwright suite drives: a fresh database, its own build folder.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { demoDecision } from "./demo-policy.mjs";
import { DEFAULT_E2E_DATABASE_URL, instanceDatabaseUrl, instanceDistDir, instancePort } from "./e2e-instances.mjs";
import {
  buildIfNeeded,
  builtFromTheseSources,
  copyBuild,
  copyBuildWithoutPages,
  databaseFile,
  dropDatabasePages,
  isPostgres,
  prepareDatabase,
  root,
} from "./prepare.mjs";

const port = process.env.E2E_PORT || "3100";
const env = {
  ...process.env,
  DATABASE_URL: process.env.E2E_DATABASE_URL || DEFAULT_E2E_DATABASE_URL,
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use",
  NODE_ENV: "production",
  // The suite signs in with the demo accounts: ask for them, since DATABASE_URL is set here.
  FACTDESK_DEMO: "1",
  // Shown on the methodology page and each verdict (tests/e2e/workflow.spec.ts reads it).
  FACTDESK_CORRECTIONS_EMAIL: "corrections@factdesk.test",
  // intake.spec imports an article from a page of this very server (a loopback address).
  FACTDESK_FETCH_PRIVATE_ADDRESSES: "1",
  // Every spec and the matrix send tips from 127.0.0.1: the limit itself is tested in tips.test.ts.
  FACTDESK_TIPS_PER_HOUR: "1000",
  FACTDESK_TIPS_PER_DAY: "1000",
  FACTDESK_TIPS_PER_SITE_HOUR: "1000",
  FACTDESK_TIPS_PER_NETWORK_HOUR: "1000",
  FACTDESK_URL_IMPORTS_PER_HOUR: "1000",
  // The specs read days and times as UTC's, whatever zone the shell sets for the desk.
  FACTDESK_TIME_ZONE: "UTC",
  // `npm test` type-checks before this runs; the build need not do it again.
  NEXT_BUILD_SKIP_TYPECHECK: "1",
  // Each run builds into an emptied folder: no build cache to write (next.config.mjs). Kept when iterating.
  NEXT_BUILD_CACHE: process.env.E2E_REUSE_BUILD === "1" ? "1" : "0",
};

// One server per Playwright worker (SQLite; playwright.config.ts passes E2E_INSTANCES).
const instances = isPostgres(env.DATABASE_URL) ? 1 : Math.max(1, Number(process.env.E2E_INSTANCES || 1));
const SQLITE_FILES = ["", "-wal", "-shm"];

// SQLite: a fresh file each run. PostgreSQL: the caller (scripts/with-postgres.mjs --e2e) made a fresh database.
if (!isPostgres(env.DATABASE_URL)) {
  for (let i = 0; i < instances; i++) {
    const file = databaseFile(instanceDatabaseUrl(env.DATABASE_URL, i));
    for (const suffix of SQLITE_FILES) fs.rmSync(file + suffix, { force: true });
  }
}
prepareDatabase(env, { demo: demoDecision(env).seed });
// A build prerenders public pages from the database it sees; served against another (fresh) database
// it must not show those. The PostgreSQL run (scripts/with-postgres.mjs --e2e) names the SQLite run's
// build in E2E_BUILD_FROM: when that is a build of these sources, it serves a copy without those pages.
// E2E_REUSE_BUILD=1 (while iterating locally) keeps a build of these sources the same way.
const shareFrom = process.env.E2E_BUILD_FROM;
if (shareFrom && shareFrom !== env.NEXT_DIST_DIR && builtFromTheseSources(shareFrom)) {
  const dropped = copyBuildWithoutPages(shareFrom, env.NEXT_DIST_DIR);
  console.log(`[factdesk] Serving the build in ${shareFrom}, without its pages rendered from its database (${dropped.join(", ")}).`);
} else if (process.env.E2E_REUSE_BUILD === "1" && builtFromTheseSources(env.NEXT_DIST_DIR)) {
  const dropped = dropDatabasePages(env.NEXT_DIST_DIR);
  console.log(`[factdesk] Reusing the build in ${env.NEXT_DIST_DIR}, without its pages rendered from an earlier database (${dropped.join(", ")}).`);
} else {
  fs.rmSync(path.join(root, env.NEXT_DIST_DIR), { recursive: true, force: true });
  buildIfNeeded(env);
}

const servers = [];
function serve(port, distDir, own = {}) {
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    env: { ...env, ...own, NEXT_DIST_DIR: distDir, PORT: port, HOSTNAME_BIND: "127.0.0.1" },
    stdio: "inherit",
  });
  servers.push(server);
  server.on("exit", (code) => {
    for (const other of servers) if (other !== server) other.kill("SIGTERM");
    process.exit(code ?? 0);
  });
}

async function answers(port) {
  for (let tries = 0; tries < 600; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/claims`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the end-to-end server on port ${port} did not answer within two minutes`);
}

// The other workers' servers: the same build (copied) on an identical copy of the database the build
// prerendered from, taken before any server has written to it. Instance 0 starts last, once they all
// answer, since Playwright waits for its page only.
for (let i = 1; i < instances; i++) {
  for (const suffix of SQLITE_FILES) {
    const from = databaseFile(env.DATABASE_URL) + suffix;
    if (fs.existsSync(from)) fs.copyFileSync(from, databaseFile(instanceDatabaseUrl(env.DATABASE_URL, i)) + suffix);
  }
  // Each server its own copy, so its own page cache, as on another machine.
  copyBuild(env.NEXT_DIST_DIR, instanceDistDir(env.NEXT_DIST_DIR, i));
  const own = instancePort(port, i);
  serve(own, instanceDistDir(env.NEXT_DIST_DIR, i), { DATABASE_URL: instanceDatabaseUrl(env.DATABASE_URL, i), NEXTAUTH_URL: `http://127.0.0.1:${own}` });
}
for (let i = 1; i < instances; i++) await answers(instancePort(port, i));

serve(port, env.NEXT_DIST_DIR);
// A second production instance on the same database (PostgreSQL only), with a copy of the build:
// its own page cache, as on another machine behind a load balancer.
const secondPort = process.env.E2E_SECOND_PORT;
if (secondPort && isPostgres(env.DATABASE_URL)) {
  const copy = env.NEXT_DIST_DIR + "-b";
  copyBuild(env.NEXT_DIST_DIR, copy);
  serve(secondPort, copy);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => servers.forEach((s) => s.kill(signal)));
