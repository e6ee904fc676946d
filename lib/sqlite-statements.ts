import type BetterSqlite3 from "better-sqlite3";

/**
 * Prepared statements kept across queries on SQLite. The Prisma adapter prepares every statement it
 * runs again, each time (`client.prepare(sql).bind(args)`): SQLite parses and plans the SQL anew, which
 * was 3.9% of the server's CPU samples under the desk's load (docs/architecture.md, 9). Here the adapter's
 * connection keeps the statements of the last `size` distinct SQL texts, and each use binds its own
 * arguments at execution, since better-sqlite3 binds a statement's arguments for good with `bind()`.
 *
 * It serves the calls the adapter makes (`run()` for BEGIN; `bind(args)`, then `reader`, `columns()`,
 * `run()` and `raw().all()`); better-sqlite3 runs a statement to its end before returning, so a kept statement
 * is never in use twice at once.
 */
type Statement = BetterSqlite3.Statement<unknown[], unknown>;

export type KeptStatements = { readonly size: number; prepared: number; clear(): void };

/**
 * Longer statements are prepared each time, as before: most are lists of ids (`IN (?, ?, …)`), one
 * statement for each length, that would fill the kept statements with native memory V8 does not see.
 */
export const KEPT_SQL_CHARS = 4_000;

export function keepPreparedStatements(client: BetterSqlite3.Database, size = 500): KeptStatements {
  // The class's own method, looked up at each call (a test that watches what is prepared sees it).
  const prepare = (sql: string) => (Object.getPrototypeOf(client) as BetterSqlite3.Database).prepare.call(client, sql) as Statement;
  const kept = new Map<string, Statement>();
  const stats = {
    get size() {
      return kept.size;
    },
    prepared: 0,
    clear: () => kept.clear(),
  };
  const keptPrepare = (sql: string) => {
    if (sql.length > KEPT_SQL_CHARS) {
      stats.prepared++;
      return withArguments(prepare(sql));
    }
    let statement = kept.get(sql);
    if (statement) {
      // The most recently used last: the first is the one to let go.
      kept.delete(sql);
    } else {
      statement = prepare(sql);
      stats.prepared++;
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, statement);
    return withArguments(statement);
  };
  (client as unknown as { prepare: typeof keptPrepare }).prepare = keptPrepare;
  return stats;
}

/** The statement, with `bind(args)` giving a view that passes `args` to each execution instead. */
function withArguments(statement: Statement) {
  return {
    // Without arguments: the adapter begins a transaction with `prepare("BEGIN").run()`.
    run: () => statement.run(),
    bind: (args: unknown[]) => ({
      get reader() {
        return statement.reader;
      },
      columns: () => statement.columns(),
      run: () => statement.run(args),
      raw: (toggle = true) => ({ all: () => statement.raw(toggle).all(args) }),
    }),
  };
}
