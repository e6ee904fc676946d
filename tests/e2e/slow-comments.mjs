// Preloaded (node --import) into a second production server by tests/e2e/csp.spec.ts, never into the
// app: every database query that reads comments waits SLOW_QUERY_MS first. The desk layout reads no
// comments and the claim workspace does, so a document load of a claim is slow after its layout —
// the case loading.tsx is for. (The demo database answers too fast for the fallback to be seen.)
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const delay = Number(process.env.SLOW_QUERY_MS || 1500);
const adapter = await new PrismaBetterSQLite3({ url: ":memory:" }).connect();
let proto = Object.getPrototypeOf(adapter);
while (proto && !Object.prototype.hasOwnProperty.call(proto, "queryRaw")) proto = Object.getPrototypeOf(proto);
const queryRaw = proto.queryRaw;
proto.queryRaw = async function slowQueryRaw(query) {
  if (/\bComment\b/.test(query.sql)) await new Promise((resolve) => setTimeout(resolve, delay));
  return queryRaw.call(this, query);
};
await adapter.dispose();
