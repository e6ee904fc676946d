// The production server the Playwright suite drives: a fresh database, its own build folder.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { demoDecision } from "./demo-policy.mjs";
import { buildIfNeeded, databaseFile, isPostgres, prepareDatabase, root } from "./prepare.mjs";

const port = process.env.E2E_PORT || "3100";
const env = {
  ...process.env,
  DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./tests/.tmp/e2e.db",
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use",
  NODE_ENV: "production",
  // The suite signs in with the demo accounts: ask for them, since DATABASE_URL is set here.
  FACTDESK_DEMO: "1",
};

// SQLite: a fresh file each run. PostgreSQL: the caller (scripts/with-postgres.mjs --e2e) made a fresh database.
if (!isPostgres(env.DATABASE_URL)) {
  const file = databaseFile(env.DATABASE_URL);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
prepareDatabase(env, { demo: demoDecision(env).seed });
// A build prerenders public pages from the database it sees, so the suite builds against its fresh
// database every time; E2E_REUSE_BUILD=1 skips that while iterating locally.
if (process.env.E2E_REUSE_BUILD === "1") buildIfNeeded(env);
else {
  fs.rmSync(path.join(root, env.NEXT_DIST_DIR), { recursive: true, force: true });
  buildIfNeeded(env);
}

const servers = [];
function serve(port, distDir) {
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    env: { ...env, NEXT_DIST_DIR: distDir, PORT: port, HOSTNAME_BIND: "127.0.0.1" },
    stdio: "inherit",
  });
  servers.push(server);
  server.on("exit", (code) => {
    for (const other of servers) if (other !== server) other.kill("SIGTERM");
    process.exit(code ?? 0);
  });
}

serve(port, env.NEXT_DIST_DIR);
// A second production instance on the same database (PostgreSQL only), with a copy of the build:
// its own page cache, as on another machine behind a load balancer.
const secondPort = process.env.E2E_SECOND_PORT;
if (secondPort && isPostgres(env.DATABASE_URL)) {
  const copy = env.NEXT_DIST_DIR + "-b";
  fs.rmSync(path.join(root, copy), { recursive: true, force: true });
  fs.cpSync(path.join(root, env.NEXT_DIST_DIR), path.join(root, copy), { recursive: true });
  serve(secondPort, copy);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => servers.forEach((s) => s.kill(signal)));
