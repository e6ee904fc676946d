import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { vacuumAfterLoad, insertRows, ROWS_PER_STATEMENT, type BulkModel } from "@/lib/bulk/insert";
import { databaseKind } from "@/lib/db-url";
import { statusTally } from "@/lib/claims/tally";
import { searchDesk } from "@/lib/search";
import { makeClaim, makeUser } from "../support/factories";

// Rows written by insertRows must read back exactly as rows the Prisma client writes, on both databases:
// every type (text with quotes and emoji, times, booleans, enums, nulls), the triggers (search, counts),
// and the transaction around them.
const TEXT = `The "minister" said: 50% isn't — ‘100 countries’ 🌍 \\ back\\slash; DROP TABLE "Claim"; -- and {"json": [1]}`;

function article(id: string, createdById: string) {
  return {
    id,
    title: `Bulk ${id}`,
    outlet: "Bulk Gazette",
    url: null,
    publishedAt: new Date("2024-06-20T10:30:00.123Z"),
    text: TEXT,
    createdById,
    isDemo: false,
  };
}
function claim(id: string, articleId: string, createdById: string, status: "NEW" | "PUBLISHED") {
  return {
    id,
    articleId,
    quote: TEXT,
    prefix: "",
    suffix: "",
    start: 0,
    end: TEXT.length,
    claimant: "Ministry of Finance",
    claimantType: "ORGANIZATION" as const,
    claimDate: new Date("2024-06-20T00:00:00Z"),
    status,
    slug: status === "PUBLISHED" ? `bulk-${id}` : null,
    publishedAt: status === "PUBLISHED" ? new Date("2024-07-01T08:00:00Z") : null,
    createdById,
    priority: "HIGH" as const,
  };
}

describe("batched inserts (lib/bulk/insert.ts) on the database", () => {
  it("writes rows that read back as the client's own, with their triggers", async () => {
    const author = await makeUser("REVIEWER");
    const [viaClient, viaBulk] = [randomUUID(), randomUUID()];
    const now = new Date("2026-12-04T10:00:00.000Z");
    await db.article.createMany({ data: [{ ...article(viaClient, author.id), createdAt: now, updatedAt: now }] });
    await db.claim.createMany({ data: [{ ...claim(viaClient, viaClient, author.id, "PUBLISHED"), createdAt: now, updatedAt: now }] });
    await db.$transaction(async (tx) => {
      expect(await insertRows(tx, "Article", [article(viaBulk, author.id)], now)).toBe(1);
      expect(await insertRows(tx, "Claim", [claim(viaBulk, viaBulk, author.id, "PUBLISHED")], now)).toBe(1);
    });
    const read = async (id: string) => {
      const {
        id: _id,
        articleId: _a,
        slug,
        ...rest
      } = await db.claim.findUniqueOrThrow({ where: { id }, include: { article: { omit: { id: true, title: true } } } });
      return { ...rest, slug: slug?.replace(id, "…") };
    };
    expect(await read(viaBulk)).toEqual(await read(viaClient));
    expect((await read(viaBulk)).article.text).toBe(TEXT);

    // The search index and the counts are kept by triggers: the bulk rows are in both.
    expect((await statusTally()).find((t) => t.status === "PUBLISHED")?.count).toBe(2);
    const found = await searchDesk({ actor: author, query: { q: "minister countries", type: "claim", page: 1 } });
    expect(found.results.map((r) => r.id).sort()).toEqual([viaClient, viaBulk].sort());
    // Filters compare times stored by both paths alike.
    expect(await db.claim.count({ where: { publishedAt: { gte: new Date("2024-07-01T08:00:00Z"), lte: new Date("2024-07-01T08:00:00Z") } } })).toBe(2);
  });

  it("has every claim's kept repeats matched again once claims are loaded (their times may be older)", async () => {
    const author = await makeUser("REVIEWER");
    const viewed = await makeClaim(author);
    await db.claimRepeatScan.create({ data: { claimId: viewed.id, quoteHash: "h", through: new Date(), repeats: "[]", matchedAt: new Date() } });
    await db.$transaction((tx) => insertRows(tx, "Article", [article(randomUUID(), author.id)]));
    expect(await db.claimRepeatScan.count({ where: { claimId: viewed.id } })).toBe(1);
    await vacuumAfterLoad(db, ["Article"]);
    expect(await db.claimRepeatScan.count({ where: { claimId: viewed.id } })).toBe(1);
    const id = randomUUID();
    await db.$transaction(async (tx) => {
      await insertRows(tx, "Article", [article(id, author.id)]);
      await insertRows(tx, "Claim", [{ ...claim(id, id, author.id, "NEW"), createdAt: new Date("2020-01-01T00:00:00Z") }]);
    });
    await vacuumAfterLoad(db, ["Article", "Claim"]);
    expect(await db.claimRepeatScan.count({ where: { claimId: viewed.id } })).toBe(0);
  });

  it("writes more rows than one statement holds, and nothing when the transaction fails", async () => {
    const user = await makeUser("REVIEWER");
    const { id: claimId } = await makeClaim(user);
    const rows = Array.from({ length: ROWS_PER_STATEMENT + 5 }, (_, i) => ({
      userId: user.id,
      claimId,
      actorId: user.id,
      kind: "MENTIONED" as const,
      note: `n${i}`,
      readAt: null,
    }));
    expect(await db.$transaction((tx) => insertRows(tx, "Notification", rows))).toBe(ROWS_PER_STATEMENT + 5);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(ROWS_PER_STATEMENT + 5);
    expect(await db.notification.count({ where: { userId: user.id, note: `n${ROWS_PER_STATEMENT + 4}` } })).toBe(1);

    const other = await makeUser("REVIEWER");
    await expect(
      db.$transaction(async (tx) => {
        await insertRows(tx, "Notification", [{ userId: other.id, claimId, actorId: other.id, kind: "MENTIONED", readAt: null }]);
        // A claim of an article that does not exist: the foreign key refuses it, and the batch goes with it.
        await insertRows(tx, "Claim", [claim(randomUUID(), randomUUID(), other.id, "NEW")]);
      }),
    ).rejects.toThrow();
    expect(await db.notification.count({ where: { userId: other.id } })).toBe(0);
  });

  it("vacuums PostgreSQL's tables and brings their planner statistics up to date after a load, and asks nothing of SQLite", async () => {
    await expect(vacuumAfterLoad(db, ['Claim"; DROP TABLE "Claim' as BulkModel])).rejects.toThrow(/no table/);
    await vacuumAfterLoad(db, ["Notification"]);
    if (databaseKind() === "postgres") {
      const [row] = await db.$queryRawUnsafe<{ analyzed: Date | null; vacuumed: Date | null }[]>(
        `SELECT last_analyze AS analyzed, last_vacuum AS vacuumed FROM pg_stat_user_tables WHERE relname = 'Notification'`,
      );
      expect(row.analyzed).not.toBeNull();
      expect(row.vacuumed).not.toBeNull();
    } else {
      const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'`);
      expect(Number(row.n)).toBe(0);
    }
  });
});
