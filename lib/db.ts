import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PrismaPgClient } from "./generated/prisma-pg/client";
import { databaseKind, resolveDatabaseUrl } from "./db-url";

// Secrets never leave the data layer unless a query asks for them by name.
const options = { omit: { user: { passwordHash: true } } } as const;

function createSqliteClient() {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: resolveDatabaseUrl(), timeout: 5000 }), ...options });
}

function createClient(): Db {
  if (databaseKind() === "sqlite") return createSqliteClient();
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
