// Intake's heavy steps (file extraction, sentence scoring, re-anchoring) run in a pool of worker
// threads (piscina) under one time budget per request, before any transaction opens: the event loop
// keeps serving everyone else, and a transaction holds only the writes. See docs/architecture.md.
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { DomainError } from "../errors";
import type { ExtractedArticle, ImportFile } from "../articles/extract-text";
import type { Anchor, Reanchored } from "../articles/reanchor";
// Only what needs no language model: compromise and the intake rules load in the worker threads alone.
import type { SentenceScore } from "./checkworthiness";
import { topSentences } from "./ranking";
import { newSpeakerContext, type SpeakerContext } from "./speaker-context";
import type { Refusal } from "./tasks";
import { INTAKE_WORKER_BUNDLE } from "./worker-bundle.mjs";

/** Characters scored per task: about a second of work, so imports queued behind a long one take turns. */
export const PART_CHARS = 32_000;

/** Worker threads: one core is left to the server's own thread (INTAKE_WORKERS overrides). */
export function intakeThreads(env: Record<string, string | undefined> = process.env): number {
  const raw = env.INTAKE_WORKERS;
  if (raw === undefined || raw === "") return Math.max(1, availableParallelism() - 1);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`INTAKE_WORKERS must be a whole number from 1 to 64, not "${raw}".`);
  return n;
}

/** How long one import or text replacement may compute (INTAKE_TIME_BUDGET_SECONDS, default 120). */
export function intakeBudgetMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.INTAKE_TIME_BUDGET_SECONDS;
  if (raw === undefined || raw === "") return 120_000;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`INTAKE_TIME_BUDGET_SECONDS must be a number of seconds above 0, not "${raw}".`);
  return n * 1000;
}

/** The file each intake thread runs (lib/intake/worker-bundle.mjs). */
export function intakeWorkerFile(): string {
  const bundle = (globalThis as { [INTAKE_WORKER_BUNDLE]?: string })[INTAKE_WORKER_BUNDLE];
  return bundle ?? path.join(process.cwd(), "lib", "intake", "worker.mjs");
}

/**
 * Each intake thread's young generation (V8's space for new objects), in MB; the old generation has no
 * cap. With V8's default the thread's heap grew to about 96 MB for 20–30 MB of live objects while it
 * matched claim pages' repeats; with 8 it stays near 60 MB, the server's RSS 20–35 MB lower, and
 * matching and a 1 MB import were no slower (docs/benchmark.md, nineteenth pass).
 */
export const INTAKE_YOUNG_GENERATION_MB = 8;

const globalForPool = globalThis as unknown as { factdeskIntakePool?: Piscina };

function pool(): Piscina {
  globalForPool.factdeskIntakePool ??= new Piscina({
    // The build's bundle when the production server names one, else the sources, resolved at run time
    // from the app's folder (the server, tests and scripts all run from it).
    filename: intakeWorkerFile(),
    minThreads: 0,
    maxThreads: intakeThreads(),
    idleTimeout: 60_000,
    resourceLimits: { maxYoungGenerationSizeMb: INTAKE_YOUNG_GENERATION_MB },
  });
  return globalForPool.factdeskIntakePool;
}

/** A signal that fires when the intake time budget is spent; aborting stops the worker's task. */
export function intakeDeadline(): AbortSignal {
  return AbortSignal.timeout(intakeBudgetMs());
}

export function isIntakeTimeout(error: unknown): boolean {
  return error instanceof DomainError && error.code === "TIMEOUT";
}

async function run<T>(task: string, input: unknown, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw timeout();
  try {
    return (await pool().run({ task, input }, { signal })) as T;
  } catch (error) {
    if (signal.aborted) throw timeout();
    throw error;
  }
}

function timeout() {
  const seconds = Math.round(intakeBudgetMs() / 1000);
  return new DomainError("TIMEOUT", `Reading the article took longer than ${seconds} seconds and was stopped; nothing was saved. Try a shorter text.`);
}

function unrefused<T extends object>(result: T | Refusal): T {
  if ("refused" in result) throw new DomainError("VALIDATION", result.refused.message, result.refused.fieldErrors);
  return result;
}

export async function extractOffThread(file: ImportFile, signal: AbortSignal): Promise<ExtractedArticle> {
  return unrefused(await run<{ extracted: ExtractedArticle } | Refusal>("extract", file, signal)).extracted;
}

/** normalizeArticleText, in the pool: its expressions walk every character of a text of up to megabytes. */
export function normalizeOffThread(text: string, signal: AbortSignal): Promise<string> {
  return run<string>("normalize", { text }, signal);
}

/** Cut points at line ends (else a sentence end, else a space) about every PART_CHARS characters. */
export function partsOf(text: string, size = PART_CHARS): { offset: number; text: string }[] {
  const parts: { offset: number; text: string }[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > size * 1.5) {
      const window = text.slice(from + size, from + 2 * size);
      const line = window.indexOf("\n");
      const sentence = /[.!?]["”’)]?\s/.exec(window);
      const space = window.search(/\s/);
      const cut = line >= 0 ? line + 1 : sentence ? sentence.index + sentence[0].length : space >= 0 ? space + 1 : window.length;
      to = from + size + cut;
    }
    parts.push({ offset: from, text: text.slice(from, to) });
    from = to;
  }
  return parts;
}

/**
 * The `limit` most check-worthy sentences of `text`, scored part by part. Parts go to the pool one at
 * a time, so two long imports take turns rather than one waiting for the whole of the other.
 */
export async function rankOffThread(
  text: string,
  limit: number,
  signal: AbortSignal,
  onProgress?: (done: number, total: number) => void,
  outlet: string | null = null,
): Promise<SentenceScore[]> {
  const parts = partsOf(text);
  const best: SentenceScore[] = [];
  let context: SpeakerContext = newSpeakerContext();
  for (const [i, part] of parts.entries()) {
    const result: { top: SentenceScore[]; context: SpeakerContext } = await run("rankPart", { ...part, context, outlet, limit }, signal);
    best.push(...result.top);
    context = result.context;
    onProgress?.(i + 1, parts.length);
  }
  return topSentences(
    best.sort((a, b) => a.start - b.start),
    limit,
  );
}

/**
 * Starts the worker threads and has each read a claim once (compromise loads its lexicon on first use),
 * so the first claim page's repeats come within their budget. Failures are ignored: the pool starts on
 * demand anyway.
 */
export async function warmIntakePool(): Promise<void> {
  const item = { quote: "The city built 1,200 new homes in 2023.", candidates: [{ id: "warm-up", quote: "The city built 1,200 homes in 2023." }] };
  await Promise.all(Array.from({ length: intakeThreads() }, () => matchOffThread([item], AbortSignal.timeout(60_000)).catch(() => undefined)));
}

type Candidate = { id: string; quote: string };
export type RepeatMatch = { id: string; score: number };

/** For each quote, the candidates it repeats, best first (lib/intake/tasks.ts, matchRepeats). */
export async function matchOffThread(items: { quote: string; candidates: Candidate[] }[], signal: AbortSignal): Promise<RepeatMatch[][]> {
  if (items.length === 0) return [];
  return run("matchRepeats", { items }, signal);
}

/**
 * The candidates one quote repeats, best first, if the pool answers within `budgetMs`; null when it did
 * not (the threads were busy): for a page or a form that shows what it can rather than wait or fail.
 */
export async function matchWithinBudget(quote: string, candidates: Candidate[], budgetMs: number): Promise<RepeatMatch[] | null> {
  if (candidates.length === 0) return [];
  try {
    const [found] = await matchOffThread([{ quote, candidates }], AbortSignal.timeout(budgetMs));
    return found;
  } catch (error) {
    if (isIntakeTimeout(error) || (error instanceof Error && error.name === "TimeoutError")) return null;
    throw error;
  }
}

export async function reanchorOffThread(text: string, anchors: Anchor[], signal: AbortSignal): Promise<Reanchored[]> {
  if (anchors.length === 0) return [];
  return run("reanchorAll", { text, anchors }, signal);
}
