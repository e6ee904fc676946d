import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { KEPT_SQL_CHARS, keepPreparedStatements } from "@/lib/sqlite-statements";

// The calls the Prisma adapter makes: prepare("BEGIN").run(); prepare(sql).bind(args), then reader, columns(), run(), raw().all().
type AdapterStatement = {
  run(): { changes: number };
  bind(args: unknown[]): { reader: boolean; columns(): { name: string }[]; run(): { changes: number }; raw(): { all(): unknown[][] } };
};
const adapterPrepare = (db: Database.Database, sql: string) => (db.prepare as unknown as (sql: string) => AdapterStatement)(sql);

describe("keepPreparedStatements", () => {
  it("runs a kept statement with each call's own arguments, as the adapter calls it", () => {
    const db = new Database(":memory:");
    const kept = keepPreparedStatements(db);
    adapterPrepare(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").bind([]).run();
    const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
    expect(adapterPrepare(db, insert).bind([1, "one"]).run().changes).toBe(1);
    expect(adapterPrepare(db, insert).bind([2, "two"]).run().changes).toBe(1);
    const select = adapterPrepare(db, "SELECT id, name FROM t WHERE id = ?");
    const one = select.bind([1]);
    expect(one.reader).toBe(true);
    expect(one.columns().map((c) => c.name)).toEqual(["id", "name"]);
    expect(adapterPrepare(db, "SELECT id, name FROM t WHERE id = ?").bind([2]).raw().all()).toEqual([[2, "two"]]);
    expect(one.raw().all()).toEqual([[1, "one"]]);
    // Three distinct texts prepared once each, however often they ran.
    expect(kept.prepared).toBe(3);
    db.close();
  });

  it("begins a transaction as the adapter does, with run() and no arguments", () => {
    const db = new Database(":memory:");
    keepPreparedStatements(db);
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    adapterPrepare(db, "BEGIN").run();
    expect(db.inTransaction).toBe(true);
    adapterPrepare(db, "INSERT INTO t (id) VALUES (?)").bind([1]).run();
    db.exec("ROLLBACK");
    adapterPrepare(db, "BEGIN").run(); // the kept statement, again
    expect(db.inTransaction).toBe(true);
    db.exec("COMMIT");
    expect(adapterPrepare(db, "SELECT count(*) FROM t").bind([]).raw().all()).toEqual([[0]]);
    db.close();
  });

  it("keeps the most recently used statements only", () => {
    const db = new Database(":memory:");
    const kept = keepPreparedStatements(db, 2);
    const run = (sql: string) => adapterPrepare(db, sql).bind([]).raw().all();
    run("SELECT 1");
    run("SELECT 2");
    run("SELECT 1"); // used again: now the most recent
    run("SELECT 3"); // lets "SELECT 2" go
    expect(kept.size).toBe(2);
    expect(kept.prepared).toBe(3);
    run("SELECT 1");
    expect(kept.prepared).toBe(3);
    run("SELECT 2");
    expect(kept.prepared).toBe(4);
    kept.clear();
    run("SELECT 1");
    expect(kept.prepared).toBe(5);
    db.close();
  });

  it("runs a kept statement again after it failed, with big integers as the adapter reads them", () => {
    const db = new Database(":memory:");
    db.defaultSafeIntegers(true);
    keepPreparedStatements(db);
    adapterPrepare(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)").bind([]).run();
    const insert = "INSERT INTO t (id, n) VALUES (?, ?)";
    adapterPrepare(db, insert).bind([1, 9007199254740993n]).run();
    expect(() => adapterPrepare(db, insert).bind([1, 2]).run()).toThrow(/UNIQUE/);
    adapterPrepare(db, insert).bind([2, 2]).run();
    expect(adapterPrepare(db, "SELECT id, n FROM t ORDER BY id").bind([]).raw().all()).toEqual([
      [1n, 9007199254740993n],
      [2n, 2n],
    ]);
    db.close();
  });

  it("does not keep long statements (lists of ids, one statement per length)", () => {
    const db = new Database(":memory:");
    const kept = keepPreparedStatements(db);
    const ids = Array.from({ length: Math.ceil(KEPT_SQL_CHARS / 3) }, () => "?");
    const sql = `SELECT 1 WHERE 1 IN (${ids.join(", ")})`;
    expect(
      adapterPrepare(db, sql)
        .bind(ids.map(() => 1))
        .raw()
        .all(),
    ).toEqual([[1]]);
    expect(kept.size).toBe(0);
    db.close();
  });
});
