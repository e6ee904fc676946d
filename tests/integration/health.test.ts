import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";

describe("GET /api/health", () => {
  it("is ok when the database answers and all migrations are applied", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "reachable", migrations: { pending: [] } });
    expect(body.migrations.applied).toBeGreaterThanOrEqual(3);
  });

  it("answers 503 when a migration is missing", async () => {
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name LIKE '%intake'`);
    const response = await GET();
    expect(response.status).toBe(503);
    expect((await response.json()).migrations.pending).toEqual(["20261129020000_intake"]);
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name LIKE '%intake'`);
  });

  it("answers 503 when the database cannot be reached", async () => {
    const spy = vi.spyOn(db, "$queryRawUnsafe").mockRejectedValueOnce(new Error("SQLITE_CANTOPEN: unable to open database file"));
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: "unreachable", error: "SQLITE_CANTOPEN: unable to open database file" });
    spy.mockRestore();
  });
});
