import { databaseKind } from "../db-url";
import { candidateClaimsPostgres, searchPostgres } from "./postgres";
import type { SearchOptions } from "./answer";
import { candidateClaimsSqlite, searchSqlite } from "./sqlite";

// The one place that picks the search implementation for the configured database.

export function searchRows(options: SearchOptions) {
  return databaseKind() === "postgres" ? searchPostgres(options) : searchSqlite(options);
}

export function candidateClaims(options: { text: string; excludeId?: string; limit?: number; budget?: number }) {
  return databaseKind() === "postgres" ? candidateClaimsPostgres(options) : candidateClaimsSqlite(options);
}
