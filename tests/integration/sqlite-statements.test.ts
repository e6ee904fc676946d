import { describe, expect, it } from "vitest";
import { db, sqliteStatements } from "@/lib/db";
import { databaseKind } from "@/lib/db-url";
import { makeArticle } from "../support/factories";

describe.skipIf(databaseKind() !== "sqlite")("SQLite's prepared statements, kept", () => {
  it("prepares a query's SQL once and runs it again with each call's own arguments", async () => {
    const first = await db.article.update({ where: { id: (await makeArticle()).id }, data: { title: "First article" } });
    const second = await db.article.update({ where: { id: (await makeArticle()).id }, data: { title: "Second article" } });
    const read = (id: string) => db.article.findUnique({ where: { id }, select: { id: true, title: true } });
    await read(first.id);
    const kept = sqliteStatements.kept!;
    const before = kept.prepared;
    // The same statement, other arguments: each call gets its own row, none is prepared again.
    expect(await read(second.id)).toEqual({ id: second.id, title: "Second article" });
    expect(await read(first.id)).toEqual({ id: first.id, title: "First article" });
    expect(await read("no-such-article")).toBeNull();
    expect(kept.prepared).toBe(before);
    // Writes too: in and out of transactions, with their own arguments.
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: first.id }, data: { title: "First, renamed" } });
      await tx.article.update({ where: { id: second.id }, data: { title: "Second, renamed" } });
    });
    expect((await read(first.id))?.title).toBe("First, renamed");
    expect((await read(second.id))?.title).toBe("Second, renamed");
    const afterWrites = kept.prepared;
    await db.article.update({ where: { id: first.id }, data: { title: "First, again" } });
    expect(kept.prepared).toBe(afterWrites);
    expect((await read(first.id))?.title).toBe("First, again");
    expect(kept.size).toBeGreaterThan(0);
  });
});
