import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db-url";
import { READER_QUEUE_LIMIT, readRows, readerStats } from "@/lib/sqlite-reader";
import { candidateClaims } from "@/lib/search/engine";
import { clearTermFrequencies } from "@/lib/search/candidates";
import { makeArticle, makeClaim, makeUser } from "../support/factories";

const claimCount = async () => Number((await readRows<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM "Claim"`))[0].n);

// A statement that keeps SQLite busy for a while (a few hundred milliseconds on this machine).
const SLOW = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT count(*) AS n FROM n`;

describe.skipIf(databaseKind() !== "sqlite")("SQLite reads off the serving thread (lib/sqlite-reader.ts)", () => {
  it("reads committed rows, binding each call's own arguments", async () => {
    const actor = await makeUser("REVIEWER");
    const first = await makeClaim(actor, "Unemployment fell to 4.1% last year");
    const second = await makeClaim(actor, "the city built 1,200 new homes in 2023");
    const quoteOf = `SELECT "id" AS id, "quote" AS quote FROM "Claim" WHERE "id" = ?`;
    // One statement, kept by its SQL, run with each call's own argument.
    expect(await readRows(quoteOf, first.id)).toEqual([{ id: first.id, quote: "Unemployment fell to 4.1% last year" }]);
    expect(await readRows(quoteOf, second.id)).toEqual([{ id: second.id, quote: "the city built 1,200 new homes in 2023" }]);
    expect(await readRows(quoteOf, "no-such-claim")).toEqual([]);
    expect(await readRows(quoteOf, first.id)).toEqual([{ id: first.id, quote: "Unemployment fell to 4.1% last year" }]);
  });

  it("keeps reading the file it first read, as the Prisma client does, when DATABASE_URL changes later", async () => {
    const actor = await makeUser("REVIEWER");
    await makeClaim(actor);
    const before = await claimCount();
    const url = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "file:./tests/.tmp/no-such-folder/other.db";
    try {
      expect(await claimCount()).toBe(before);
    } finally {
      process.env.DATABASE_URL = url;
    }
  });

  it("refuses to write, whatever SQL reaches it", async () => {
    const article = await makeArticle();
    const update = `UPDATE "Article" SET "title" = 'Changed' WHERE "id" = ? RETURNING "id"`;
    await expect(readRows(update, article.id)).rejects.toThrow(/readonly/i);
    // A pragma takes effect as SQLite prepares it: turning the guard off still writes nothing.
    await expect(readRows(`PRAGMA query_only = OFF`)).rejects.toThrow(/only statements that return rows/);
    await expect(readRows(update, article.id)).rejects.toThrow(/readonly/i);
    await expect(readRows(`ATTACH DATABASE ':memory:' AS other`)).rejects.toThrow(/only statements that return rows/);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).title).toBe(article.title);
  });

  it("reads what was committed, neither waiting for a transaction in flight nor seeing its rows", async () => {
    const actor = await makeUser("REVIEWER");
    const before = await claimCount();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seenInside = -1;
    const transaction = db.$transaction(async (tx) => {
      const quote = "Critics argue that most of them are luxury flats";
      const article = await tx.article.create({ data: { title: "Open transaction", outlet: "Test Gazette", text: `${quote}.` } });
      await tx.claim.create({
        data: { quote, prefix: "", suffix: ".", start: 0, end: quote.length, claimant: "Critics", articleId: article.id, createdById: actor.id },
      });
      // The read is made while this transaction is open, and answers before it ends.
      seenInside = await claimCount();
      release();
    });
    await held;
    await transaction;
    expect(seenInside).toBe(before);
    expect(await claimCount()).toBe(before + 1);
  });

  it("leaves the serving thread free while a long read runs", async () => {
    let readDone = false;
    const read = readRows<{ n: number }[]>(SLOW, 3_000_000).then((rows) => {
      readDone = true;
      return rows;
    });
    // A timer set now fires as soon as this thread is free. Run here, the statement would hold the
    // thread to its end, and the timer would see it done.
    const doneWhenTimerRan = await new Promise<boolean>((resolve) => setTimeout(() => resolve(readDone), 0));
    expect(doneWhenTimerRan).toBe(false);
    expect((await read)[0].n).toBe(3_000_000);
  });

  it("reads on the server's own connection rather than queue without end", async () => {
    const before = readerStats.overflowed;
    const reads = Array.from({ length: READER_QUEUE_LIMIT + 8 }, () => readRows<{ n: number | bigint }[]>(SLOW, 20_000));
    const answers = await Promise.all(reads);
    expect(answers.map((rows) => Number(rows[0].n))).toEqual(answers.map(() => 20_000));
    expect(readerStats.overflowed - before).toBeGreaterThanOrEqual(7);
  });

  it("gives the repeat candidates from the full-text index", async () => {
    const actor = await makeUser("REVIEWER");
    clearTermFrequencies();
    const claim = await makeClaim(actor, "Critics argue that most of them are luxury flats");
    const candidates = await candidateClaims({ text: "Most of the new flats are luxury flats, critics say" });
    expect(candidates.map((c) => c.id)).toContain(claim.id);
  });
});
