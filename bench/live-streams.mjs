// The live-streams scenarios of `npm run bench` (issue 13, finding 3: one person's 300 event streams on
// one claim took /api/health from 0.02 s to minutes). Each scenario opens N streams of
// /api/live/claims/<id> at once, keeps them open while autocannon drives the desk queue for the
// scenario's duration, samples /api/health twice a second, and reports the queue's latency beside its
// latency alone:
// - "one person": every stream as the same signed-in editor on one claim; the per-person cap lets 10
//   in and refuses the rest (429) before they open;
// - "many people": the same number spread over accounts of 10 streams each (the cap) on three claims,
//   so every stream is let in and presence fans out to all of them.
// The heartbeat runs every 15 s: give the scenarios at least --duration 20 to see one.
import http from "node:http";
import autocannon from "autocannon";

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** Open one event stream; resolves once its answer's status is known, counting its frames until closed. */
function openStream(base, claimId, cookie) {
  return new Promise((resolve) => {
    const stream = { status: 0, frames: { hello: 0, presence: 0, change: 0, resync: 0 }, close: () => {} };
    const req = http.get(`${base}/api/live/claims/${encodeURIComponent(claimId)}`, { agent, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      stream.status = res.statusCode ?? 0;
      stream.close = () => res.destroy();
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = /^event: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          if (event && event in stream.frames) stream.frames[event]++;
          buffer = buffer.slice(end + 2);
        }
      });
      res.on("error", () => {});
      resolve(stream);
    });
    req.on("error", () => resolve(stream));
  });
}

/**
 * /api/health's latency, sampled every 500 ms until stopped: how long an unrelated request waited
 * (the symptom findings 1 and 3 of issue 13 measured). Shared with bench/imports.mjs.
 */
export function sampleHealth(base) {
  const times = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      await fetch(`${base}/api/health`)
        .then((r) => r.arrayBuffer())
        .catch(() => {});
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return times;
  };
}

/**
 * Run both scenarios. `people` are signed-in cookies, `people[0]` the one person; `desk` is the desk
 * queue scenario of run.mjs (its connections, headers and request), `alone` its result without streams.
 */
export async function runLiveScenarios({ base, duration, streams, claimIds, people, desk, alone, percentile, resetPeak = () => {}, peakMB = () => 0 }) {
  const plans = [
    { name: `desk queue + ${streams} live streams, one person`, plan: Array.from({ length: streams }, () => ({ cookie: people[0], claimId: claimIds[0] })) },
    {
      name: `desk queue + ${streams} live streams, ${Math.ceil(streams / 10)} people`,
      plan: Array.from({ length: streams }, (_, i) => ({
        cookie: people[Math.floor(i / 10) % people.length],
        claimId: claimIds[i % Math.min(3, claimIds.length)],
      })),
    },
  ];
  if (people.length * 10 < streams)
    console.log(`[bench] only ${people.length} accounts for ${streams} streams: the "many people" scenario will see refusals too`);

  const results = [];
  for (const { name, plan } of plans) {
    const latencies = [];
    let errors = 0;
    resetPeak();
    const stopHealth = sampleHealth(base);
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
    // The join storm happens inside the measured window: every stream asked for at once.
    const opening = performance.now();
    const opened = await Promise.all(plan.map(({ cookie, claimId }) => openStream(base, claimId, cookie)));
    const openSeconds = (performance.now() - opening) / 1000;
    const r = await instance;
    const health = (await stopHealth()).sort((a, b) => a - b);
    for (const s of opened) s.close();
    latencies.sort((a, b) => a - b);
    const accepted = opened.filter((s) => s.status === 200);
    const p95 = percentile(latencies, 95);
    results.push({
      scenario: name,
      what: `${streams} streams opened at once, held for ${duration}s; /desk as in "desk queue"`,
      connections: desk.connections,
      rps: Math.round(r.requests.average),
      p50: percentile(latencies, 50),
      p95,
      p99: percentile(latencies, 99),
      errors: errors + r.errors + r.timeouts + r.non2xx,
      peakMB: peakMB(),
      streams: {
        asked: plan.length,
        open: accepted.length,
        refused429: opened.filter((s) => s.status === 429).length,
        other: opened.filter((s) => s.status !== 200 && s.status !== 429).length,
        openSeconds: Number(openSeconds.toFixed(2)),
      },
      presenceFrames: accepted.reduce((n, s) => n + s.frames.presence, 0),
      healthMs: { p50: Math.round(percentile(health, 50)), max: Math.round(health.at(-1) ?? 0) },
      // The bar for side-by-side work: within 20% of the queue's p95 alone.
      p95OfAlone: alone?.p95 ? `${Math.round((p95 / alone.p95) * 100)}%` : "n/a",
    });
    console.log(`[bench] ${name}: p95 ${p95} ms (alone ${alone?.p95} ms), ${accepted.length} open, health max ${results.at(-1).healthMs.max} ms`);
    // Let the closed streams leave (their presence rows, the hub's idle timer) before the next scenario.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  return results;
}
