import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { TRANSITIONS, type ClaimAction } from "@/lib/claims/lifecycle";
import { TMP_DIR } from "../support/paths";

// A real writer process (tests/support/crash-writer.ts) doing domain writes through lib/, killed with SIGKILL
// at random moments, again and again on the same database. After every kill the database must be
// sound, every multi-row action all-or-nothing, and every action the writer reported as committed still
// there. This test never opens a Prisma connection: it reads with plain better-sqlite3 between runs.

const root = path.resolve(__dirname, "..", "..");
const file = process.env.DATABASE_URL!.slice("file:".length);

type Tick = { action: string; entityId: string };
type Run = { ticks: Tick[]; signal: NodeJS.Signals | null; code: number | null; stderr: string };

function setJournalMode(mode: "wal" | "delete") {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    expect(sqlite.pragma(`journal_mode = ${mode}`, { simple: true })).toBe(mode);
  } finally {
    sqlite.close();
  }
}

type Writer = { go(options: { killAfter?: number }): Promise<Run>; discard(): void };

/**
 * Spawn a writer that loads its modules and waits: the next run's start-up overlaps the current run.
 * `go` lets it write; with `killAfter` it gets SIGKILL a random moment after that many committed actions.
 */
function startWriter({ actions }: { actions?: number } = {}): Writer {
  const args = ["--import", "tsx", "tests/support/crash-writer.ts", "--wait", ...(actions ? ["--actions", String(actions)] : [])];
  // node --import tsx rather than npx: the process that gets the SIGKILL is the writer itself.
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  const ticks: Tick[] = [];
  let stderr = "";
  let killAfter: number | undefined;
  let killing = false;
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const closed = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ ticks, signal, code, stderr })));
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const m = /^tick (\d+) (\S+) (\S+)$/.exec(line);
    if (!m) return;
    ticks.push({ action: m[2], entityId: m[3] });
    if (killAfter !== undefined && !killing && ticks.length >= killAfter) {
      killing = true;
      setTimeout(() => process.kill(-child.pid!, "SIGKILL"), Math.random() * 30);
    }
  });
  return {
    go(options) {
      killAfter = options.killAfter;
      child.stdin!.end("go\n");
      return closed;
    },
    discard() {
      child.stdin!.end();
    },
  };
}

async function runWriter(options: { killAfter?: number; actions?: number }) {
  return startWriter(options).go(options);
}

type ClaimRow = { id: string; articleId: string; status: string; version: number; articleExists: number };
type EventRow = { action: string; entityId: string; claimId: string | null; after: string | null };

function groupBy<T>(items: T[], key: (item: T) => string) {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Every invariant a crash could break; returns the problems found (none when consistent). */
function checkConsistency(dbFile: string, committed: Tick[]) {
  const problems: string[] = [];
  const fail = (message: string) => problems.length < 40 && problems.push(message);
  const sqlite = new Database(dbFile, { fileMustExist: true });
  try {
    const all = <T>(sql: string) => sqlite.prepare(sql).all() as T[];
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") fail(`integrity_check: ${integrity}`);
    const fk = sqlite.pragma("foreign_key_check") as unknown[];
    if (fk.length > 0) fail(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);

    const events = all<EventRow>(`SELECT action, entityId, claimId, after FROM AuditEvent ORDER BY rowid`);
    const claims = all<ClaimRow>(
      `SELECT c.id, c.articleId, c.status, c.version, a.id IS NOT NULL AS articleExists FROM Claim c LEFT JOIN Article a ON a.id = c.articleId`,
    );
    const verdicts = new Map(
      all<{ claimId: string; version: number; approved: number; published: number }>(
        `SELECT v.claimId, v.version, v.approvedById IS NOT NULL AS approved, (SELECT count(*) FROM VerdictVersion vv WHERE vv.verdictId = v.id) AS published FROM Verdict v`,
      ).map((v) => [v.claimId, v]),
    );
    const eventsByClaim = groupBy(
      events.filter((e) => e.claimId),
      (e) => e.claimId!,
    );

    // Claims: the audit trail, replayed through the life cycle, must end at the claim's status.
    for (const c of claims) {
      if (!c.articleExists) fail(`claim ${c.id}: its article ${c.articleId} does not exist`);
      const trail = eventsByClaim.get(c.id) ?? [];
      const creates = trail.filter((e) => e.action === "claim.create").length;
      if (creates !== 1 || trail[0]?.action !== "claim.create") fail(`claim ${c.id}: ${creates} claim.create events (first event ${trail[0]?.action})`);
      let status = "NEW";
      let versionSteps = 0;
      let publishes = 0;
      let verdictCreates = 0;
      let verdictUpdates = 0;
      for (const e of trail) {
        const action = e.action.slice("claim.".length) as ClaimAction;
        if (e.action.startsWith("claim.") && action in TRANSITIONS) {
          const rule = TRANSITIONS[action];
          if (rule.from !== status) fail(`claim ${c.id}: audit event ${e.action} while the trail says ${status}`);
          status = rule.to;
          versionSteps++;
          if (action === "publish" || action === "correct") publishes++;
        } else if (e.action === "claim.assign") versionSteps++;
        else if (e.action === "verdict.create") verdictCreates++;
        else if (e.action === "verdict.update") verdictUpdates++;
      }
      if (status !== c.status) fail(`claim ${c.id}: status ${c.status}, but its audit trail ends at ${status}`);
      if (c.version !== 1 + versionSteps) fail(`claim ${c.id}: version ${c.version} after ${versionSteps} audited steps`);
      const v = verdicts.get(c.id);
      if (verdictCreates !== (v ? 1 : 0)) fail(`claim ${c.id}: ${verdictCreates} verdict.create events, verdict ${v ? "exists" : "missing"}`);
      if (v && v.version !== 1 + verdictUpdates) fail(`claim ${c.id}: verdict version ${v.version} after ${verdictUpdates} verdict.update events`);
      if (["IN_REVIEW", "APPROVED", "PUBLISHED"].includes(c.status) && !v) fail(`claim ${c.id}: ${c.status} without a verdict`);
      if (v && Boolean(v.approved) !== ["APPROVED", "PUBLISHED"].includes(c.status)) fail(`claim ${c.id}: ${c.status}, verdict approved=${v.approved}`);
      if ((v?.published ?? 0) !== publishes) fail(`claim ${c.id}: ${v?.published ?? 0} published versions, ${publishes} claim.publish events`);
      if (c.status === "PUBLISHED" && publishes < 1) fail(`claim ${c.id}: PUBLISHED without claim.publish`);
    }

    // Imports: one article.import event per article, and exactly the suggestions it announced.
    const imports = groupBy(
      events.filter((e) => e.action === "article.import"),
      (e) => e.entityId,
    );
    const suggestionCounts = new Map(
      all<{ articleId: string; n: number }>(`SELECT articleId, count(*) AS n FROM Suggestion GROUP BY articleId`).map((r) => [r.articleId, r.n]),
    );
    for (const { id } of all<{ id: string }>(`SELECT id FROM Article`)) {
      const found = imports.get(id) ?? [];
      if (found.length !== 1) fail(`article ${id}: ${found.length} article.import events`);
      else if (JSON.parse(found[0].after!).suggestions !== (suggestionCounts.get(id) ?? 0)) fail(`article ${id}: suggestions do not match its import event`);
    }

    // Suggestions: accepted ones point at an existing claim on the same span; every claim came from one.
    const suggestions = all<{
      id: string;
      articleId: string;
      status: string;
      claimId: string | null;
      quote: string;
      start: number;
      claimArticle: string | null;
      claimQuote: string | null;
      claimStart: number | null;
    }>(
      `SELECT s.id, s.articleId, s.status, s.claimId, s.quote, s.start, c.articleId AS claimArticle, c.quote AS claimQuote, c.start AS claimStart FROM Suggestion s LEFT JOIN Claim c ON c.id = s.claimId`,
    );
    const acceptedFor = new Map<string, number>();
    for (const s of suggestions) {
      if (s.status === "ACCEPTED") {
        if (!s.claimId || s.claimArticle === null) fail(`suggestion ${s.id}: ACCEPTED without an existing claim (${s.claimId})`);
        else if (s.claimArticle !== s.articleId || s.claimQuote !== s.quote || s.claimStart !== s.start) fail(`suggestion ${s.id}: its claim is another span`);
        if (s.claimId) acceptedFor.set(s.claimId, (acceptedFor.get(s.claimId) ?? 0) + 1);
      } else if (s.claimId) fail(`suggestion ${s.id}: ${s.status} but linked to claim ${s.claimId}`);
    }
    for (const c of claims) if (acceptedFor.get(c.id) !== 1) fail(`claim ${c.id}: ${acceptedFor.get(c.id) ?? 0} accepted suggestions`);
    const dismissEvents = groupBy(
      events.filter((e) => e.action === "suggestion.dismiss"),
      (e) => e.entityId,
    );
    const dismissed = groupBy(
      suggestions.filter((s) => s.status === "DISMISSED"),
      (s) => s.articleId,
    );
    for (const articleId of new Set([...dismissEvents.keys(), ...dismissed.keys()])) {
      if ((dismissEvents.get(articleId)?.length ?? 0) !== (dismissed.get(articleId)?.length ?? 0))
        fail(`article ${articleId}: dismissed suggestions and suggestion.dismiss events differ`);
    }

    // Comments and their audit events commit together.
    const commentEvents = new Map(events.filter((e) => e.action === "comment.add").map((e) => [e.entityId, e.claimId]));
    const comments = all<{ id: string; claimId: string }>(`SELECT id, claimId FROM Comment`);
    if (commentEvents.size !== comments.length) fail(`${comments.length} comments, ${commentEvents.size} comment.add events`);
    for (const c of comments) if (commentEvents.get(c.id) !== c.claimId) fail(`comment ${c.id}: no matching comment.add event`);

    // Full-text indexes (external content): in step with their tables.
    for (const [fts, table] of [
      ["claim_fts", "Claim"],
      ["article_fts", "Article"],
      ["source_fts", "Source"],
    ]) {
      try {
        sqlite.prepare(`INSERT INTO ${fts}(${fts}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (error) {
        fail(`${fts} integrity-check: ${(error as Error).message}`);
      }
      const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
      const rows = count(`SELECT count(*) AS n FROM "${table}"`);
      if (count(`SELECT count(*) AS n FROM ${fts}`) !== rows || count(`SELECT count(*) AS n FROM ${fts}_docsize`) !== rows)
        fail(`${fts}: index and ${table} counts differ`);
    }

    // Nothing lost: every action the writer reported as committed is in the audit log.
    const logged = new Map<string, number>();
    for (const e of events) logged.set(`${e.action} ${e.entityId}`, (logged.get(`${e.action} ${e.entityId}`) ?? 0) + 1);
    const reported = new Map<string, number>();
    for (const t of committed) reported.set(`${t.action} ${t.entityId}`, (reported.get(`${t.action} ${t.entityId}`) ?? 0) + 1);
    for (const [key, n] of reported) if ((logged.get(key) ?? 0) < n) fail(`committed action lost: ${key}`);

    const byStatus = Object.fromEntries(
      all<{ status: string; n: number }>(`SELECT status, count(*) AS n FROM Claim GROUP BY status ORDER BY status`).map((r) => [r.status, r.n]),
    );
    return {
      problems,
      stats: { articles: imports.size, claims: claims.length, byStatus, suggestions: suggestions.length, comments: comments.length, events: events.length },
    };
  } finally {
    sqlite.close();
  }
}

describe("crash consistency (SIGKILL during domain writes)", () => {
  // Production runs in WAL (scripts/prepare.mjs); the last kills use the rollback journal, the file's default.
  const MODES = ["wal", "wal", "wal", "wal", "delete", "delete"] as const;

  it(`survives ${MODES.length} SIGKILLs of a writer process on the same database`, { timeout: 300_000 }, async () => {
    const committed: Tick[] = [];
    let survived = 0;
    let next = startWriter();
    try {
      for (const [i, mode] of MODES.entries()) {
        setJournalMode(mode);
        const writer = next;
        next = i + 1 < MODES.length ? startWriter() : startWriter({ actions: 15 });
        const killAfter = 20 + Math.floor(Math.random() * 25);
        const run = await writer.go({ killAfter });
        expect(run.signal, `run ${i + 1} ended by itself (exit ${run.code}):\n${run.stderr}`).toBe("SIGKILL");
        committed.push(...run.ticks);
        const hotJournal = fs.existsSync(`${file}-journal`) && fs.statSync(`${file}-journal`).size > 0;
        const { problems, stats } = checkConsistency(file, committed);
        expect(problems, `after kill ${i + 1} (${mode})`).toEqual([]);
        survived++;
        console.log(
          `[crash] kill ${survived} (${mode}${hotJournal ? ", hot journal rolled back" : ""}) after ${run.ticks.length} committed actions: consistent; ${JSON.stringify(stats)}`,
        );
      }
    } catch (error) {
      next.discard();
      throw error;
    }

    // The database is still usable: a clean run finishes normally on top of all the crashes.
    const last = await next.go({});
    expect(last.code, last.stderr).toBe(0);
    committed.push(...last.ticks);
    const { problems, stats } = checkConsistency(file, committed);
    expect(problems).toEqual([]);
    expect(stats.claims).toBeGreaterThan(0);
    console.log(`[crash] kills survived: ${survived}; committed actions checked: ${committed.length}; final ${JSON.stringify(stats)}`);
  });

  it("the consistency check does catch a broken audit trail and a stale search index", { timeout: 60_000 }, async () => {
    const hasTriage = () => {
      const sqlite = new Database(file, { fileMustExist: true });
      try {
        return sqlite.prepare(`SELECT 1 FROM AuditEvent WHERE action = 'claim.triage'`).get() !== undefined;
      } finally {
        sqlite.close();
      }
    };
    while (!hasTriage()) {
      const run = await runWriter({ actions: 40 });
      expect(run.code, run.stderr).toBe(0);
    }
    expect(checkConsistency(file, []).problems).toEqual([]);
    const broken = path.join(TMP_DIR, `crash-broken-${process.pid}-${Date.now()}.db`);
    try {
      const source = new Database(file, { fileMustExist: true });
      await source.backup(broken);
      source.close();
      const sqlite = new Database(broken);
      const triage = sqlite.prepare(`SELECT rowid, entityId FROM AuditEvent WHERE action = 'claim.triage' ORDER BY rowid DESC LIMIT 1`).get() as {
        rowid: number;
        entityId: string;
      };
      sqlite.prepare(`DELETE FROM AuditEvent WHERE rowid = ?`).run(triage.rowid);
      sqlite.exec(`DROP TRIGGER claim_fts_au; UPDATE Claim SET claimant = claimant || ' (edited)' WHERE rowid = (SELECT min(rowid) FROM Claim)`);
      sqlite.close();
      const problems = checkConsistency(broken, [{ action: "claim.triage", entityId: triage.entityId }]).problems.join("\n");
      expect(problems).toMatch(/audit trail ends at|while the trail says/);
      expect(problems).toMatch(/claim_fts integrity-check/);
      expect(problems).toMatch(/committed action lost: claim\.triage/);
    } finally {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(broken + suffix, { force: true });
    }
  });
});
