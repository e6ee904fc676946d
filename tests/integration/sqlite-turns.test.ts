import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db-url";
import { makeArticle } from "../support/factories";
import { whileATransactionRollsBack } from "../support/in-flight";

// On SQLite the process has one connection (lib/sqlite-turns.ts); on PostgreSQL each query has its own.
describe("a query outside a transaction, while another request's transaction is in flight", () => {
  it("is not rolled back with it (a write) and does not see its rows (a read)", async () => {
    const [mine, theirs] = [await makeArticle(), await makeArticle()];
    // Another request, meanwhile, renames its own article and reads theirs.
    const outcome = await whileATransactionRollsBack(
      (tx) => tx.article.update({ where: { id: theirs.id }, data: { title: "Their change, rolled back" } }),
      () =>
        Promise.all([
          db.article.update({ where: { id: mine.id }, data: { title: "My change" } }),
          db.article.findUnique({ where: { id: theirs.id }, select: { title: true } }),
        ]),
    );
    expect(outcome.value?.[1]?.title).toBe("Test article");
    expect((await db.article.findUniqueOrThrow({ where: { id: mine.id } })).title).toBe("My change");
    expect((await db.article.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe("Test article");
  });

  it("sees the rows as committed: on SQLite it waits for the transaction, on PostgreSQL it does not", async () => {
    const article = await makeArticle();
    let reading: Promise<{ title: string } | null> | undefined;
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: article.id }, data: { title: "Committed" } });
      reading = db.article.findUnique({ where: { id: article.id }, select: { title: true } }).then((row) => row);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect((await reading)?.title).toBe(databaseKind() === "sqlite" ? "Committed" : "Test article");
  });
});
