// Shared start-up steps for `npm start` and the end-to-end server: database, secret, build.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { bundleIntakeWorker } from "./intake-bundle.mjs";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n[factdesk] "${path.basename(cmd)} ${args.join(" ")}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

export const isPostgres = (url) => /^postgres(ql)?:\/\//.test(url ?? "");

export function databaseFile(url) {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a SQLite file URL (file:...), got "${url}"`);
  const file = url.slice(5);
  return path.isAbsolute(file) ? file : path.resolve(root, file);
}

/**
 * Apply committed migrations, switch to WAL, and — only when `demo` says so (see demo-policy.mjs) —
 * seed the demo when the database is empty. The caller decides: the demo's passwords are public.
 */
export function prepareDatabase(env, { demo }) {
  if (isPostgres(env.DATABASE_URL)) {
    console.log(`[factdesk] Database: PostgreSQL ${env.DATABASE_URL.replace(/\/\/[^@/]*@/, "//…@")}`);
    run(bin("prisma"), ["migrate", "deploy"], env);
  } else {
    const file = databaseFile(env.DATABASE_URL);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    console.log(`[factdesk] Database: ${file}`);
    run(bin("prisma"), ["migrate", "deploy"], env);
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  if (demo) run(bin("tsx"), ["prisma/seed.ts"], env);
}

/** A one-time setup token while the desk has no account (null otherwise); see lib/setup/first-admin.ts. */
export function issueSetupToken(env) {
  const result = spawnSync(bin("tsx"), ["scripts/setup-link.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  const token = result.status === 0 ? String(result.stdout).trim() : "";
  return token === "" ? null : token;
}

/** A per-install secret for signing sessions, kept beside the database unless NEXTAUTH_SECRET is set. */
export function ensureSecret(env) {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  // Several instances on one PostgreSQL database must share NEXTAUTH_SECRET; one instance keeps its own under data/.
  const dir = isPostgres(env.DATABASE_URL) ? path.join(root, "data") : path.dirname(databaseFile(env.DATABASE_URL));
  const file = path.join(dir, ".nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

const BUILD_INPUTS = [
  "app",
  "lib",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.mjs",
  "scripts/intake-bundle.mjs",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function hashTree(hash, p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    if (p.endsWith("generated")) return;
    for (const entry of fs.readdirSync(full).sort()) hashTree(hash, path.join(p, entry));
  } else {
    hash.update(p).update(fs.readFileSync(full));
  }
}

function sourceDigest() {
  const hash = createHash("sha256");
  for (const p of BUILD_INPUTS) hashTree(hash, p);
  return hash.digest("hex");
}
const SOURCES_STAMP = "factdesk-source-hash";
/** Settings that statically rendered public pages (methodology, feed, the dates on the home page) show. */
const BUILD_SETTINGS = [
  "FACTDESK_SITE_NAME",
  "FACTDESK_PUBLIC_URL",
  "FACTDESK_ORG_NAME",
  "FACTDESK_ORG_URL",
  "FACTDESK_CORRECTIONS_EMAIL",
  "FACTDESK_TIME_ZONE",
];

/** Build unless the build folder already holds a build of exactly these sources. */
export function buildIfNeeded(env) {
  const distDir = path.join(root, env.NEXT_DIST_DIR || ".next");
  const sources = sourceDigest();
  // A build prerenders public pages from the database it sees, and with the newsroom's public settings
  // (its name, address, corrections contact): another database or another setting needs another build.
  const digest = createHash("sha256")
    .update(sources)
    .update(env.DATABASE_URL ?? "")
    .update(JSON.stringify(BUILD_SETTINGS.map((name) => env[name] ?? "")))
    .digest("hex");
  const stamp = path.join(distDir, "factdesk-build-hash");
  if (fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) {
    console.log("[factdesk] Build is up to date.");
    return;
  }
  console.log("[factdesk] Building the app (a minute or two on a small machine)…");
  run(bin("next"), ["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  bundleIntakeWorker(env.NEXT_DIST_DIR);
  fs.writeFileSync(stamp, digest);
  fs.writeFileSync(path.join(distDir, SOURCES_STAMP), sources);
}

/** Whether `distDir` holds a build of exactly these sources, whatever database it was built against. */
export function builtFromTheseSources(distDir) {
  const stamp = path.join(root, distDir, SOURCES_STAMP);
  return fs.existsSync(path.join(root, distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === sourceDigest();
}

/**
 * Remove from a build the pages it rendered from its database, so that, served against another
 * database, they render from that one on their first request. They are the routes with a revalidate
 * time (every page read from the database has one; the static pages do not) and the page cache the
 * build's servers wrote at run time (server/route-cache). Returns the routes.
 */
export function dropDatabasePages(distDir) {
  const dir = path.join(root, distDir);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "prerender-manifest.json"), "utf8"));
  const routes = Object.entries(manifest.routes)
    .filter(([, route]) => typeof route.initialRevalidateSeconds === "number")
    .map(([route]) => route);
  for (const route of routes) {
    const base = path.join(dir, "server", "app", route === "/" ? "index" : route.slice(1));
    // claims.html, claims.rsc, claims.meta, claims.segments/; feed.xml.body, feed.xml.meta
    for (const entry of fs.readdirSync(path.dirname(base)))
      if (entry.startsWith(path.basename(base) + ".")) fs.rmSync(path.join(path.dirname(base), entry), { recursive: true, force: true });
  }
  fs.rmSync(path.join(dir, "server", "route-cache"), { recursive: true, force: true });
  fs.rmSync(path.join(dir, "factdesk-build-hash"), { force: true });
  return routes;
}

/** A copy of a build in place of `toDir`, without its build cache (cache/): a server does not read it, and it is most of the folder. */
export function copyBuild(fromDir, toDir) {
  fs.rmSync(path.join(root, toDir), { recursive: true, force: true });
  const from = path.join(root, fromDir);
  fs.cpSync(from, path.join(root, toDir), { recursive: true, filter: (file) => file !== path.join(from, "cache") });
}

/** A copy of a build, without the pages it rendered from its database (see dropDatabasePages). */
export function copyBuildWithoutPages(fromDir, toDir) {
  copyBuild(fromDir, toDir);
  return dropDatabasePages(toDir);
}

/** The demo's sign-ins still usable (demo:remove deletes or disables them). */
export function demoAccounts(env) {
  return query(env, `SELECT email, role FROM "User" WHERE email LIKE '%@factdesk.test' AND disabled = false ORDER BY email`);
}

export async function userCount(env) {
  const [row] = await query(env, `SELECT COUNT(*) AS n FROM "User"`);
  return Number(row.n);
}

async function query(env, sql) {
  if (isPostgres(env.DATABASE_URL)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(databaseFile(env.DATABASE_URL), { readonly: true });
  try {
    return sqlite.prepare(sql).all();
  } finally {
    sqlite.close();
  }
}
