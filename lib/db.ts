import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PrismaPgClient } from "./generated/prisma-pg/client";
import { databaseKind, resolveDatabaseUrl } from "./db-url";
import "./query-plans";
import type BetterSqlite3 from "better-sqlite3";
import { keepPreparedStatements, type KeptStatements } from "./sqlite-statements";
import { takeTurns, type TurnTaking } from "./sqlite-turns";

// Secrets never leave the data layer unless a query asks for them by name.
const options = { omit: { user: { passwordHash: true } } } as const;

function createSqliteClient() {
  return new PrismaClient({ adapter: onOneConnection(new PrismaBetterSQLite3({ url: resolveDatabaseUrl(), timeout: 5000 })), ...options });
}

/** How many statements this process's SQLite connection prepared, and keeps (lib/sqlite-statements.ts). */
export const sqliteStatements: { kept: KeptStatements | null } = { kept: null };

/**
 * The adapter's one connection keeps its prepared statements (the adapter prepares each query anew),
 * and queries outside a transaction wait for the one in flight (lib/sqlite-turns.ts).
 */
function onOneConnection(factory: PrismaBetterSQLite3) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    sqliteStatements.kept = keepPreparedStatements((adapter as unknown as { client: BetterSqlite3.Database }).client);
    return takeTurns(adapter as typeof adapter & TurnTaking);
  };
  return factory;
}

/** SQLite's "database is locked" (the adapter reports SQLITE_BUSY as "Operation has timed out"). */
export function isSqliteBusy(error: unknown): boolean {
  return error instanceof Error && /database is locked|SQLITE_BUSY|Operation has timed out/i.test(error.message);
}

/**
 * The adapter begins transactions as DEFERRED: one that read before another process committed a
 * write cannot then write, and SQLite answers "database is locked" at once rather than waiting
 * (a stale snapshot cannot be upgraded). Within one process the adapter's mutex prevents this; across
 * processes (a script, a test, a second server on the file) the whole transaction is simply run
 * again, a few times, with a short pause. The callback must only use `tx`, which every one here does.
 */
function retryingTransactions(client: ReturnType<typeof createSqliteClient>) {
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const retrying = async (...args: unknown[]) => {
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      try {
        return await transaction(...args);
      } catch (error) {
        // A refusal that came after waiting out the lock timeout is a real lock: do not wait again.
        if (attempt >= 5 || !isSqliteBusy(error) || Date.now() - started > 1_000) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt + Math.random() * 20));
      }
    }
  };
  // An own property over the prototype's method (so a test can still spy on db.$transaction).
  Object.defineProperty(client, "$transaction", { value: retrying, writable: true, configurable: true });
  return client;
}

function createClient(): Db {
  if (databaseKind() === "sqlite") return retryingTransactions(createSqliteClient());
  const pool = { connectionString: resolveDatabaseUrl(), max: Number(process.env.DATABASE_POOL_SIZE || 10) };
  // Both clients come from one data model (prisma/postgres/schema.prisma is derived from prisma/schema.prisma,
  // and a test fails when they drift), so the PostgreSQL client has the SQLite client's shape.
  return new PrismaPgClient({ adapter: new PrismaPg(pool), ...options }) as unknown as Db;
}

export type Db = ReturnType<typeof createSqliteClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { factdeskDb?: Db };

/** The one Prisma client. Kept on globalThis so dev reloads and test workers do not leak connections. */
export const db: Db = globalForDb.factdeskDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.factdeskDb = db;
