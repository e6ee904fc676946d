import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drift } from "../support/prisma-models";
import { describe, expect, it } from "vitest";
import { databaseKind } from "@/lib/db-url";

/**
 * Run `prisma db push` and return what it printed once it has said whether the database was in sync.
 * The CLI's PostgreSQL pool (prisma.config.ts) keeps the process alive for a minute after it is done,
 * so the child is stopped as soon as its verdict is printed.
 */
function dbPush(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve(__dirname, "../../node_modules/.bin/prisma"), ["db", "push", "--skip-generate"], { env: { ...process.env } });
    let output = "";
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      child.kill("SIGKILL");
      resolve(output);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/in sync|Error|error:/.test(output)) setTimeout(finish, 500);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", finish);
  });
}

// On PostgreSQL: the committed migrations, applied to this file's fresh database, give exactly the
// data model of prisma/postgres/schema.prisma. `prisma db push` compares the two and reports
// "already in sync" only when nothing differs (it would otherwise change this throwaway database).
describe.skipIf(databaseKind() !== "postgres")("PostgreSQL migrations match the derived schema", () => {
  it("prisma db push finds nothing to change after migrate deploy", async () => {
    const output = await dbPush();
    expect(output).toContain("The database is already in sync with the Prisma schema.");
  }, 120_000);
});

/** `prisma db pull --print` of a SQLite file: the tables as the database has them. */
function pull(url: string): string {
  return execFileSync(path.resolve(__dirname, "../../node_modules/.bin/prisma"), ["db", "pull", "--print"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "ignore"],
  }).toString();
}

// On SQLite: the committed migrations, applied to this file's fresh database, give exactly the tables,
// columns and indexes of prisma/schema.prisma (the search index's FTS5 tables are the migrations' own).
describe.skipIf(databaseKind() !== "sqlite")("SQLite migrations match the schema", () => {
  const FTS = /_fts(_\w+)?$/;
  const schema = readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");

  it("the migrated database has every table, column and index of the schema, and nothing else", () => {
    expect(drift(schema, pull(process.env.DATABASE_URL!), FTS)).toEqual([]);
  }, 60_000);

  it("a column or index the migrations lack is reported", () => {
    const copy = path.join(tmpdir(), `drift-${process.pid}.db`);
    copyFileSync(process.env.DATABASE_URL!.replace(/^file:/, ""), copy);
    const sqlite = new Database(copy);
    sqlite.exec('DROP INDEX "ImportJob_createdById_createdAt_idx"; ALTER TABLE "ImportJob" DROP COLUMN "error";');
    sqlite.close();
    try {
      expect(drift(schema, pull(`file:${copy}`), FTS)).toEqual([
        "ImportJob: column error String? missing or different",
        "ImportJob: @@index([createdById, createdAt]) missing",
      ]);
    } finally {
      rmSync(copy, { force: true });
    }
  }, 60_000);
});
