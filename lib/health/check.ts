import fs from "node:fs";
import path from "node:path";
import { db } from "../db";
import { databaseKind } from "../db-url";

/** Migrations committed with this build, by folder name. */
function expectedMigrations(): string[] {
  const folder = databaseKind() === "postgres" ? ["prisma", "postgres", "migrations"] : ["prisma", "migrations"];
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), ...folder);
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** For load balancers: is the database reachable, and are all of this build's migrations applied? */
export async function checkHealth() {
  const started = Date.now();
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expectedMigrations().filter((m) => !applied.has(m));
    return {
      ok: pending.length === 0,
      database: "reachable" as const,
      migrations: { applied: applied.size, pending },
      latencyMs: Date.now() - started,
    };
  } catch (error) {
    // Anyone may ask: the reason (a host, a port, a user name) goes to the server's log, not the answer.
    console.error("[health] the database did not answer:", error instanceof Error ? error.message.split("\n")[0] : error);
    return {
      ok: false,
      database: "unreachable" as const,
      error: "The database did not answer; the server's log says why.",
      latencyMs: Date.now() - started,
    };
  }
}
