// `npm run bench [-- --claims N --duration S --connections C --database sqlite|postgres|all]`: builds the
// production server, loads a corpus of N claims, then drives each scenario with autocannon and reports
// throughput, latency and the server's peak memory — on SQLite, and on PostgreSQL when a server answers
// at BENCH_POSTGRES_URL (default TEST_POSTGRES_URL, else postgresql://postgres@127.0.0.1:5432/test).
// `--live-streams N` (default 300, 0 to skip): the live-streams scenarios of bench/live-streams.mjs.
// `--importers N` (default 2, 0 to skip) and `--import-kb K[,K…]` (default 1000): the import scenario of
// bench/imports.mjs, N people importing K KB articles while the desk queue is served (use --duration 60
// or more so several imports finish inside the window).
// `--scenario "<name>"` (once per scenario) runs only those of the main table (and the baseline) and
// prints them, leaving bench/results.json as it is; --live-streams and --importers still decide theirs.
// Results: printed tables and bench/results.json.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { demoDecision } from "../scripts/demo-policy.mjs";
import { buildIfNeeded, prepareDatabase, root } from "../scripts/prepare.mjs";
import { runImportScenario } from "./imports.mjs";
import { runLiveScenarios } from "./live-streams.mjs";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "16" },
    database: { type: "string", default: "all" },
    "live-streams": { type: "string", default: "300" },
    importers: { type: "string", default: "2" },
    "import-kb": { type: "string", default: "1000" },
    scenario: { type: "string", multiple: true },
  },
});
const CLAIMS = Number(values.claims);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const LIVE_STREAMS = Number(values["live-streams"]);
const IMPORTERS = Number(values.importers);
// One import scenario per size: --import-kb 20,100,1000 tries three.
const IMPORT_SIZES = values["import-kb"].split(",").map((kb) => Number(kb) * 1000);
// The live scenarios spread their streams over accounts of 10 (the per-person cap, lib/live/presence.ts).
const LIVE_PEOPLE = Math.ceil(LIVE_STREAMS / 10);
// The names --scenario accepts, checked before anything is loaded (each scenario below must be one of them).
const SCENARIO_NAMES = [
  "baseline",
  "public verdict page",
  "desk queue",
  "desk queue, people signing in",
  "claim page",
  "claim page, first view",
  "claim page, claims being created",
  "article page",
  "my work",
  "inbox",
  "inbox, people searching",
  "dashboard",
  "search",
  "write",
];
const ONLY = values.scenario ? new Set(["baseline", ...values.scenario]) : null;
const unknownScenarios = [...(ONLY ?? [])].filter((name) => !SCENARIO_NAMES.includes(name));
if (unknownScenarios.length) {
  console.error(
    `[bench] no scenario is named ${unknownScenarios.map((n) => `"${n}"`).join(", ")}; the names: ${SCENARIO_NAMES.map((n) => `"${n}"`).join(", ")}`,
  );
  process.exit(2);
}
const PORT = "3300";
const BASE = `http://127.0.0.1:${PORT}`;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";

async function admin(sql) {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Load the corpus into a fresh database of this kind, serve it, drive every scenario. */
async function benchOn(database) {
  const dataDir = path.join(root, "bench", ".data");
  let cleanup = async () => {};
  let url = `file:${path.join(dataDir, "bench.db")}`;
  if (database === "postgres") {
    const name = `factdesk_bench_${process.pid}`;
    await admin(`CREATE DATABASE "${name}"`);
    const target = new URL(POSTGRES_URL);
    target.pathname = "/" + name;
    url = target.toString();
    cleanup = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: database === "postgres" ? ".next-bench-pg" : ".next-bench",
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "bench-only-secret",
    NODE_ENV: "production",
    PORT,
    HOSTNAME_BIND: "127.0.0.1",
    // The scenarios sign in as the demo editor: ask for the demo, since DATABASE_URL is set here.
    FACTDESK_DEMO: "1",
  };

  console.log(`[bench] ${database}: ${CLAIMS} claims, ${DURATION}s per scenario, ${CONNECTIONS} connections`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  prepareDatabase(env, { demo: demoDecision(env).seed });
  const loaded = JSON.parse(
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["bench/load.ts", String(CLAIMS), String(LIVE_PEOPLE)], {
      cwd: root,
      env,
      maxBuffer: 64 * 1024 * 1024,
    })
      .toString()
      .trim()
      .split("\n")
      .pop(),
  );
  console.log(`[bench] loaded ${loaded.claims} claims in ${loaded.seconds.toFixed(1)} s (${Math.round(loaded.claims / loaded.seconds)} claims/s)`);
  buildIfNeeded(env);

  const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve) => server.stdout.on("data", (d) => String(d).includes("Ready") && resolve()));
  let peak = 0;
  const rss = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, "utf8"))[1]);
      peak = Math.max(peak, kb * 1024);
    } catch {
      /* the server is gone */
    }
  };
  const sampler = setInterval(rss, 200);

  async function signIn(email = "editor@factdesk.test") {
    const csrf = await fetch(`${BASE}/api/auth/csrf`);
    const { csrfToken } = await csrf.json();
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email, password: "factdesk-demo-2026", json: "true" }),
    });
    return [cookie, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  }
  const cookie = await signIn();
  const reviewer = await signIn(loaded.reviewerEmail);

  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  /**
   * `attempt(i)` one after another, `gapMs` apart, until stopped (`people` such loops at once); stopping
   * answers how many succeeded and how long each took (a failure is counted apart, not as a fast one),
   * under `names`' keys.
   */
  function alongside(gapMs, attempt, names, people = 1) {
    let stopped = false;
    let failed = 0;
    const took = [];
    const loop = async () => {
      for (let i = 0; !stopped; i++) {
        const started = performance.now();
        const ok = await attempt(i).catch(() => false);
        if (ok) took.push(performance.now() - started);
        else failed++;
        await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
    };
    const loops = Promise.all(Array.from({ length: people }, loop));
    return async () => {
      stopped = true;
      await loops;
      took.sort((a, b) => a - b);
      const [done, notDone, p50, p95] = names;
      return { [done]: took.length, [notDone]: failed, [p50]: Math.round(percentile(took, 50)), [p95]: Math.round(percentile(took, 95)) };
    };
  }
  /** Sign-ins, each `gapMs` after the last: a sign-in that gives no session fails. */
  const signInsAlongside = (gapMs) =>
    alongside(gapMs, () => signIn().then((cookies) => cookies.includes("session-token")), ["signIns", "signInsFailed", "signInP50", "signInP95"]);
  /** Claims created as a person marking articles does (an article's first sentence), each `gapMs` after the last. */
  const claimsAlongside = (gapMs) =>
    alongside(
      gapMs,
      (i) =>
        fetch(`${BASE}${creation.at({ id: loaded.spans[i % loaded.spans.length].articleId })}`, {
          method: "POST",
          headers: { cookie, "next-action": creation.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
          body: JSON.stringify([{ ...loaded.spans[i % loaded.spans.length], claimant: "Bench claimant", claimantType: "PERSON" }]),
        }).then(async (res) => res.ok && (await res.text()).includes('"ok":true')),
      ["created", "createFailed", "createP50", "createP95"],
    );
  const words = ["government", "inflation", "housing", "sanctions", "coalition", "hospital", "energy", "border", "wages", "summit", "election", "climate"];
  /** Two people searching, each a common word as soon as the last answered. */
  const searchesAlongside = () =>
    alongside(
      0,
      () => fetch(`${BASE}/desk/search?q=${pick(words)}`, { headers: { cookie } }).then(async (res) => (await res.arrayBuffer()) && res.ok),
      ["searches", "searchesFailed", "searchP50", "searchP95"],
      2,
    );
  const statuses = ["NEW", "RESEARCHING", "IN_REVIEW", "PUBLISHED"];
  /** The desk queue filtered by a status, on a random page of the first 50. */
  const deskQueuePage = () => ({ path: `/desk?status=${pick(statuses)}&page=${1 + Math.floor(Math.random() * 50)}` });
  const manifest = JSON.parse(fs.readFileSync(path.join(root, env.NEXT_DIST_DIR, "server/server-reference-manifest.json"), "utf8")).node;
  /**
   * A server action's id and the address of the page a person calls it from ("app/(desk)/desk/claims/[id]/page"
   * → /desk/claims/<id>). Posted to a page whose bundle lacks the action, Next forwards the request to one
   * that has it, over HTTP to itself: twice the work, which no person's click costs.
   */
  const serverAction = (name, page) => {
    const [id, action] = Object.entries(manifest).find(([, a]) => a.exportedName === name) ?? [];
    if (!action?.workers[page]) throw new Error(`[bench] ${name} is not an action of ${page} in this build`);
    const segments = page.split("/").slice(1, -1);
    if (segments.some((s) => s.startsWith("@") || s.startsWith("(.") || s.startsWith("[..") || s.startsWith("[[")))
      throw new Error(`[bench] ${page}: slots, intercepting and catch-all segments are not mapped`);
    const route = segments.filter((s) => !/^\(.*\)$/.test(s)).join("/");
    return {
      id,
      at: (params) =>
        "/" +
        route.replace(/\[(\w+)\]/g, (_, key) => {
          if (params[key] === undefined) throw new Error(`[bench] ${page} needs ${key}`);
          return encodeURIComponent(params[key]);
        }),
    };
  };
  const transition = serverAction("transitionClaimAction", "app/(desk)/desk/claims/[id]/page");
  const creation = serverAction("createClaimAction", "app/(desk)/desk/articles/[id]/page");
  const pool = [...loaded.newClaims];

  // Public pages are cached after their first render: warm the slugs the scenario will use.
  for (let i = 0; i < loaded.slugs.length; i += 16)
    await Promise.all(loaded.slugs.slice(i, i + 16).map((s) => fetch(`${BASE}/claims/${s}`).then((r) => r.arrayBuffer())));
  await fetch(`${BASE}/methodology`).then((r) => r.arrayBuffer());
  // A claim page matches the claim's repeats on its first view and keeps them (lib/tracking/repeat-store.ts):
  // view the scenario's claims once, as a desk at work has viewed its claims. First views are a scenario of
  // their own, on other claims.
  const warmStarted = Date.now();
  for (let i = 0; i < loaded.claimIds.length; i += 2)
    await Promise.all(loaded.claimIds.slice(i, i + 2).map((id) => fetch(`${BASE}/desk/claims/${id}`, { headers: { cookie } }).then((r) => r.arrayBuffer())));
  console.log(`[bench] ${database}: viewed ${loaded.claimIds.length} claim pages once in ${((Date.now() - warmStarted) / 1000).toFixed(1)} s`);
  const unseen = [...loaded.unseenClaimIds].sort(() => Math.random() - 0.5);

  const SCENARIOS = [
    { name: "baseline", what: "static route /methodology", request: () => ({ path: "/methodology" }) },
    { name: "public verdict page", what: "/claims/<random published slug>", request: () => ({ path: `/claims/${pick(loaded.slugs)}` }) },
    {
      name: "desk queue",
      what: "/desk filtered by status, random page",
      connections: 2,
      headers: { cookie },
      request: deskQueuePage,
    },
    {
      // Sign-in checks a password with bcrypt (about 0.3 s of CPU): what everyone else feels while it runs.
      name: "desk queue, people signing in",
      what: "the desk queue while a person signs in every half second after the last",
      connections: 2,
      headers: { cookie },
      request: deskQueuePage,
      during: () => signInsAlongside(500),
    },
    {
      name: "claim page",
      what: "/desk/claims/<random claim viewed before>",
      connections: 2,
      headers: { cookie },
      request: () => ({ path: `/desk/claims/${pick(loaded.claimIds)}` }),
    },
    {
      name: "claim page, first view",
      what: "/desk/claims/<a claim never viewed before>: its repeats matched and kept",
      connections: 2,
      headers: { cookie },
      // Each page once: a number of requests (about the scenario's duration) instead of a time.
      amount: Math.min(loaded.unseenClaimIds.length, 25 * DURATION),
      request: () => ({ path: `/desk/claims/${unseen.pop()}` }),
    },
    {
      // New claims are matched against on the next view of every claim page (lib/tracking/repeat-store.ts).
      name: "claim page, claims being created",
      what: "/desk/claims/<random claim viewed before> while a person creates a claim every half second after the last",
      connections: 2,
      headers: { cookie },
      request: () => ({ path: `/desk/claims/${pick(loaded.claimIds)}` }),
      during: () => claimsAlongside(500),
    },
    {
      name: "article page",
      what: "/desk/articles/<random article>",
      connections: 2,
      headers: { cookie },
      request: () => ({ path: `/desk/articles/${pick(loaded.articleIds)}` }),
    },
    // The corpus assigns half its claims to the first reviewer: their My work is the longest there is.
    {
      name: "my work",
      what: "/desk/my-work as the reviewer holding half the claims",
      connections: 2,
      headers: { cookie: reviewer },
      request: () => ({ path: "/desk/my-work" }),
    },
    { name: "inbox", what: "/desk/inbox as that reviewer", connections: 2, headers: { cookie: reviewer }, request: () => ({ path: "/desk/inbox" }) },
    {
      // One person's page while two others search: what a search costs everyone else.
      name: "inbox, people searching",
      what: "/desk/inbox as that reviewer, one at a time, while two people search common words back to back",
      connections: 1,
      headers: { cookie: reviewer },
      request: () => ({ path: "/desk/inbox" }),
      during: searchesAlongside,
    },
    { name: "dashboard", what: "/desk/dashboard", connections: 2, headers: { cookie }, request: () => ({ path: "/desk/dashboard" }) },
    { name: "search", what: "/desk/search?q=<random word>", connections: 2, headers: { cookie }, request: () => ({ path: `/desk/search?q=${pick(words)}` }) },
    {
      name: "write",
      what: "claim status change (triage) with its audit event",
      connections: 2,
      headers: { cookie, "next-action": transition.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      // Posted to the claim's page, where the person clicks.
      request: () => {
        const claimId = pool.pop() ?? "exhausted";
        return { method: "POST", path: transition.at({ id: claimId }), body: JSON.stringify([{ claimId, version: 1, action: "triage" }]) };
      },
    },
  ];

  const unnamed = SCENARIOS.filter((s) => !SCENARIO_NAMES.includes(s.name));
  if (unnamed.length) throw new Error(`[bench] SCENARIO_NAMES lacks ${unnamed.map((s) => `"${s.name}"`).join(", ")}`);
  const results = [];
  for (const s of SCENARIOS.filter((s) => !ONLY || ONLY.has(s.name))) {
    peak = 0;
    const latencies = [];
    let errors = 0;
    const instance = autocannon({
      url: BASE,
      connections: s.connections ?? CONNECTIONS,
      ...(s.amount ? { amount: s.amount } : { duration: DURATION }),
      headers: s.headers,
      requests: [{ setupRequest: (req) => ({ ...req, ...s.request() }) }],
    });
    instance.on("response", (_client, status, _bytes, time) => {
      latencies.push(time);
      if (status >= 400) errors++;
    });
    const stopAlongside = s.during?.();
    const r = await instance;
    const alongside = stopAlongside ? await stopAlongside() : undefined;
    latencies.sort((a, b) => a - b);
    results.push({
      scenario: s.name,
      what: s.what,
      connections: s.connections ?? CONNECTIONS,
      rps: Math.round(r.requests.average),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      errors: errors + r.errors + r.timeouts + r.non2xx,
      peakMB: Math.round(peak / 1048576),
      ...alongside,
    });
    console.log(`[bench] ${database} ${s.name}: ${results.at(-1).rps} req/s`);
  }
  if (LIVE_STREAMS > 0) {
    const desk = SCENARIOS.find((s) => s.name === "desk queue");
    // The one person is the editor the desk queue is served to; the others are the loaded fact-checkers.
    const people = [cookie];
    for (const email of loaded.liveEmails) people.push(await signIn(email));
    const live = await runLiveScenarios({
      base: BASE,
      duration: DURATION,
      streams: LIVE_STREAMS,
      claimIds: loaded.newClaims.slice(-3),
      people,
      desk,
      alone: results.find((r) => r.scenario === "desk queue"),
      percentile,
      resetPeak: () => (peak = 0),
      peakMB: () => Math.round(peak / 1048576),
    });
    results.push(...live);
  }
  for (const bytes of IMPORTERS > 0 ? IMPORT_SIZES : []) {
    results.push(
      await runImportScenario({
        base: BASE,
        root,
        duration: DURATION,
        importers: IMPORTERS,
        bytes,
        cookie,
        desk: SCENARIOS.find((s) => s.name === "desk queue"),
        alone: results.find((r) => r.scenario === "desk queue"),
        percentile,
        resetPeak: () => (peak = 0),
        peakMB: () => Math.round(peak / 1048576),
      }),
    );
  }
  clearInterval(sampler);
  server.kill("SIGTERM");
  await new Promise((resolve) => server.on("exit", resolve));
  await cleanup();

  const base = results[0].rps;
  for (const r of results) r.ofBaseline = `${Math.round((r.rps / base) * 100)}%`;
  return { database, claims: loaded.claims, load: { seconds: loaded.seconds, claimsPerSecond: Math.round(loaded.claims / loaded.seconds) }, results };
}

const wanted = values.database === "all" ? ["sqlite", "postgres"] : [values.database];
const runs = [];
for (const database of wanted) {
  if (database === "postgres") {
    const up = await admin("SELECT 1").then(
      () => true,
      () => false,
    );
    if (!up) {
      console.log(`[bench] PostgreSQL skipped: nothing answers at ${POSTGRES_URL.replace(/\/\/[^@/]*@/, "//…@")} (set BENCH_POSTGRES_URL).`);
      continue;
    }
  } else if (database !== "sqlite") {
    console.error(`[bench] --database must be sqlite, postgres or all, not "${database}"`);
    process.exit(2);
  }
  runs.push(await benchOn(database));
}

const fmt = (n) => (typeof n === "number" ? n.toFixed(n < 10 && !Number.isInteger(n) ? 1 : 0) : n);
for (const run of runs) {
  console.log(`\n${run.database}: ${run.claims} claims, corpus load ${run.load.claimsPerSecond} claims/s`);
  console.log(
    "| scenario | connections | req/s | p50 ms | p95 ms | p99 ms | errors | peak MB | of baseline |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const r of run.results)
    console.log(
      `| ${r.scenario} | ${r.connections} | ${r.rps} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | ${r.peakMB} | ${r.ofBaseline} |`,
    );
  for (const r of run.results.filter((r) => r.signIns))
    console.log(`${r.scenario}: ${r.signIns} sign-ins alongside (${r.signInsFailed} failed), each p50 ${r.signInP50} ms, p95 ${r.signInP95} ms`);
  for (const r of run.results.filter((r) => r.searches !== undefined))
    console.log(`${r.scenario}: ${r.searches} searches alongside (${r.searchesFailed} failed), each p50 ${r.searchP50} ms, p95 ${r.searchP95} ms`);
  for (const r of run.results.filter((r) => r.created !== undefined))
    console.log(`${r.scenario}: ${r.created} claims created alongside (${r.createFailed} failed), each p50 ${r.createP50} ms, p95 ${r.createP95} ms`);
  const live = run.results.filter((r) => r.streams);
  if (live.length) {
    console.log(
      "\n| live scenario | streams asked | open | refused (429) | other | opened in s | presence frames | /api/health p50 / max ms | queue p95 of alone |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const r of live)
      console.log(
        `| ${r.scenario} | ${r.streams.asked} | ${r.streams.open} | ${r.streams.refused429} | ${r.streams.other} | ${r.streams.openSeconds} | ${r.presenceFrames} | ${r.healthMs.p50} / ${r.healthMs.max} | ${r.p95OfAlone} |`,
      );
  }
  const imports = run.results.filter((r) => r.imports);
  if (imports.length) {
    console.log(
      "\n| import scenario | bytes each | imports (status, seconds, suggestions) | /api/health p50 / max ms | queue p95 ms | queue p95 of alone |\n| --- | ---: | --- | ---: | ---: | ---: |",
    );
    for (const r of imports)
      console.log(
        `| ${r.scenario} | ${r.imports.bytes} | ${r.imports.runs.map((i) => `${i.status}, ${i.seconds} s, ${i.suggestions}${i.skipped ? " (skipped)" : ""}`).join("; ")} | ${r.healthMs.p50} / ${r.healthMs.max} | ${fmt(r.p95)} | ${r.p95OfAlone} |`,
      );
  }
}
const out = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  claims: CLAIMS,
  durationSeconds: DURATION,
  connections: CONNECTIONS,
  runs,
};
if (ONLY) console.log("\n[bench] --scenario: bench/results.json left as it was");
else {
  fs.writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(out, null, 2) + "\n");
  console.log(`\n[bench] results in bench/results.json`);
}
process.exit(0);
