import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/factdesk.db";

export type DatabaseKind = "sqlite" | "postgres";

function rawUrl(raw = process.env.DATABASE_URL): string {
  return raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
}

/** Which database DATABASE_URL names: a SQLite file (`file:`) or PostgreSQL (`postgres://`, `postgresql://`). */
export function databaseKind(raw = process.env.DATABASE_URL): DatabaseKind {
  const url = rawUrl(raw);
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`DATABASE_URL must be a SQLite file URL (file:...) or a PostgreSQL URL (postgresql://...), got "${url.replace(/\/\/[^@/]*@/, "//…@")}"`);
}

/**
 * DATABASE_URL (default `file:./data/factdesk.db`): SQLite file paths resolved from the project root,
 * PostgreSQL URLs as given.
 */
export function resolveDatabaseUrl(raw = process.env.DATABASE_URL): string {
  const url = rawUrl(raw);
  if (databaseKind(url) === "postgres") return url;
  const file = url.slice("file:".length);
  return "file:" + (path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file));
}

/** The SQLite file DATABASE_URL names, as the Prisma adapter opens it (lib/sqlite-reader.ts opens it too). */
export function sqliteFile(raw = process.env.DATABASE_URL): string {
  return resolveDatabaseUrl(raw).slice("file:".length);
}
