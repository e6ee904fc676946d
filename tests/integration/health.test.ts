import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db-url";

// The newest committed migration of the database under test.
const folder = databaseKind() === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations";
const migrations = fs
  .readdirSync(path.resolve(__dirname, "../..", folder), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const newest = migrations[migrations.length - 1]!;

describe("GET /api/health", () => {
  it("is ok when the database answers and all migrations are applied", async () => {
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "reachable", migrations: { pending: [] } });
    expect(body.migrations.applied).toBe(migrations.length);
  });

  it("answers 503 when a migration is missing", async () => {
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = '${newest}'`);
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(503);
    expect((await response.json()).migrations.pending).toEqual([newest]);
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = '${newest}'`);
  });

  it("answers 503 when the database cannot be reached", async () => {
    const reason = 'password authentication failed for user "factdesk" at db.internal:5432';
    const spy = vi.spyOn(db, "$queryRawUnsafe").mockRejectedValueOnce(new Error(reason));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(503);
    // Anyone may ask: the answer says what, the server's log says why.
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      status: "unavailable",
      database: "unreachable",
      error: "The database did not answer; the server's log says why.",
    });
    expect(text).not.toContain("factdesk");
    expect(log).toHaveBeenCalledWith("[health] the database did not answer:", reason);
    spy.mockRestore();
    log.mockRestore();
  });
});
