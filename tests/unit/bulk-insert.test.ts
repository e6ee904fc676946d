import { describe, expect, it } from "vitest";
import { bulkRows, insertStatement, newRowId } from "@/lib/bulk/insert";

const now = new Date("2026-12-04T10:00:00.000Z");
const told = { claimId: "c1", actorId: "u0" };

describe("batched inserts (lib/bulk/insert.ts)", () => {
  it("fills the defaults the Prisma client would: an id and the model's own times, never a given value", () => {
    const { columns, values } = bulkRows("Notification", [{ userId: "u1", kind: "ASSIGNED", readAt: null, ...told }], now);
    expect(columns).toEqual(["userId", "kind", "readAt", "claimId", "actorId", "id", "createdAt"]);
    expect(values[0].slice(0, 5)).toEqual(["u1", "ASSIGNED", null, "c1", "u0"]);
    expect(values[0][5]).toMatch(/^[0-9a-f-]{36}$/);
    expect(values[0][6]).toEqual(now);

    const given = new Date("2024-01-01T00:00:00Z");
    const source = bulkRows(
      "Source",
      [{ id: "s1", claimId: "c1", url: "https://x.example", title: "T", accessedAt: given, createdById: "u1", createdAt: given }],
      now,
    );
    expect(source.values[0]).toEqual(["s1", "c1", "https://x.example", "T", given, "u1", given]);
    // VerdictVersion's publishedAt defaults to now(); Article's and Claim's updatedAt are @updatedAt.
    expect(
      bulkRows("VerdictVersion", [{ verdictId: "v", number: 1, rating: "TRUE", summary: "s", rationale: "r", publishedById: "u" }], now).columns,
    ).toContain("publishedAt");
  });

  it("fills ids that sort in the order they were made, so a load appends to each primary key", () => {
    const rows = Array.from({ length: 500 }, () => ({ userId: "u1", kind: "ASSIGNED" as const, readAt: null, ...told }));
    const first = bulkRows("Notification", rows, now);
    const second = bulkRows("Notification", rows, now);
    const ids = [...first.values, ...second.values].map((row) => String(row[first.columns.indexOf("id")]));
    expect(new Set(ids).size).toBe(1000);
    // Made in one millisecond or across several, each id sorts after the one before it (UUIDv7).
    expect(ids).toEqual([...ids].sort());
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const made = [newRowId(), newRowId(), newRowId()];
    expect(made).toEqual([...made].sort());
    expect(made[0] > ids[999]).toBe(true);
  });

  it("refuses rows that name different columns, or values that are not plain", () => {
    expect(() =>
      bulkRows("Notification", [
        { userId: "u1", kind: "ASSIGNED", ...told },
        { userId: "u2", kind: "ASSIGNED", readAt: now, ...told },
      ]),
    ).toThrow(/row 1 names other columns/);
    expect(() => bulkRows("Notification", [{ userId: "u1", kind: "ASSIGNED", ...told, note: { text: "x" } as unknown as string }])).toThrow(
      /not a plain value/,
    );
    expect(bulkRows("Claim", [])).toEqual({ columns: [], values: [] });
    // Names become identifiers in the statement: nothing but a known table and plain names.
    const hostile = { userId: "u1", kind: "ASSIGNED", ...told, ['note") VALUES (1); --']: "x" } as unknown as {
      userId: string;
      kind: "ASSIGNED";
      claimId: string;
      actorId: string;
    };
    expect(() => bulkRows("Notification", [hostile])).toThrow(/is not a column name/);
    expect(() => bulkRows('User" --' as "Claim", [])).toThrow(/no table/);
  });

  it("sends a chunk as one JSON parameter, times and booleans as SQLite keeps them", () => {
    const { sql, param } = insertStatement("Article", ["id", "isDemo", "publishedAt"], [["a1", true, now]], false);
    expect(sql).toBe(`INSERT INTO "Article" ("id", "isDemo", "publishedAt") SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`);
    expect(JSON.parse(param)).toEqual([["a1", 1, "2026-12-04T10:00:00.000+00:00"]]);
  });

  it("lets PostgreSQL type each value by its column", () => {
    const { sql, param } = insertStatement("Article", ["id", "isDemo", "publishedAt"], [["a1", false, now]], true);
    expect(sql).toBe(
      `INSERT INTO "Article" ("id", "isDemo", "publishedAt") SELECT "id", "isDemo", "publishedAt" FROM json_populate_recordset(NULL::"Article", $1::json)`,
    );
    expect(JSON.parse(param)).toEqual([{ id: "a1", isDemo: false, publishedAt: "2026-12-04T10:00:00.000Z" }]);
  });
});
