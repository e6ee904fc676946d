import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { addComment } from "@/lib/claims/mutations";
import { importArticle } from "@/lib/intake/mutations";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";
import { TEMPLATE_DB, TMP_DIR } from "../support/paths";

// `npm run backup` / `npm run restore` as real child processes, against this file's own database
// (in WAL mode, as `npm start` runs it), with this process writing comments all through the backup.

const root = path.resolve(__dirname, "..", "..");
const dbFile = process.env.DATABASE_URL!.slice("file:".length);
const work = path.join(TMP_DIR, `backup-${process.pid}-${Date.now()}`);
const backupFile = path.join(work, "factdesk-online.db");
const asideDir = path.join(work, "aside");

type Result = { code: number | null; stdout: string; stderr: string };

/** Run a script without blocking this process's event loop: the concurrent writes keep going. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "scripts", script), ...args], {
      cwd: root,
      env: { ...process.env, FACTDESK_BACKUP_DIR: asideDir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function open(file: string) {
  return new Database(file, { fileMustExist: true, readonly: true });
}

/** Every table in the file (FTS shadow tables too; sqlite_% left out), each as its sorted rows. */
function dump(file: string) {
  const sqlite = open(file);
  try {
    const tables = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as {
      name: string;
      sql: string;
    }[];
    const out = new Map<string, { sql: string; rows: string[] }>();
    for (const t of tables) {
      const virtual = /^CREATE VIRTUAL TABLE/i.test(t.sql);
      const rows = (sqlite.prepare(`SELECT ${virtual ? "rowid, " : ""}* FROM "${t.name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
      if (virtual) rows.unshift(`count ${(sqlite.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n}`);
      out.set(t.name, { sql: t.sql, rows });
    }
    return out;
  } finally {
    sqlite.close();
  }
}

function count(file: string, table: string) {
  const sqlite = open(file);
  try {
    return (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

let actors: Record<string, Actor>;
let claimIds: string[];

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true });
  const sqlite = new Database(dbFile);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  ({ actors } = await seedDemo({ password: "backup-test-password-1" }));
  for (let i = 0; i < 4; i++) {
    await importArticle({
      actor: actors.editor,
      input: { title: `Backup test ${i}`, outlet: "Test Wire", text: `${DEMO_ARTICLE_TEXT}\n\nUpdate ${i}: the ministry said 4${i}% of the funds were spent.` },
    });
  }
  // Bulk so the copy is more than a handful of pages.
  await db.article.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({ title: `Archive ${i}`, outlet: "Archive", text: DEMO_ARTICLE_TEXT.repeat(8) })),
  });
  claimIds = (await db.claim.findMany({ select: { id: true } })).map((c) => c.id);
}, 120_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe("npm run backup / npm run restore", () => {
  it("backs up online while comments are written, and restores every row", { timeout: 90_000 }, async () => {
    const before = dump(dbFile);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing && written < 5000) {
        await addComment({ actor: actors.rita, input: { claimId: claimIds[written % claimIds.length], body: `Concurrent note ${written}` } });
        written++;
        // better-sqlite3 is synchronous: without a macrotask turn, the child's exit would never be seen.
        await new Promise((r) => setImmediate(r));
      }
    })();
    while (written < 5) await new Promise((r) => setTimeout(r, 5));

    const writtenBefore = written;
    const backup = await runScript("backup.mjs", ["--out", backupFile], { DATABASE_URL: `file:${dbFile}` });
    const writtenDuring = written - writtenBefore;
    writing = false;
    await writer;

    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(writtenDuring, "comments written while the backup ran").toBeGreaterThan(0);
    expect(backup.stdout).toContain(`Wrote ${backupFile}`);
    expect(backup.stdout).toContain("integrity_check: ok");
    expect(backup.stdout).toContain(`(${fs.statSync(backupFile).size} bytes)`);
    expect(backup.stdout).toMatch(new RegExp(`Comment\\s+${count(backupFile, "Comment")}\\n`));
    expect(backup.stdout).toMatch(/claim_fts\s+\d+/);
    // One self-contained file: no -wal to lose, no half-written .partial left behind.
    expect(fs.readdirSync(work).sort()).toEqual(["factdesk-online.db"]);

    const backedUp = dump(backupFile);
    // Everything that existed before the backup started is in it (the writes only add rows)…
    let rowsBefore = 0;
    for (const [table, { rows }] of before) {
      const inBackup = new Set(backedUp.get(table)?.rows);
      const missing = rows.filter((r) => !r.startsWith("count ") && !inBackup.has(r));
      expect(missing, `rows of ${table} missing from the backup`).toEqual([]);
      rowsBefore += rows.length;
    }
    expect(rowsBefore).toBeGreaterThan(300);
    // …and it is one consistent moment: each comment with its audit event, nothing half-committed.
    const sqlite = open(backupFile);
    try {
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("delete");
      const orphans = sqlite
        .prepare(
          `SELECT (SELECT count(*) FROM Comment c WHERE NOT EXISTS (SELECT 1 FROM AuditEvent e WHERE e.action = 'comment.add' AND e.entityId = c.id))
                + (SELECT count(*) FROM AuditEvent e WHERE e.action = 'comment.add' AND NOT EXISTS (SELECT 1 FROM Comment c WHERE c.id = e.entityId)) AS n`,
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      sqlite.close();
    }
    const commentsInBackup = count(backupFile, "Comment");
    expect(commentsInBackup).toBeGreaterThanOrEqual(before.get("Comment")!.rows.length + writtenBefore);

    // Restore into a fresh path and compare every table, row by row.
    const target = path.join(work, "restored", "factdesk.db");
    const restore = await runScript("restore.mjs", [backupFile, "--yes"], { DATABASE_URL: `file:${target}` });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Restored ${target}`);
    expect(fs.existsSync(asideDir), "nothing to set aside for a new database").toBe(false);

    const restored = dump(target);
    expect([...restored.keys()]).toEqual([...backedUp.keys()]);
    let compared = 0;
    for (const [table, { sql, rows }] of backedUp) {
      expect(restored.get(table)!.sql).toBe(sql);
      expect(restored.get(table)!.rows, `table ${table}`).toEqual(rows);
      compared += rows.length;
    }
    const check = new Database(target, { fileMustExist: true });
    try {
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      for (const fts of ["claim_fts", "article_fts", "source_fts"]) check.prepare(`INSERT INTO ${fts}(${fts}, rank) VALUES ('integrity-check', 1)`).run();
    } finally {
      check.close();
    }
    console.log(
      `[backup] ${backedUp.size} tables, ${compared} rows compared (backup = restore); ${rowsBefore} pre-backup rows all present; ${writtenDuring} comments written during the backup`,
    );
  });

  it("restores over an existing database only after setting it aside", { timeout: 60_000 }, async () => {
    const target = path.join(work, "existing.db");
    fs.copyFileSync(TEMPLATE_DB, target);
    const sqlite = new Database(target);
    sqlite.pragma("journal_mode = WAL");
    sqlite.prepare(`INSERT INTO "User" (id, email, name, passwordHash, updatedAt) VALUES ('keep-me', 'keep@example.test', 'Kept', 'x', 0)`).run();
    sqlite.close();

    const refused = await runScript("restore.mjs", [backupFile], { DATABASE_URL: `file:${target}` });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/Stop the Factdesk server first/);
    expect(refused.stdout).toMatch(/--yes/);
    expect(refused.stdout).toMatch(/Nothing was changed/);
    expect(count(target, "User")).toBe(1);
    expect(fs.existsSync(asideDir)).toBe(false);

    const restore = await runScript("restore.mjs", [backupFile, "--yes"], { DATABASE_URL: `file:${target}` });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    const aside = fs.readdirSync(asideDir);
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^pre-restore-\d{8}T\d{9}Z\.db$/);
    expect(restore.stdout).toContain(path.join(asideDir, aside[0]));
    const kept = open(path.join(asideDir, aside[0]));
    try {
      expect(kept.prepare(`SELECT name FROM "User"`).all()).toEqual([{ name: "Kept" }]);
    } finally {
      kept.close();
    }
    expect(dump(target)).toEqual(dump(backupFile));
    const restored = new Database(target, { fileMustExist: true });
    try {
      expect(restored.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      restored.close();
    }
  });

  it("refuses with a clear message: missing, corrupt or foreign backups, a missing database, an existing --out", { timeout: 60_000 }, async () => {
    const target = path.join(work, "untouched.db");
    const env = { DATABASE_URL: `file:${target}` };

    const missing = await runScript("restore.mjs", [path.join(work, "nope.db"), "--yes"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Backup file not found: ${path.join(work, "nope.db")}`);

    const garbage = path.join(work, "garbage.db");
    fs.writeFileSync(garbage, "this is not a database ".repeat(400));
    const notDb = await runScript("restore.mjs", [garbage, "--yes"], env);
    expect(notDb.code).toBe(1);
    expect(notDb.stderr).toMatch(/damaged or not a SQLite database/);

    const truncated = path.join(work, "truncated.db");
    fs.writeFileSync(truncated, fs.readFileSync(backupFile).subarray(0, Math.floor(fs.statSync(backupFile).size / 2)));
    const damaged = await runScript("restore.mjs", [truncated, "--yes"], env);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/damaged/);

    const foreign = path.join(work, "foreign.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (body TEXT)");
    other.close();
    const notOurs = await runScript("restore.mjs", [foreign, "--yes"], env);
    expect(notOurs.code).toBe(1);
    expect(notOurs.stderr).toMatch(/not a Factdesk one/);

    const noArgs = await runScript("restore.mjs", [], env);
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toMatch(/Usage: npm run restore -- <backup file> \[--yes\]/);
    expect(fs.existsSync(target)).toBe(false);

    const noDatabase = await runScript("backup.mjs", ["--out", path.join(work, "never.db")], { DATABASE_URL: `file:${path.join(work, "absent.db")}` });
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toContain(`No database at ${path.join(work, "absent.db")}`);
    expect(fs.existsSync(path.join(work, "never.db"))).toBe(false);

    const exists = await runScript("backup.mjs", ["--out", backupFile], { DATABASE_URL: `file:${dbFile}` });
    expect(exists.code).toBe(1);
    expect(exists.stderr).toMatch(/already exists; a backup never overwrites a file/);
  });
});
