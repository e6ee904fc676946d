import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseKind, resolveDatabaseUrl } from "./lib/db-url";

/**
 * For the CLI only (migrate deploy/status/diff on PostgreSQL): Prisma 6.19's WebAssembly schema engine
 * cannot read catalog columns of type `name` (OID 19) and `"char"` (OID 18). Report them as text (25).
 * The runtime client (lib/db.ts) never uses this pool.
 */
function retype(result: pg.QueryResult) {
  for (const field of result?.fields ?? []) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
  return result;
}

type AnyQuery = (...args: any[]) => any;

/** Wrap a query function (promise or callback style) so its results are retyped. */
function retyping(query: AnyQuery, self: unknown): AnyQuery {
  return (...args) => {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    const promise = query.apply(self, args).then(retype);
    if (!callback) return promise;
    promise.then(
      (r: pg.QueryResult) => callback(null, r),
      (e: Error) => callback(e),
    );
  };
}

class CatalogTextPool extends pg.Pool {
  query(...args: any[]): any {
    return retyping(super.query, this)(...args);
  }

  // Transactions and schema descriptions run on a checked-out client: retype its results too.
  connect(...args: any[]): any {
    const patch = (client: pg.PoolClient) => {
      const marked = client as pg.PoolClient & { factdeskRetyped?: boolean };
      if (!marked.factdeskRetyped) {
        client.query = retyping(client.query, client) as typeof client.query;
        marked.factdeskRetyped = true;
      }
      return client;
    };
    if (typeof args[0] === "function") {
      const callback = args[0];
      return super.connect((error, client, release) => callback(error, client ? patch(client) : client, release));
    }
    return super.connect().then(patch);
  }
}

const postgres = databaseKind() === "postgres";

// WebAssembly engines only: the CLI needs no native binary download, so installs work offline.
// The SQLite schema is the source of truth; the PostgreSQL one is derived from it (scripts/derive-postgres-schema.mjs).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  adapter: async () =>
    postgres
      ? new PrismaPg(new CatalogTextPool({ connectionString: resolveDatabaseUrl(), allowExitOnIdle: true, idleTimeoutMillis: 200 }))
      : new PrismaBetterSQLite3({ url: resolveDatabaseUrl() }),
});
