import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { resolveDatabaseUrl } from "./db-url";

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: resolveDatabaseUrl(), timeout: 5000 });
  // Secrets never leave the data layer unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { factdeskDb?: Db };

/** The one Prisma client. Kept on globalThis so dev reloads and test workers do not leak connections. */
export const db: Db = globalForDb.factdeskDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.factdeskDb = db;
