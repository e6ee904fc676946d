// `npm run backup [-- --out path]`: an online backup of the SQLite database, safe while the server writes.
// Uses SQLite's online backup API (better-sqlite3 `db.backup`), never a plain file copy: a copy of a
// live database can catch a half-written page or miss commits that still sit in the -wal file.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { databaseFile, root } from "./prepare.mjs";

export const DEFAULT_DATABASE_URL = "file:./data/factdesk.db";

/** The database file from DATABASE_URL, relative paths resolved from the project root (as `npm start` does). */
export function currentDatabaseFile(env = process.env) {
  const url = env.DATABASE_URL && env.DATABASE_URL.trim() !== "" ? env.DATABASE_URL.trim() : DEFAULT_DATABASE_URL;
  return databaseFile(url);
}

/** Where backups go: FACTDESK_BACKUP_DIR, else `backups/` in the project root. */
export function backupDir(env = process.env) {
  return env.FACTDESK_BACKUP_DIR ? path.resolve(env.FACTDESK_BACKUP_DIR) : path.join(root, "backups");
}

/** A UTC timestamp for file names: 20260102T030405123Z. */
export function stamp(date = new Date()) {
  return date.toISOString().replace(/[-:.]/g, "");
}

/** `base.db`, or `base-1.db`, `base-2.db`… when taken: a backup never overwrites another. */
export function freshPath(file) {
  const { dir, name, ext } = path.parse(file);
  let candidate = file;
  for (let i = 1; fs.existsSync(candidate); i++) candidate = path.join(dir, `${name}-${i}${ext}`);
  return candidate;
}

export class BackupError extends Error {}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Copy the database `from` (possibly live, in WAL mode) into the new file `to` with the online backup API.
 * All pages go in one step, inside one read transaction: the copy is the database exactly as of one commit.
 * (Small steps would let the server's commits restart the copy again and again.)
 */
export async function onlineCopy(from, to, { readonly = false } = {}) {
  const source = new Database(from, { fileMustExist: true, readonly, timeout: 10_000 });
  try {
    await source.backup(to, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/** Tables with their row counts; FTS5 shadow tables are left out, the FTS tables themselves are counted. */
export function tableCounts(sqlite) {
  const tables = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql ?? "")).map((t) => t.name);
  return tables
    .filter((t) => !virtual.some((v) => t.name.startsWith(`${v}_`)))
    .map((t) => ({ name: t.name, rows: sqlite.prepare(`SELECT count(*) AS n FROM "${t.name.replace(/"/g, '""')}"`).get().n }));
}

/** PRAGMA integrity_check; the problems it reports, or [] when the file is sound. */
export function integrityProblems(sqlite) {
  const rows = sqlite.pragma("integrity_check", { simple: false }).map((r) => r.integrity_check);
  return rows.length === 1 && rows[0] === "ok" ? [] : rows;
}

/** Open a backup file read-only and check it: integrity, and that it is a Factdesk database. */
export function inspectBackup(file) {
  if (!fs.existsSync(file)) throw new BackupError(`Backup file not found: ${file}`);
  if (!fs.statSync(file).isFile()) throw new BackupError(`Not a file: ${file}`);
  let sqlite;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const problems = integrityProblems(sqlite);
    if (problems.length > 0) throw new BackupError(`The backup ${file} is damaged (integrity_check):\n  ${problems.slice(0, 10).join("\n  ")}`);
    const counts = tableCounts(sqlite);
    const names = new Set(counts.map((c) => c.name));
    if (!names.has("_prisma_migrations") || !names.has("Claim")) {
      throw new BackupError(`${file} is a SQLite database, but not a Factdesk one (no _prisma_migrations or Claim table).`);
    }
    const migration = sqlite
      .prepare(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1`)
      .get();
    return { counts, migration: migration?.name ?? "(none)" };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup ${file} is damaged or not a SQLite database: ${error.message}`);
  } finally {
    sqlite?.close();
  }
}

export function printCounts(counts) {
  const width = Math.max(...counts.map((c) => c.name.length));
  for (const c of counts) console.log(`    ${c.name.padEnd(width)}  ${String(c.rows).padStart(8)}`);
}

/**
 * Back up the database `from` into `to` (which must not exist): copy to `to.partial`, make it a
 * single self-contained file (rollback journal, no -wal), verify it, then give it its name.
 */
export async function backupDatabase(from, to) {
  if (!fs.existsSync(from)) throw new BackupError(`No database at ${from}: nothing to back up. Check DATABASE_URL.`);
  if (fs.existsSync(to)) throw new BackupError(`${to} already exists; a backup never overwrites a file. Choose another --out.`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const partial = `${to}.partial`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(partial + suffix, { force: true });
  try {
    await onlineCopy(from, partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    const { counts } = inspectBackup(partial);
    fs.renameSync(partial, to);
    return { file: to, size: fs.statSync(to).size, counts };
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(partial + suffix, { force: true });
    if (error?.code === "SQLITE_NOTADB") throw new BackupError(`${from} is not a SQLite database.`);
    throw error;
  }
}

/** A failure as one readable line: our own and argument errors by message, anything else with its stack. */
export function describe(error) {
  if (error instanceof BackupError || String(error?.code).startsWith("ERR_PARSE_ARGS")) return error.message;
  return error?.stack ?? String(error);
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log("Usage: npm run backup [-- --out path]\nOnline backup of the database named by DATABASE_URL; safe while the server runs.");
    return;
  }
  const from = currentDatabaseFile();
  const to = values.out ? path.resolve(values.out) : freshPath(path.join(backupDir(), `factdesk-${stamp()}.db`));
  console.log(`[backup] Database: ${from}`);
  const result = await backupDatabase(from, to);
  console.log(`[backup] Wrote ${result.file}`);
  console.log(`[backup] Size: ${formatBytes(result.size)} (${result.size} bytes)`);
  console.log("[backup] integrity_check: ok");
  console.log("[backup] Rows per table:");
  printCounts(result.counts);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`[backup] Failed: ${describe(error)}`);
    process.exit(1);
  });
}
