// Preloaded (node --import) into a second production server by tests/e2e/csp.spec.ts and
// tests/e2e/shutdown.spec.ts, never into the app: every database query that reads comments waits
// SLOW_QUERY_MS first. The desk layout reads no comments and the claim workspace does, so a document
// load of a claim is slow after its layout — the case the desk's loading state (desk-loading.tsx) is for. (The demo database answers
// too fast for the fallback to be seen.)
//
// The wait comes before the query takes its turn on the SQLite connection (lib/sqlite-turns.ts), as a
// slow network or a slow plan would: a real query never sleeps while holding the turn, so neither may
// this one. lib/db.ts replaces an adapter's queryRaw with one that takes turns (an assignment on the
// adapter); the prototype's queryRaw becomes an accessor that wraps whatever is assigned, so the sleep
// lands outside the turn.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const delay = Number(process.env.SLOW_QUERY_MS || 1500);
const adapter = await new PrismaBetterSQLite3({ url: ":memory:" }).connect();
let proto = Object.getPrototypeOf(adapter);
while (proto && !Object.prototype.hasOwnProperty.call(proto, "queryRaw")) proto = Object.getPrototypeOf(proto);
await adapter.dispose();
if (!proto) throw new Error("slow-comments.mjs: the adapter has no queryRaw to slow down");

const slow = (queryRaw) =>
  async function slowQueryRaw(query) {
    if (/\bComment\b/.test(query.sql)) await new Promise((resolve) => setTimeout(resolve, delay));
    return queryRaw.call(this, query);
  };
const original = proto.queryRaw;
const assigned = new WeakMap();
Object.defineProperty(proto, "queryRaw", {
  configurable: true,
  // Read before any assignment (lib/db.ts binds it to take turns around it): the adapter's own query.
  get() {
    return assigned.get(this) ?? original;
  },
  // The turn-taking query assigned on an adapter: slowed before it takes its turn.
  set(queryRaw) {
    assigned.set(this, slow(queryRaw));
  },
});
