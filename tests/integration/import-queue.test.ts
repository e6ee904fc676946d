// Long imports on PostgreSQL go through the job queue (lib/intake/jobs.ts): any instance takes them,
// and the person who started one follows it. On SQLite the same request imports in place.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { POST as importRoute } from "@/app/api/articles/import/route";
import { GET as jobRoute } from "@/app/api/articles/import/jobs/[id]/route";
import { db } from "@/lib/db";
import { getImportJob, QUEUED_FROM_CHARS, runImportJob, startImportWorker, stopImportQueue, type ImportJobView } from "@/lib/intake/jobs";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";
import { longArticle, makeUser } from "../support/factories";

const POSTGRES = process.env.FACTDESK_TEST_DB === "postgres";

function post(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return importRoute(new Request("http://localhost/api/articles/import", { method: "POST", body: data }));
}

/** Reads until the job is where `until` wants it (the worker runs elsewhere: there is no event to await). */
async function waitFor<T>(read: () => Promise<T>, until: (job: T) => boolean) {
  for (let i = 0; i < 240; i++) {
    const job = await read();
    if (until(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the job did not get there in a minute");
}

const poll = (actor: Actor, id: string, until: (job: ImportJobView) => boolean) => waitFor(() => getImportJob({ actor, id }), until);

let author: Actor;
beforeEach(async () => {
  author = await makeUser("REVIEWER");
  session.actor = author;
});
afterAll(() => stopImportQueue());

describe.runIf(POSTGRES)("the import queue on PostgreSQL", () => {
  it("queues a long article, lets only its author follow it, and any instance's worker imports it", async () => {
    const text = longArticle(QUEUED_FROM_CHARS + 20_000);
    const articles = await db.article.count();
    const response = await post({ title: "Queued report", outlet: "Test Wire", text });
    expect(response.status).toBe(202);
    const { data } = await response.json();
    expect(data.jobId).toEqual(expect.any(String));
    expect(await getImportJob({ actor: author, id: data.jobId })).toMatchObject({ state: "QUEUED", title: "Queued report" });
    expect(await db.article.count()).toBe(articles);

    // Someone else cannot see it, through the lib or the route.
    const other = await makeUser("EDITOR");
    await expect(getImportJob({ actor: other, id: data.jobId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    session.actor = other;
    expect(
      (await jobRoute(new Request(`http://localhost/api/articles/import/jobs/${data.jobId}`), { params: Promise.resolve({ id: data.jobId }) })).status,
    ).toBe(404);
    session.actor = null;
    expect(
      (await jobRoute(new Request(`http://localhost/api/articles/import/jobs/${data.jobId}`), { params: Promise.resolve({ id: data.jobId }) })).status,
    ).toBe(401);

    // A worker starts (as on any instance) and takes the job.
    const stop = await startImportWorker();
    const job = await poll(author, data.jobId, (j) => j.state === "DONE" || j.state === "FAILED");
    await stop();
    expect(job).toMatchObject({ state: "DONE", error: null, suggestionsSkipped: null });
    expect(job.total).toBeGreaterThanOrEqual(4);
    expect(job.done).toBe(job.total);
    const article = await db.article.findUniqueOrThrow({ where: { id: job.articleId! }, include: { suggestions: true } });
    expect(article).toMatchObject({ title: "Queued report", createdById: author.id });
    expect(article.suggestions).toHaveLength(30);
  }, 120_000);

  it("checks the author's permission again when the job runs", async () => {
    const response = await post({ title: "Queued, then refused", outlet: "Test Wire", text: longArticle(QUEUED_FROM_CHARS + 5_000) });
    const { data } = await response.json();
    await db.user.update({ where: { id: author.id }, data: { role: "REVIEWER", disabled: true } });
    const articles = await db.article.count();
    const stop = await startImportWorker();
    // Its author is disabled now, so the job is read from the table rather than through getImportJob.
    const job = await waitFor(
      () => db.importJob.findUniqueOrThrow({ where: { id: data.jobId } }),
      (row) => row.state === "FAILED" || row.state === "DONE",
    );
    await stop();
    expect(job).toMatchObject({ state: "FAILED", articleId: null });
    expect(job.error).toMatch(/disabled/);
    expect(await db.article.count()).toBe(articles);
  }, 120_000);

  it("refuses bad input at the request, before anything is queued", async () => {
    const jobs = await db.importJob.count();
    const response = await post({ title: "", outlet: "Test Wire", text: longArticle(QUEUED_FROM_CHARS + 5_000) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION", fieldErrors: { title: [expect.any(String)] } });
    expect(await db.importJob.count()).toBe(jobs);
  });
});

// The job runner itself needs no queue: these hold on both databases.
describe("a queued import's run", () => {
  const queued = async (title: string) => {
    const job = await db.importJob.create({ data: { createdById: author.id, title } });
    return { jobId: job.id, actorId: author.id, input: { title, outlet: "Test Wire", text: DEMO_ARTICLE_TEXT } };
  };

  it("imports once when the same job runs twice at the same time, or again after it is done", async () => {
    const data = await queued("Run twice");
    await Promise.all([runImportJob(data), runImportJob(data)]);
    await runImportJob(data); // a retry after the acknowledgement was lost
    expect(await db.article.count({ where: { title: "Run twice" } })).toBe(1);
    const job = await db.importJob.findUniqueOrThrow({ where: { id: data.jobId } });
    const article = await db.article.findFirstOrThrow({ where: { title: "Run twice" } });
    expect(job).toMatchObject({ state: "DONE", articleId: article.id, error: null });
  });

  it("is queued again after a server error, and failed with a reason after the last try", async () => {
    const data = await queued("Server trouble");
    const spy = vi.spyOn(db, "$transaction").mockRejectedValue(new Error("connection reset"));
    await expect(runImportJob(data, { retryCount: 0, retryLimit: 2 })).rejects.toThrow("connection reset");
    expect(await db.importJob.findUniqueOrThrow({ where: { id: data.jobId } })).toMatchObject({ state: "QUEUED" });
    await expect(runImportJob(data, { retryCount: 2, retryLimit: 2 })).rejects.toThrow("connection reset");
    spy.mockRestore();
    expect(await db.importJob.findUniqueOrThrow({ where: { id: data.jobId } })).toMatchObject({
      state: "FAILED",
      error: expect.stringMatching(/nothing was imported/),
    });
    expect(await db.article.count({ where: { title: "Server trouble" } })).toBe(0);
  });
});

describe.runIf(!POSTGRES)("long imports on SQLite", () => {
  it("import within the request: there is one instance, so nothing is queued", async () => {
    const response = await post({ title: "In place", outlet: "Test Wire", text: longArticle(QUEUED_FROM_CHARS + 5_000) });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(await db.article.count({ where: { id: data.id } })).toBe(1);
    expect(await db.importJob.count({ where: { title: "In place" } })).toBe(0);
  }, 60_000);
});
