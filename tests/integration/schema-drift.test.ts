import { spawn } from "node:child_process";
import path from "node:path";
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
