import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

// Each test file runs against its own copy of the migrated database: a real SQLite file.
const file = path.join(TMP_DIR, `it-${randomUUID()}.db`);
fs.copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
delete (globalThis as { factdeskDb?: unknown }).factdeskDb;

afterAll(async () => {
  const holder = globalThis as { factdeskDb?: { $disconnect(): Promise<void> } };
  await holder.factdeskDb?.$disconnect();
  delete holder.factdeskDb;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
});
