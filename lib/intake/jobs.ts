// Long imports on PostgreSQL go through a job queue in the database (pg-boss), so whichever instance
// is free takes them, a restart does not lose them (pg-boss retries a job whose worker died), and the
// person who started one follows its progress from any instance. The work itself is importArticle's,
// unchanged (scoring in the worker pool, then one short transaction). The embedded SQLite database
// has one instance by design: there, long imports stream their progress instead (the import route).
import PgBoss from "pg-boss";
import { db } from "../db";
import { databaseKind, resolveDatabaseUrl } from "../db-url";
import { DomainError, notFound } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { z } from "zod";
import { id as idOf, parseInput } from "../validation";
import { ImportAlreadyDone, importArticle } from "./mutations";
import { intakeBudgetMs, PART_CHARS } from "./pool";
import { importArticleSchema, type ImportArticleInput } from "./schemas";

export const IMPORT_QUEUE = "article-import";
/** Texts longer than this many parts are queued on PostgreSQL; shorter ones import within the request. */
export const QUEUED_FROM_CHARS = 4 * PART_CHARS;

type JobData = { jobId: string; actorId: string; input: ImportArticleInput };
export type ImportJobView = {
  id: string;
  title: string;
  state: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  done: number;
  total: number;
  articleId: string | null;
  error: string | null;
  suggestionsSkipped: string | null;
};

/** Whether this deployment queues long imports: on PostgreSQL, for texts past QUEUED_FROM_CHARS. */
export function queuesImport(text: string | undefined): boolean {
  return databaseKind() === "postgres" && (text?.length ?? 0) > QUEUED_FROM_CHARS;
}

const globalForBoss = globalThis as unknown as { factdeskBoss?: Promise<PgBoss> };

async function startBoss(): Promise<PgBoss> {
  // Instances starting together race to create pg-boss's tables (PostgreSQL may answer "deadlock
  // detected" to one of them): the loser waits a moment and tries again.
  for (let attempt = 1; ; attempt++) {
    // Finished jobs (they hold the article's text) leave the queue's tables within the hour.
    const instance = new PgBoss({
      connectionString: resolveDatabaseUrl(),
      max: 2,
      schema: "pgboss",
      archiveCompletedAfterSeconds: 60,
      archiveFailedAfterSeconds: 3_600,
      deleteAfterHours: 1,
    });
    instance.on("error", (error) => console.error("[factdesk] import queue", error));
    try {
      await instance.start();
      // A worker that died mid-import is presumed gone after the budget and a minute: the job runs again.
      await instance.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, retryLimit: 2, retryDelay: 5, expireInSeconds: Math.ceil(intakeBudgetMs() / 1000) + 60 });
      return instance;
    } catch (error) {
      await instance.stop({ graceful: false, wait: true }).catch(() => {});
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 300));
    }
  }
}

function boss(): Promise<PgBoss> {
  globalForBoss.factdeskBoss ??= startBoss().catch((error: unknown) => {
    delete globalForBoss.factdeskBoss;
    throw error;
  });
  return globalForBoss.factdeskBoss;
}

/** Check the import as the request would, keep a row for the person to follow, and queue the work. */
export async function enqueueImport({ actor, input }: { actor: Actor | null; input: ImportArticleInput }): Promise<{ jobId: string }> {
  assertCan(actor, "article.import");
  const data = parseInput(importArticleSchema, input);
  const job = await db.importJob.create({ data: { createdById: actor.id, title: data.title } });
  try {
    await (await boss()).send(IMPORT_QUEUE, { jobId: job.id, actorId: actor.id, input } satisfies JobData);
  } catch (error) {
    await db.importJob.delete({ where: { id: job.id } });
    throw error;
  }
  return { jobId: job.id };
}

const FAILED_ON_SERVER = "The import failed on the server after several tries; nothing was imported. Try again later.";

/**
 * Run one queued import as the person who asked for it, with their permissions as they are now. The
 * article and the job's DONE are written in one transaction (importArticle's `jobId`): a job run twice
 * (a worker that died after the write, or one presumed dead) imports once.
 */
export async function runImportJob({ jobId, actorId, input }: JobData, attempt = { retryCount: 0, retryLimit: 0 }): Promise<void> {
  const claimed = await db.importJob.updateMany({ where: { id: jobId, state: { in: ["QUEUED", "RUNNING"] } }, data: { state: "RUNNING", done: 0 } });
  if (claimed.count !== 1) return; // done or failed already
  const user = await db.user.findUnique({ where: { id: actorId }, select: { id: true, role: true, name: true, email: true, disabled: true } });
  const actor: Actor | null = user && !user.disabled ? { id: user.id, role: user.role, name: user.name, email: user.email } : null;
  const fail = (error: string) => db.importJob.updateMany({ where: { id: jobId, state: { in: ["QUEUED", "RUNNING"] } }, data: { state: "FAILED", error } });
  if (!actor) {
    await fail("The account that started this import was disabled before it ran.");
    return;
  }
  let reported = 0;
  try {
    await importArticle({
      actor,
      input,
      jobId,
      onProgress: (done, total) => {
        // One write a second at most: progress is for a person, not a log.
        if (Date.now() - reported < 1_000 && done < total) return;
        reported = Date.now();
        void db.importJob.updateMany({ where: { id: jobId, state: "RUNNING" }, data: { done, total } }).catch(() => {});
      },
    });
  } catch (error) {
    if (error instanceof ImportAlreadyDone) return;
    // A refusal (permission, validation) is final; anything else is retried by the queue, until the last try.
    if (error instanceof DomainError) await fail(error.message);
    else if (attempt.retryCount >= attempt.retryLimit) {
      await fail(FAILED_ON_SERVER).catch(() => {});
      throw error;
    } else {
      await db.importJob.updateMany({ where: { id: jobId, state: "RUNNING" }, data: { state: "QUEUED" } }).catch(() => {});
      throw error;
    }
  }
}

/** Start taking queued imports on this instance (instrumentation.ts, on PostgreSQL). */
export async function startImportWorker(): Promise<() => Promise<void>> {
  const queue = await boss();
  const id = await queue.work<JobData>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) =>
    runImportJob(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit }),
  );
  return () => queue.offWork({ id });
}

/** startImportWorker, tried again every 30 s until it starts (a database down at boot must not leave this instance idle for good). */
export function keepStartingImportWorker(): void {
  startImportWorker().catch((error: unknown) => {
    console.error("[factdesk] the import queue did not start; trying again in 30 s", error);
    setTimeout(keepStartingImportWorker, 30_000).unref();
  });
}

/** Stop this process's queue connection (tests, shutdown). */
export async function stopImportQueue(): Promise<void> {
  const pending = globalForBoss.factdeskBoss;
  delete globalForBoss.factdeskBoss;
  if (pending) await (await pending).stop({ graceful: false, wait: true });
}

/** An import's state, for the person who started it only. */
export async function getImportJob({ actor, id }: { actor: Actor | null; id: string }): Promise<ImportJobView> {
  assertCan(actor, "article.import");
  const { jobId } = parseInput(z.object({ jobId: idOf("Import") }), { jobId: id });
  const job = await db.importJob.findUnique({ where: { id: jobId } });
  if (!job || job.createdById !== actor.id) throw notFound("import");
  return {
    id: job.id,
    title: job.title,
    state: job.state as ImportJobView["state"],
    done: job.done,
    total: job.total,
    articleId: job.articleId,
    error: job.error,
    suggestionsSkipped: job.suggestionsSkipped,
  };
}
