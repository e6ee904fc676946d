import { readEach, readRows, type Param } from "../sqlite-reader";
import type { ClaimStatus, Rating } from "../generated/prisma/enums";
import { MARK_CLOSE, MARK_OPEN, SNIPPET_CHARS, ftsQuery, markTerms, snippetAround } from "./highlight";
import { SEARCH_COUNTED, SEARCH_RANKED, type SearchKind } from "./schemas";
import { countUpTo, noMatches, rankedOf, type SearchAnswer, type SearchOptions, type SearchRow } from "./answer";
import { planCandidateTerms, quoteTerms, termFrequencies } from "./candidates";

// All SQLite-specific search SQL lives here (FTS5 with bm25 ranking); PostgreSQL has postgres.ts.
// Two steps keep a common word cheap on a large desk: rank the matches (ids and bm25 only) and count them
// up to SEARCH_COUNTED in one statement, then highlight only the rows of the requested page.

type Part = { sql: string; params: Param[] };
/** A ranked match: FTS kinds by their index rowid (ids are read for the page only), claimants by name. */
type Hit = { kind: SearchKind; id: string | null; rid: number | bigint | null; rank: number };

const M = [MARK_OPEN, MARK_CLOSE];

function claimFilter({ status, publishedOnly }: SearchOptions): Part {
  if (publishedOnly) return { sql: `AND c."status" = 'PUBLISHED' AND c."slug" IS NOT NULL`, params: [] };
  if (status) return { sql: `AND c."status" = ?`, params: [status] };
  return { sql: "", params: [] };
}

const wants = (options: SearchOptions, kind: SearchKind) => options.kinds.includes(kind) && (kind === "claim" || !options.publishedOnly);
const claimantMatch = (match: string) => `{claimant} : (${match})`;

/**
 * The statement's parts: `walks` (a kind's newest matches, read once: common table expressions), the
 * ranked matches of every wanted kind (kind, id, the FTS rowid for highlighting, bm25 rank), and how
 * many matches of each kind (up to SEARCH_COUNTED), counted without ranking anything.
 */
function searchParts(options: SearchOptions, match: string): { walks: Part[]; ranked: Part[]; counts: Part[] } {
  const filter = claimFilter(options);
  const walks: Part[] = [];
  const ranked: Part[] = [];
  const counts: Part[] = [];
  // Without a status filter, each kind is ranked inside its FTS index alone and cut to the rows the
  // page can need: joining every match to its table first costs ~30x more on a common word.
  const top = options.offset + options.limit;
  // Only the SEARCH_RANKED newest matches of a kind are ranked (rowids grow with each row). With a status
  // filter: the lowest rowid among them, found by walking the index newest first without ranking.
  const floor = (table: string, join = "", where = "") =>
    `coalesce((SELECT "${table}".rowid FROM "${table}" ${join} WHERE "${table}" MATCH ? ${where} ORDER BY "${table}".rowid DESC LIMIT 1 OFFSET ${SEARCH_RANKED - 1}), 0)`;
  // Without a filter, the newest matches are taken and ranked in one walk of the index, and counted from
  // the same walk: it reads one match more (SEARCH_COUNTED), whose presence says "more than 300". A
  // word's prefix is expanded once (FTS5 merges the lists of every word it starts), where a separate
  // count had expanded it again.
  const ftsOnly = (kind: SearchKind, table: string, weights: string) => {
    walks.push({
      sql: `"${kind}_new" AS MATERIALIZED (SELECT rowid AS rid, bm25("${table}", ${weights}) AS rank
              FROM "${table}" WHERE "${table}" MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_COUNTED})`,
      params: [match],
    });
    ranked.push({
      sql: `SELECT * FROM (SELECT '${kind}' AS kind, NULL AS id, rid, rank
              FROM (SELECT * FROM "${kind}_new" ORDER BY rid DESC LIMIT ${SEARCH_RANKED}) ORDER BY rank ASC, rid ASC LIMIT ?)`,
      params: [top],
    });
    counts.push({ sql: `SELECT '${kind}' AS kind, count(*) AS n FROM "${kind}_new"`, params: [] });
  };
  if (wants(options, "claim")) {
    const join = `JOIN "Claim" c ON c.rowid = "claim_fts".rowid`;
    if (filter.sql) {
      ranked.push({
        sql: `SELECT 'claim' AS kind, NULL AS id, "claim_fts".rowid AS rid, bm25("claim_fts", 2.0, 1.0) AS rank
              FROM "claim_fts" ${join} WHERE "claim_fts" MATCH ? ${filter.sql} AND "claim_fts".rowid >= ${floor("claim_fts", join, filter.sql)}`,
        params: [match, ...filter.params, match, ...filter.params],
      });
      counts.push({ sql: countUpTo("claim", `FROM "claim_fts" ${join} WHERE "claim_fts" MATCH ? ${filter.sql}`), params: [match, ...filter.params] });
    } else ftsOnly("claim", "claim_fts", "2.0, 1.0");
  }
  if (wants(options, "article")) ftsOnly("article", "article_fts", "4.0, 2.0, 1.0");
  if (wants(options, "source")) {
    const join = `JOIN "Source" s ON s.rowid = "source_fts".rowid JOIN "Claim" c ON c."id" = s."claimId"`;
    if (filter.sql) {
      ranked.push({
        sql: `SELECT 'source' AS kind, NULL AS id, "source_fts".rowid AS rid, bm25("source_fts", 3.0, 1.0, 0.5) AS rank
              FROM "source_fts" ${join}
              WHERE "source_fts" MATCH ? ${filter.sql} AND "source_fts".rowid >= ${floor("source_fts", join, filter.sql)}`,
        params: [match, ...filter.params, match, ...filter.params],
      });
      counts.push({ sql: countUpTo("source", `FROM "source_fts" ${join} WHERE "source_fts" MATCH ? ${filter.sql}`), params: [match, ...filter.params] });
    } else ftsOnly("source", "source_fts", "3.0, 1.0, 0.5");
  }
  if (wants(options, "claimant")) {
    // One row per claimant whose name matches; ranked by their best-matching claim.
    ranked.push({
      sql: `SELECT 'claimant' AS kind, claimant AS id, NULL AS rid, min(r) AS rank
            FROM (SELECT c."claimant" AS claimant, bm25("claim_fts", 0.0, 1.0) AS r
                  FROM "claim_fts" JOIN "Claim" c ON c.rowid = "claim_fts".rowid WHERE "claim_fts" MATCH ?
                  LIMIT -1 -- keeps SQLite from flattening bm25() into the aggregate, where it cannot run
                  )
            GROUP BY claimant`,
      params: [claimantMatch(match)],
    });
    counts.push({
      sql: `SELECT 'claimant' AS kind, count(DISTINCT c."claimant") AS n FROM "claim_fts" JOIN "Claim" c ON c.rowid = "claim_fts".rowid WHERE "claim_fts" MATCH ?`,
      params: [claimantMatch(match)],
    });
  }
  return { walks, ranked, counts };
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/**
 * The page's rows among a word's matches: FTS5 reads a word's whole list of matches for `rowid IN (…)`
 * (3.6 ms for a word 14,000 claims hold), but only the stretch between two rowids for a range. So the
 * range is what the index is given (`+` keeps SQLite from handing it the IN list instead), the IN
 * list picks the page's rows within it, and the rowids are bound as integers (FTS5 ignores a rowid
 * bound as a floating-point number).
 */
function pageRows(table: string, rowids: number[]): { sql: string; params: bigint[] } {
  if (rowids.length === 0) return { sql: "0", params: [] }; // no row of this kind on the page
  const ints = rowids.map((r) => BigInt(r));
  const [low, high] = [ints.reduce((a, b) => (b < a ? b : a)), ints.reduce((a, b) => (b > a ? b : a))];
  return { sql: `"${table}".rowid >= ? AND "${table}".rowid <= ? AND +"${table}".rowid IN (${placeholders(ints.length)})`, params: [low, high, ...ints] };
}

/**
 * Highlighted title and body of the page's rows, with what their links and labels need (a claim's slug
 * and verdict rating, a source's claim, a claimant's count of claims): one statement per kind present
 * on the page, all in one turn of the reader thread.
 */
async function highlightPage(hits: Hit[], match: string, q: string): Promise<SearchRow[]> {
  const rowids = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => Number(h.rid));
  type Detail = Omit<SearchRow, "kind" | "rank">;
  const details = new Map<string, Detail>();
  const key = (kind: string, ref: string | number | bigint) => `${kind}\u0000${String(ref)}`;
  const [claims, articles, sources] = (["claim", "article", "source"] as const).map(rowids);
  const claimants = hits.filter((h) => h.kind === "claimant").map((h) => h.id!);
  const [claimPage, articlePage, sourcePage] = [pageRows("claim_fts", claims), pageRows("article_fts", articles), pageRows("source_fts", sources)];
  type Read = {
    rid: number | bigint;
    id: string;
    title: string;
    body: string;
    status?: ClaimStatus;
    claimId?: string;
    slug?: string | null;
    rating?: Rating | null;
    context?: string | null;
  };
  const none = { sql: "", params: [] };
  const statements = [
    claims.length
      ? {
          sql: `SELECT "claim_fts".rowid AS rid, c."id" AS id, highlight("claim_fts", 1, ?, ?) AS title, highlight("claim_fts", 0, ?, ?) AS body, c."status" AS status,
                  c."slug" AS slug, v."rating" AS rating
                FROM "claim_fts" JOIN "Claim" c ON c.rowid = "claim_fts".rowid LEFT JOIN "Verdict" v ON v."claimId" = c."id"
                WHERE "claim_fts" MATCH ? AND ${claimPage.sql}`,
          params: [...M, ...M, match, ...claimPage.params],
        }
      : none,
    articles.length
      ? {
          // The snippet is made here from the text's start (snippetAround): FTS5's snippet() read the whole text.
          sql: `SELECT "article_fts".rowid AS rid, a."id" AS id, highlight("article_fts", 0, ?, ?) AS title, substr(a."text", 1, ${SNIPPET_CHARS}) AS body
                FROM "article_fts" JOIN "Article" a ON a.rowid = "article_fts".rowid WHERE "article_fts" MATCH ? AND ${articlePage.sql}`,
          params: [...M, match, ...articlePage.params],
        }
      : none,
    sources.length
      ? {
          sql: `SELECT "source_fts".rowid AS rid, s."id" AS id, highlight("source_fts", 0, ?, ?) AS title, coalesce(highlight("source_fts", 1, ?, ?), '') || ' · ' || s."url" AS body, c."status" AS status,
                  s."claimId" AS claimId, c."quote" AS context
                FROM "source_fts" JOIN "Source" s ON s.rowid = "source_fts".rowid JOIN "Claim" c ON c."id" = s."claimId"
                WHERE "source_fts" MATCH ? AND ${sourcePage.sql}`,
          params: [...M, ...M, match, ...sourcePage.params],
        }
      : none,
    claimants.length
      ? {
          // By the claimant index, one count per name on the page.
          sql: `SELECT c."claimant" AS id, count(*) AS n FROM "Claim" c WHERE c."claimant" IN (${placeholders(claimants.length)}) GROUP BY c."claimant"`,
          params: claimants,
        }
      : none,
  ];
  const wanted = statements.filter((st) => st.sql);
  const read = await readEach<unknown[][]>(...wanted);
  const [claimRows, articleRows, sourceRows, claimantRows] = statements.map((st) => (st.sql ? read[wanted.indexOf(st)] : [])) as [
    Read[],
    Read[],
    Read[],
    { id: string; n: number | bigint }[],
  ];
  const plain = { status: null, claimId: null, slug: null, rating: null };
  for (const r of claimRows)
    details.set(key("claim", Number(r.rid)), {
      id: r.id,
      title: r.title,
      body: r.body,
      status: r.status ?? null,
      claimId: r.id,
      slug: r.slug ?? null,
      rating: r.rating ?? null,
    });
  for (const r of articleRows) details.set(key("article", Number(r.rid)), { ...plain, id: r.id, title: r.title, body: snippetAround(r.body, q) });
  for (const r of sourceRows)
    details.set(key("source", Number(r.rid)), {
      ...plain,
      id: r.id,
      title: r.title,
      body: r.body,
      status: r.status ?? null,
      claimId: r.claimId ?? null,
      context: r.context ?? null,
    });
  for (const c of claimantRows) details.set(key("claimant", c.id), { ...plain, id: c.id, title: markTerms(c.id, q), body: `${Number(c.n)} claim(s)` });
  // A row deleted between the two steps has no details: it is left out.
  return hits.flatMap((h) => {
    const found = details.get(h.kind === "claimant" ? key("claimant", h.id!) : key(h.kind, Number(h.rid)));
    return found ? [{ kind: h.kind, rank: Number(h.rank), ...found }] : [];
  });
}

export async function searchSqlite(options: SearchOptions): Promise<SearchAnswer> {
  const match = ftsQuery(options.q);
  if (!match || options.kinds.length === 0) return noMatches();
  const { walks, ranked, counts } = searchParts(options, match);
  if (ranked.length === 0) return noMatches();
  // One statement: the page's matches in their order (`pos`), then each kind's count (`n`, no `pos`).
  const sql = `${walks.length ? `WITH ${walks.map((w) => w.sql).join(",\n")}` : ""}
    SELECT kind, id, rid, rank, pos, NULL AS n FROM (
      SELECT kind, id, rid, rank, row_number() OVER (ORDER BY rank ASC, kind ASC, rid ASC, id ASC) AS pos
      FROM (${ranked.map((p) => p.sql).join("\nUNION ALL\n")}) ORDER BY rank ASC, kind ASC, rid ASC, id ASC LIMIT ? OFFSET ?)
    UNION ALL
    SELECT kind, NULL, NULL, NULL, NULL, n FROM (${counts.map((p) => p.sql).join("\nUNION ALL\n")})`;
  const params = [...walks, ...ranked].flatMap((p) => p.params).concat(options.limit, options.offset, ...counts.flatMap((p) => p.params));
  const read = await readRows<(Hit & { pos: number | bigint | null; n: number | bigint | null })[]>(sql, ...params);
  const hits = read.filter((r) => r.pos !== null).sort((a, b) => Number(a.pos) - Number(b.pos));
  const countRows = read.filter((r) => r.pos === null);
  return { rows: await highlightPage(hits, match, options.q), ...rankedOf(countRows.map((r) => ({ kind: r.kind, n: Number(r.n) }))) };
}

/** Claims sharing words with `text`, best first: the candidates that repeat matching then scores exactly. */
export async function candidateClaimsSqlite({ text, excludeId, limit = 50, budget }: { text: string; excludeId?: string; limit?: number; budget?: number }) {
  const terms = quoteTerms(text);
  if (terms.length === 0) return [];
  // How many claims hold each word (a count over its posting list, no ranking): what the plan is made from.
  const frequencies = await termFrequencies("sqlite:claim.quote", terms, async (missing) => {
    const counts = await readEach<{ n: bigint | number }[][]>(
      ...missing.map((term) => ({ sql: `SELECT count(*) AS n FROM "claim_fts" WHERE "claim_fts" MATCH ?`, params: [`{quote} : "${term}"`] })),
    );
    return counts.map(([row]) => Number(row.n));
  });
  const plan = planCandidateTerms(frequencies, budget);
  if (!plan) return [];
  const match = [...plan.any.map((t) => `"${t}"`), ...(plan.all.length ? [`(${plan.all.map((t) => `"${t}"`).join(" AND ")})`] : [])].join(" OR ");
  // Ranked inside the index first, then the best `limit + 1` joined to their claims (one of them may be
  // the claim itself): joining every match before the ranking read a claim row per match (6.3 -> 4.9 ms
  // a quote on the benchmark's 100,000 claims, the same candidates in the same order).
  return readRows<{ id: string; quote: string }[]>(
    `SELECT c."id" AS id, c."quote" AS quote
     FROM (SELECT rowid AS r, bm25("claim_fts", 1.0, 0.0) AS score FROM "claim_fts" WHERE "claim_fts" MATCH ? ORDER BY score, rowid LIMIT ?) f
     JOIN "Claim" c ON c.rowid = f.r WHERE c."id" <> ? ORDER BY f.score, f.r LIMIT ?`,
    `{quote} : (${match})`,
    limit + 1,
    excludeId ?? "",
    limit,
  );
}
