import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/factdesk.db";

/** The SQLite URL from DATABASE_URL (default `file:./data/factdesk.db`), relative paths resolved from the project root. */
export function resolveDatabaseUrl(raw = process.env.DATABASE_URL): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL (file:...), got "${url}"`);
  }
  const file = url.slice("file:".length);
  return "file:" + (path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file));
}
