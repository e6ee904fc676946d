import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db, isSqliteBusy } from "@/lib/db";
import { databaseKind, resolveDatabaseUrl } from "@/lib/db-url";
import { makeUser } from "../support/factories";

// Another process's commit between a transaction's first read and its first write: SQLite cannot
// upgrade the stale snapshot and answers "database is locked" at once. lib/db.ts runs it again.
describe.skipIf(databaseKind() !== "sqlite")("SQLite transactions against another writer", () => {
  it("recognise SQLite's busy answers in the forms the driver and Prisma give them, and nothing else", () => {
    for (const message of ["database is locked", "SQLITE_BUSY: database is locked", "Invalid `prisma.x.delete()` invocation:\n\nOperation has timed out"]) {
      expect(isSqliteBusy(new Error(message))).toBe(true);
    }
    expect(isSqliteBusy(new Error("Unique constraint failed"))).toBe(false);
    expect(isSqliteBusy("database is locked")).toBe(false);
  });

  it("are run again when another connection committed in between, and then succeed", async () => {
    const user = await makeUser("REVIEWER", "Before");
    const neighbour = await makeUser("REVIEWER", "Neighbour");
    const other = new Database(resolveDatabaseUrl().replace(/^file:/, ""));
    // As in production (scripts/prepare.mjs): readers do not block the other writer.
    other.pragma("journal_mode = WAL");
    other.pragma("busy_timeout = 5000");
    let attempts = 0;
    try {
      await db.$transaction(async (tx) => {
        attempts++;
        await tx.user.findUniqueOrThrow({ where: { id: user.id } });
        // The other writer commits after our read, on the first attempt only.
        if (attempts === 1) other.prepare(`UPDATE "User" SET "name" = 'Other writer' WHERE "id" = ?`).run(neighbour.id);
        await tx.user.update({ where: { id: user.id }, data: { name: "Ours" } });
      });
    } finally {
      other.close();
    }
    expect(attempts).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Ours");
    expect((await db.user.findUniqueOrThrow({ where: { id: neighbour.id } })).name).toBe("Other writer");
  });
});
