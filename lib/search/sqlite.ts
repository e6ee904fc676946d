import { db } from "../db";
import type { ClaimStatus } from "../generated/prisma/enums";
import { MARK_CLOSE, MARK_OPEN, ftsQuery, markTerms } from "./highlight";
import type { SearchKind } from "./schemas";

// All SQLite-specific search SQL lives here (FTS5 with bm25 ranking); another database gets its own file.

export type SearchRow = { kind: SearchKind; id: string; title: string; body: string; status: ClaimStatus | null; rank: number };

export type SearchOptions = { q: string; kinds: SearchKind[]; status?: ClaimStatus; publishedOnly?: boolean; limit: number; offset: number };

const M = [MARK_OPEN, MARK_CLOSE];

function parts({ q, kinds, status, publishedOnly }: SearchOptions): { sql: string; params: unknown[] }[] {
  const match = ftsQuery(q)!;
  const out: { sql: string; params: unknown[] }[] = [];
  const claimFilter = publishedOnly ? `AND c."status" = 'PUBLISHED' AND c."slug" IS NOT NULL` : status ? `AND c."status" = ?` : "";
  const claimParams = !publishedOnly && status ? [status] : [];
  if (kinds.includes("claim")) {
    out.push({
      sql: `SELECT 'claim' AS kind, c."id" AS id, highlight("claim_fts", 1, ?, ?) AS title, highlight("claim_fts", 0, ?, ?) AS body,
              c."status" AS status, bm25("claim_fts", 2.0, 1.0) AS rank
            FROM "claim_fts" JOIN "Claim" c ON c.rowid = "claim_fts".rowid
            WHERE "claim_fts" MATCH ? ${claimFilter}`,
      params: [...M, ...M, match, ...claimParams],
    });
  }
  if (kinds.includes("article") && !publishedOnly) {
    out.push({
      sql: `SELECT 'article' AS kind, a."id" AS id, highlight("article_fts", 0, ?, ?) AS title,
              snippet("article_fts", 2, ?, ?, '…', 24) AS body, NULL AS status, bm25("article_fts", 4.0, 2.0, 1.0) AS rank
            FROM "article_fts" JOIN "Article" a ON a.rowid = "article_fts".rowid
            WHERE "article_fts" MATCH ?`,
      params: [...M, ...M, match],
    });
  }
  if (kinds.includes("source") && !publishedOnly) {
    out.push({
      sql: `SELECT 'source' AS kind, s."id" AS id, highlight("source_fts", 0, ?, ?) AS title,
              coalesce(highlight("source_fts", 1, ?, ?), '') || ' · ' || s."url" AS body, c."status" AS status,
              bm25("source_fts", 3.0, 1.0, 0.5) AS rank
            FROM "source_fts" JOIN "Source" s ON s.rowid = "source_fts".rowid JOIN "Claim" c ON c."id" = s."claimId"
            WHERE "source_fts" MATCH ? ${claimFilter}`,
      params: [...M, ...M, match, ...claimParams],
    });
  }
  if (kinds.includes("claimant") && !publishedOnly) {
    // One row per claimant whose name matches; ranked by their best-matching claim.
    out.push({
      sql: `SELECT 'claimant' AS kind, claimant AS id, claimant AS title, count(*) || ' claim(s)' AS body, NULL AS status, min(r) AS rank
            FROM (SELECT c."claimant" AS claimant, bm25("claim_fts", 0.0, 1.0) AS r
                  FROM "claim_fts" JOIN "Claim" c ON c.rowid = "claim_fts".rowid WHERE "claim_fts" MATCH ?
                  LIMIT -1 -- keeps SQLite from flattening bm25() into the aggregate, where it cannot run
                  )
            GROUP BY claimant`,
      params: [`{claimant} : (${match})`],
    });
  }
  return out;
}

export async function searchSqlite(options: SearchOptions): Promise<{ rows: SearchRow[]; total: number }> {
  if (!ftsQuery(options.q) || options.kinds.length === 0) return { rows: [], total: 0 };
  const selected = parts(options);
  if (selected.length === 0) return { rows: [], total: 0 };
  const union = selected.map((p) => p.sql).join("\nUNION ALL\n");
  const params = selected.flatMap((p) => p.params);
  const [rows, count] = await Promise.all([
    db.$queryRawUnsafe<SearchRow[]>(`SELECT * FROM (${union}) ORDER BY rank ASC, kind ASC, id ASC LIMIT ? OFFSET ?`, ...params, options.limit, options.offset),
    db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM (${union})`, ...params),
  ]);
  return {
    rows: rows.map((r) => (r.kind === "claimant" ? { ...r, title: markTerms(r.title, options.q) } : { ...r, rank: Number(r.rank) })),
    total: Number(count[0]?.n ?? 0),
  };
}

/** Claims sharing words with `text`, best first: the candidates that repeat matching then scores exactly. */
export async function candidateClaimsSqlite({ text, excludeId, limit = 50 }: { text: string; excludeId?: string; limit?: number }) {
  const terms = [...new Set((text.normalize("NFKC").match(/[\p{L}\p{N}]{3,}/gu) ?? []).map((t) => t.toLowerCase()))].slice(0, 40);
  if (terms.length === 0) return [];
  const match = terms.map((t) => `"${t}"`).join(" OR ");
  return db.$queryRawUnsafe<{ id: string; quote: string }[]>(
    `SELECT c."id" AS id, c."quote" AS quote FROM "claim_fts" JOIN "Claim" c ON c.rowid = "claim_fts".rowid
     WHERE "claim_fts" MATCH ? AND c."id" <> ? ORDER BY bm25("claim_fts", 1.0, 0.0) LIMIT ?`,
    `{quote} : (${match})`,
    excludeId ?? "",
    limit,
  );
}
