// The import scenario of `npm run bench` (issue 13, finding 1: one 1 MB import blocked the event loop
// for 160 s). While autocannon drives the desk queue for the scenario's duration, `importers` people
// each import a 1 MB article through /api/articles/import, one after another, side by side; the
// queue's p95 is compared with its p95 alone (the bar: within 20%), /api/health is sampled twice a
// second (the time an unrelated request waited), and every import's size and duration is reported.
// Imports still running when the queue's window closes are awaited, so each one's time is known.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { sampleHealth } from "./live-streams.mjs";

/** About `bytes` of article text: the demo article over and over, its numbers changed each time. */
export function bigArticle(root, bytes) {
  const source = fs.readFileSync(path.join(root, "prisma", "seed-data", "article.ts"), "utf8");
  const seed = JSON.parse(/DEMO_ARTICLE_TEXT = (".*");/.exec(source)[1]);
  let text = "";
  let n = 0;
  while (Buffer.byteLength(text) < bytes - seed.length * 2) text += seed.replace(/\b\d+\b/g, (m) => String(Number(m) + n++)) + "\n\n";
  return text;
}

async function importOnce(base, cookie, text, i) {
  const form = new FormData();
  form.set("title", `Bench import ${i}`);
  form.set("outlet", "Bench Wire");
  form.set("text", text);
  const started = performance.now();
  const res = await fetch(`${base}/api/articles/import`, { method: "POST", headers: { cookie, origin: base }, body: form });
  const body = await res.json().catch(() => ({}));
  return {
    status: res.status,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    suggestions: body?.data?.suggestions ?? null,
    skipped: Boolean(body?.data?.suggestionsSkipped),
  };
}

export async function runImportScenario({ base, root, duration, importers, bytes, cookie, desk, alone, percentile, resetPeak = () => {}, peakMB = () => 0 }) {
  const text = bigArticle(root, bytes);
  const size = Buffer.byteLength(text);
  // Let the previous scenario's imports and the pool's threads settle before measuring.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const latencies = [];
  let errors = 0;
  resetPeak();
  const stopHealth = sampleHealth(base);
  let windowOpen = true;
  const imports = [];
  const people = Array.from({ length: importers }, async (_, p) => {
    // Each importer starts another import while the queue is still being measured.
    while (windowOpen) imports.push(await importOnce(base, cookie, text, `${p}.${imports.length}`));
  });
  const instance = autocannon({
    url: base,
    connections: desk.connections,
    duration,
    headers: desk.headers,
    requests: [{ setupRequest: (req) => ({ ...req, ...desk.request() }) }],
  });
  instance.on("response", (_client, status, _bytes, time) => {
    latencies.push(time);
    if (status >= 400) errors++;
  });
  const r = await instance;
  windowOpen = false;
  const health = (await stopHealth()).sort((a, b) => a - b);
  await Promise.all(people);
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  const result = {
    scenario: `desk queue + ${importers} × ${(size / 1e6).toFixed(1)} MB imports`,
    what: `${importers} people importing ${size} bytes each, back to back, for ${duration}s; /desk as in "desk queue"`,
    connections: desk.connections,
    rps: Math.round(r.requests.average),
    p50: percentile(latencies, 50),
    p95,
    p99: percentile(latencies, 99),
    errors: errors + r.errors + r.timeouts + r.non2xx,
    peakMB: peakMB(),
    imports: { bytes: size, runs: imports },
    healthMs: { p50: Math.round(percentile(health, 50)), max: Math.round(health.at(-1) ?? 0) },
    p95OfAlone: alone?.p95 ? `${Math.round((p95 / alone.p95) * 100)}%` : "n/a",
  };
  console.log(
    `[bench] ${result.scenario}: p95 ${Math.round(p95)} ms (alone ${Math.round(alone?.p95 ?? 0)} ms), imports ${imports.map((i) => `${i.status} in ${i.seconds}s`).join(", ")}, health max ${result.healthMs.max} ms`,
  );
  return result;
}
