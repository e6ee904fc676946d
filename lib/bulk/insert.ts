// Batched inserts for loads of many rows at once (the benchmark's corpus, a migration of an archive):
// one multi-row INSERT per chunk, in the caller's transaction. Prisma's createMany builds and maps every
// row through its query compiler, which is most of a large load's time (docs/benchmark.md); here a row
// is only its values. The defaults Prisma fills on the client (ids, createdAt, updatedAt) are filled
// here, so a row written this way reads back exactly as one written by the client.
import { v7 as uuidv7 } from "uuid";
import { databaseKind } from "../db-url";
import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

type Inputs = {
  Article: Prisma.ArticleCreateManyInput;
  Claimant: Prisma.ClaimantCreateManyInput;
  Claim: Prisma.ClaimCreateManyInput;
  Source: Prisma.SourceCreateManyInput;
  Verdict: Prisma.VerdictCreateManyInput;
  VerdictVersion: Prisma.VerdictVersionCreateManyInput;
  Notification: Prisma.NotificationCreateManyInput;
};
export type BulkModel = keyof Inputs;

/** The columns each model's client fills when a row leaves them out: `now()` and `@updatedAt` times. */
const CLIENT_TIMES: Record<BulkModel, readonly string[]> = {
  Article: ["createdAt", "updatedAt"],
  Claimant: ["createdAt", "updatedAt"],
  Claim: ["createdAt", "updatedAt"],
  Source: ["createdAt"],
  Verdict: ["createdAt", "updatedAt"],
  VerdictVersion: ["publishedAt"],
  Notification: ["createdAt"],
};

/**
 * An id for a row of a load: a UUIDv7 (RFC 9562), which begins with the time in milliseconds and rises
 * within a millisecond too, so ids made later sort later, as the client's cuid() ids roughly do. A load
 * then appends to each primary key's index; random ids (v4) wrote all over it, a page per row, and made
 * the commits of a 100,000-claim load about a third slower (docs/benchmark.md, "Eighth pass").
 */
export function newRowId(): string {
  return uuidv7();
}

/** Rows per statement: each statement's rows travel as one JSON parameter. */
export const ROWS_PER_STATEMENT = 2_000;

type Value = string | number | boolean | Date | null;

/** The rows as one column list and value lists, with the client's defaults filled in. */
export function bulkRows<M extends BulkModel>(model: M, rows: readonly Inputs[M][], now = new Date()): { columns: string[]; values: Value[][] } {
  // Names go into the statement as identifiers: only a known table and plain field names.
  if (!Object.hasOwn(CLIENT_TIMES, model)) throw new Error(`insertRows: no table "${model}"`);
  if (rows.length === 0) return { columns: [], values: [] };
  const filled = rows.map((row) => {
    const r: Record<string, unknown> = { ...row };
    if (r.id === undefined) r.id = newRowId();
    for (const c of CLIENT_TIMES[model]) if (r[c] === undefined) r[c] = now;
    return r;
  });
  const columns = Object.keys(filled[0]).filter((c) => filled[0][c] !== undefined);
  const odd = columns.find((c) => !/^[A-Za-z][A-Za-z0-9]*$/.test(c));
  if (odd !== undefined) throw new Error(`insertRows(${model}): "${odd}" is not a column name`);
  const values = filled.map((r, i) => {
    const named = Object.keys(r).filter((c) => r[c] !== undefined);
    // A column left out of one row would take the database's default there and null in the others.
    if (named.length !== columns.length || named.some((c) => !columns.includes(c)))
      throw new Error(`insertRows(${model}): row ${i} names other columns than row 0 (${columns.join(", ")})`);
    return columns.map((c) => {
      const v = r[c];
      if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
      throw new Error(`insertRows(${model}): ${c} of row ${i} is not a plain value`);
    });
  });
  return { columns, values };
}

/**
 * A value as SQLite keeps it through the Prisma adapter (lib/db.ts): times as ISO 8601 with "+00:00",
 * booleans as 0 and 1.
 */
function sqliteValue(v: Value): string | number | null {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

/**
 * The statement and its one parameter for a chunk of rows. The rows travel as JSON, one bound value a
 * statement however many rows it holds: binding each value through the client costs more than the insert.
 * SQLite reads them with json_each; PostgreSQL with json_populate_recordset, which types each value by the
 * table's column (enums, times, booleans).
 */
export function insertStatement(model: BulkModel, columns: readonly string[], values: readonly Value[][], postgres: boolean): { sql: string; param: string } {
  const names = columns.map((c) => `"${c}"`).join(", ");
  if (postgres) {
    const objects = values.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
    return {
      sql: `INSERT INTO "${model}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"${model}", $1::json)`,
      param: JSON.stringify(objects),
    };
  }
  const picks = columns.map((_, i) => `value ->> ${i}`).join(", ");
  return { sql: `INSERT INTO "${model}" (${names}) SELECT ${picks} FROM json_each(?)`, param: JSON.stringify(values.map((row) => row.map(sqliteValue))) };
}

/** Insert the rows into the model's table, ROWS_PER_STATEMENT a statement; returns the rows written. */
export async function insertRows<M extends BulkModel>(tx: Tx | Db, model: M, rows: readonly Inputs[M][], now = new Date()): Promise<number> {
  const { columns, values } = bulkRows(model, rows, now);
  const postgres = databaseKind() === "postgres";
  let written = 0;
  for (let first = 0; first < values.length; first += ROWS_PER_STATEMENT) {
    const { sql, param } = insertStatement(model, columns, values.slice(first, first + ROWS_PER_STATEMENT), postgres);
    written += await tx.$executeRawUnsafe(sql, param);
  }
  return written;
}

/**
 * After a load of many rows (callers of insertRows call it once, after the last batch): PostgreSQL's tables vacuumed and their planner statistics brought up to
 * date at once (0.4 s for 100,000 claims), outside any transaction. Until autovacuum gets to them (a
 * minute or more) the planner takes the tables for as small as they were and picks plans that read
 * every row: My work read all 50,000 of a person's claims (54 ms) where the index gives the first 500 in
 * order (1 ms). And until a vacuum marks the new rows visible to all, counting a word's matches reads
 * every matching row (32 ms for "government", 7 ms after). SQLite keeps no statistics unless asked, and
 * plans the same way before and after a load.
 */
export async function vacuumAfterLoad(db: Db, models: readonly BulkModel[]): Promise<void> {
  const odd = models.find((model) => !Object.hasOwn(CLIENT_TIMES, model));
  if (odd !== undefined) throw new Error(`vacuumAfterLoad: no table "${odd}"`);
  // Claims loaded with times of their own can be older than what kept repeats were matched up to
  // (lib/tracking/repeat-store.ts): every claim is matched again on its next view. Once the load has
  // committed, outside its transactions: inside, the deletion would hold the kept rows' locks (and a
  // page keeping its repeats would wait) for the whole load, and a page could keep some meanwhile.
  if (models.includes("Claim")) await db.$executeRawUnsafe(`DELETE FROM "ClaimRepeatScan"`);
  if (databaseKind() !== "postgres") return;
  for (const model of models) await db.$executeRawUnsafe(`VACUUM (ANALYZE) "${model}"`);
}
