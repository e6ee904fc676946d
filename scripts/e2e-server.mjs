// The production server the Playwright suite drives: a fresh database, its own build folder.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded, databaseFile, prepareDatabase, root } from "./prepare.mjs";

const port = process.env.E2E_PORT || "3100";
const env = {
  ...process.env,
  DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./tests/.tmp/e2e.db",
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use",
  NODE_ENV: "production",
};

const file = databaseFile(env.DATABASE_URL);
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
prepareDatabase(env);
// A build prerenders public pages from the database it sees, so the suite builds against its fresh
// database every time; E2E_REUSE_BUILD=1 skips that while iterating locally.
if (process.env.E2E_REUSE_BUILD === "1") buildIfNeeded(env);
else {
  fs.rmSync(path.join(root, env.NEXT_DIST_DIR), { recursive: true, force: true });
  buildIfNeeded(env);
}

const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, env: { ...env, PORT: port, HOSTNAME_BIND: "127.0.0.1" }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
