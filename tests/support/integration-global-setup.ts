import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

/** Migrate one template database with the committed migrations; every test file gets a copy. */
export default function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  execFileSync(path.resolve(__dirname, "../../node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: "pipe",
  });
}
