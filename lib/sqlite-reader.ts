import path from "node:path";
import { Piscina } from "piscina";
import { db } from "./db";
import { databaseKind, sqliteFile } from "./db-url";

/**
 * Read-only SQL on SQLite, run in a thread of its own on a connection of its own.
 *
 * better-sqlite3 runs a statement to its end on the thread that asks, and the server's one connection
 * (lib/db.ts) belongs to the thread that serves every page: a search for a common word read the index
 * for 5 ms on average and 15 ms at the 95th percentile (100,000 claims), and every other page waited
 * meanwhile. The heavy reads (search, repeat candidates) go through here instead: the serving thread
 * renders other pages while this thread reads.
 *
 * The connection is opened read-only and runs only statements that return rows
 * (lib/sqlite-reader-worker.mjs). It does not take turns with the server's transactions
 * (lib/sqlite-turns.ts): it reads the last committed state, never a transaction's rows in flight. Parameters and rows cross the thread as structured clones (a BigInt stays one, so a rowid
 * bound as an integer stays an integer).
 */
const globalForReader = globalThis as unknown as { factdeskSqliteReader?: Piscina; factdeskSqliteReaderFile?: string };

/**
 * Reads waiting for the thread, at most; past this many (a flood of public searches), a read runs on the
 * server's own connection as before this thread existed, rather than queue without end.
 */
export const READER_QUEUE_LIMIT = 64;

/** What a statement binds: better-sqlite3 takes these as they are (a number binds as a real, a bigint as an integer). */
export type Param = string | number | bigint | null;

// The file is resolved once, as this module loads, right after lib/db.ts's client resolved its URL: an
// edited .env under `next dev` cannot have searches read another file than the pages do until a restart.
if (databaseKind() === "sqlite") globalForReader.factdeskSqliteReaderFile ??= sqliteFile();

function pool(): Piscina {
  globalForReader.factdeskSqliteReaderFile ??= sqliteFile();
  globalForReader.factdeskSqliteReader ??= new Piscina({
    // Resolved at run time from the app's folder (the server, tests and scripts all run from it).
    filename: path.join(process.cwd(), "lib", "sqlite-reader-worker.mjs"),
    // One thread: reads are short, and the other core is the serving thread's.
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
  });
  return globalForReader.factdeskSqliteReader;
}

/** Rows of one read-only statement, read off the serving thread. */
export async function readRows<Rows extends unknown[]>(sql: string, ...params: Param[]): Promise<Rows> {
  const [rows] = await readEach<[Rows]>({ sql, params });
  return rows;
}

/** Reads that went to the server's own connection because the thread's queue was full (for tests). */
export const readerStats = { overflowed: 0 };

/**
 * The rows of each statement, in order, read together in one turn of the reader thread. Integers come
 * back as numbers (the Prisma client answered bigints), so callers read them through Number().
 */
export async function readEach<Rows extends unknown[][]>(...statements: { sql: string; params: Param[] }[]): Promise<Rows> {
  if (statements.length === 0) return [] as unknown as Rows;
  const readers = pool();
  if (readers.queueSize >= READER_QUEUE_LIMIT) {
    readerStats.overflowed++;
    const out: unknown[][] = [];
    for (const { sql, params } of statements) out.push(await db.$queryRawUnsafe<unknown[]>(sql, ...params));
    return out as Rows;
  }
  return (await readers.run({ file: globalForReader.factdeskSqliteReaderFile, statements })) as Rows;
}
