// Run a test command against PostgreSQL, or say in one line why it was skipped.
//   node scripts/with-postgres.mjs [--e2e] <command> [args...]
// --e2e: create a fresh database for the end-to-end servers (dropped afterwards) and run them on
// their own ports and build folder (a copy of the SQLite run's build when there is one of these
// sources), with a second instance on the same database.
// TEST_POSTGRES_URL names a database on the server the suite may use to create its own databases.
// Unset: the machine's usual server (postgresql://postgres@127.0.0.1:5432/test) is tried; "off" skips.
import { spawnSync } from "node:child_process";
import pg from "pg";

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test";
const argv = process.argv.slice(2);
const e2e = argv[0] === "--e2e";
const [command, ...args] = e2e ? argv.slice(1) : argv;
const explicit = process.env.TEST_POSTGRES_URL?.trim();
const safe = (url) => url.replace(/\/\/[^@/]*@/, "//…@");

function skip(reason) {
  console.log(
    `[factdesk] PostgreSQL suite skipped: ${reason}. To run it, set TEST_POSTGRES_URL=postgresql://USER@HOST:PORT/DB (a server where the user may create databases).`,
  );
  process.exit(0);
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

if (explicit === "off") skip("TEST_POSTGRES_URL=off");
const url = explicit || DEFAULT_URL;
if (!(await reachable(url))) {
  if (explicit) {
    console.error(`[factdesk] TEST_POSTGRES_URL is set but ${safe(url)} cannot be reached.`);
    process.exit(1);
  }
  skip(`no PostgreSQL server answers at ${safe(DEFAULT_URL)}`);
}
console.log(`[factdesk] PostgreSQL suite against ${safe(url)}`);
const env = { ...process.env, TEST_POSTGRES_URL: url };
let fresh = null;
if (e2e) {
  fresh = `factdesk_e2e_${process.pid}_${Date.now().toString(36)}`;
  await admin(url, `CREATE DATABASE "${fresh}"`);
  const target = new URL(url);
  target.pathname = "/" + fresh;
  Object.assign(env, {
    E2E_DATABASE_URL: target.toString(),
    E2E_PORT: env.E2E_PORT_PG || "3101",
    E2E_SECOND_PORT: env.E2E_SECOND_PORT_PG || "3102",
    E2E_DIST_DIR: env.E2E_DIST_DIR_PG || ".next-e2e-pg",
    // The SQLite run's build, served without its database's pages when it is a build of these sources.
    E2E_BUILD_FROM: env.E2E_DIST_DIR || ".next-e2e",
  });
}
const result = spawnSync(command, args, { stdio: "inherit", env });
if (fresh) await admin(url, `DROP DATABASE IF EXISTS "${fresh}" WITH (FORCE)`).catch((e) => console.error(`[factdesk] could not drop ${fresh}: ${e.message}`));
process.exit(result.status ?? 1);

async function admin(base, sql) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
