// `npm run restore -- <backup file> [--yes]`: put a backup back as the database named by DATABASE_URL.
// Stop the server first. The backup is checked before anything changes, and the current database is
// copied aside to backups/pre-restore-<timestamp>.db, so a restore never loses what it replaces.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import {
  BackupError,
  backupDatabase,
  backupDir,
  currentDatabaseFile,
  describe,
  freshPath,
  integrityProblems,
  inspectBackup,
  onlineCopy,
  printCounts,
  stamp,
  tableCounts,
} from "./backup.mjs";

const USAGE = "Usage: npm run restore -- <backup file> [--yes]";

/** Keep the current database (and any WAL content) aside; a damaged one is copied as raw files. */
async function setAside(target, dir) {
  const aside = freshPath(path.join(dir, `pre-restore-${stamp()}.db`));
  try {
    await backupDatabase(target, aside);
  } catch (error) {
    console.warn(`[restore] The current database could not be backed up cleanly (${describe(error)}); copying its files as they are.`);
    fs.mkdirSync(dir, { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) {
      if (fs.existsSync(target + suffix)) fs.copyFileSync(target + suffix, aside + suffix);
    }
  }
  return aside;
}

function journalMode(file) {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return sqlite.pragma("journal_mode", { simple: true });
  } finally {
    sqlite.close();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { yes: { type: "boolean", short: "y" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`[restore] Name one backup file.\n${USAGE}`);
    return 2;
  }
  const backup = path.resolve(positionals[0]);
  const target = currentDatabaseFile();
  const targetExists = fs.existsSync(target);
  if (backup === target) throw new BackupError(`${backup} is the database itself (DATABASE_URL); name a backup file.`);

  const { counts, migration } = inspectBackup(backup);
  console.log(`[restore] Backup: ${backup}`);
  console.log(`[restore] integrity_check: ok; latest migration: ${migration}; rows per table:`);
  printCounts(counts);

  const dir = backupDir();
  if (!values.yes) {
    console.log("");
    console.log(`[restore] This would replace the database ${target}${targetExists ? "" : " (which does not exist yet)"} with this backup.`);
    if (targetExists) console.log(`[restore] The current database would first be copied aside to ${path.join(dir, "pre-restore-<timestamp>.db")}.`);
    console.log("[restore] Stop the Factdesk server first: a running server keeps writing and would mix old and new data.");
    console.log("[restore] Nothing was changed. Run again with --yes to restore:");
    console.log(`[restore]   npm run restore -- ${positionals[0]} --yes`);
    return 2;
  }

  let mode = "delete";
  if (targetExists) {
    mode = journalMode(target);
    const aside = await setAside(target, dir);
    console.log(`[restore] Current database copied aside to ${aside}`);
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  }

  // The backup API writes through SQLite into the target, in one transaction: WAL and journal files
  // stay consistent with the new content, and an interrupted restore rolls back to the old database.
  await onlineCopy(backup, target, { readonly: true });

  const sqlite = new Database(target, { fileMustExist: true });
  try {
    if (mode === "wal") sqlite.pragma("journal_mode = WAL");
    else sqlite.pragma("journal_mode = DELETE");
    const problems = integrityProblems(sqlite);
    if (problems.length > 0) throw new BackupError(`The restored database fails integrity_check:\n  ${problems.slice(0, 10).join("\n  ")}`);
    console.log(`[restore] Restored ${target} (journal mode ${mode}); integrity_check: ok; rows per table:`);
    printCounts(tableCounts(sqlite));
  } finally {
    sqlite.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[restore] Failed: ${describe(error)}`);
    process.exit(1);
  },
);
