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
    const spy = vi.spyOn(db, "$queryRawUnsafe").mockRejectedValueOnce(new Error("SQLITE_CANTOPEN: unable to open database file"));
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: "unreachable", error: "SQLITE_CANTOPEN: unable to open database file" });
    spy.mockRestore();
  });
});
