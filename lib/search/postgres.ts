import { db } from "../db";
import { isPrefixTerm, markTerms, queryTerms, SNIPPET_CHARS } from "./highlight";
import { planCandidateTerms, quoteTerms, termFrequencies } from "./candidates";
import { noMatches, rankedOf, type SearchAnswer, type SearchOptions, type SearchRow } from "./answer";
import { SEARCH_COUNTED, SEARCH_RANKED, type SearchKind } from "./schemas";

// All PostgreSQL-specific search SQL lives here: each searchable row stores its weighted tsvector in
// "searchDoc" (a generated column behind a GIN index: migration 20261129050000_search_documents;
// Claim: quote A, claimant B), ranked with ts_rank, highlighted with ts_headline.
// Rows are ranked, counted and paginated in one statement; only the page's rows are highlighted.

/** A tsquery that cannot be a syntax error: all terms required, prefixes from MIN_PREFIX_LENGTH (terms are letters and digits only). */
export function tsQuery(q: string): string | null {
  const terms = queryTerms(q);
  return terms.length === 0 ? null : terms.map((t) => (isPrefixTerm(t) ? `${t}:*` : t)).join(" & ");
}

const HEADLINE = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true'`;
const SNIPPET = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=1, MaxWords=24, MinWords=12, FragmentDelimiter=…'`;

export async function searchPostgres(options: SearchOptions): Promise<SearchAnswer> {
  const match = tsQuery(options.q);
  if (!match || options.kinds.length === 0) return noMatches();
  const { kinds, status, publishedOnly } = options;
  const params: unknown[] = [match];
  // A status narrows claims and sources only (as on SQLite). Its parameter is sent only when a part uses
  // it: PostgreSQL refuses a statement with a parameter it never reads ("could not determine data type").
  const byStatus = kinds.includes("claim") || kinds.includes("source");
  const claimFilter = publishedOnly
    ? `AND c."status" = 'PUBLISHED' AND c."slug" IS NOT NULL`
    : status && byStatus
      ? `AND c."status"::text = $${params.push(status)}`
      : "";
  const q = `to_tsquery('english'::regconfig, $1)`;
  // Only the SEARCH_RANKED newest matches of a kind are ranked, as on SQLite: ts_rank reads each match's
  // document (an article's is its whole text, stored out of line), while picking the newest reads only
  // the rows (14,000 claims matched "government" at 100,000 claims: ranking all took 58 ms, the newest
  // 1,000 about 25). The same walk reads one match more, SEARCH_COUNTED: how many it found is the kind's
  // count ("more than 300" when it found the one more), so the matches are not looked for a second time.
  // Counting every match read each one (a GIN index says which rows match, not how many: 104 ms of a
  // 110 ms search for "government"). `ord` is each match's place, newest first; the one more is not ranked.
  // Claims come newest first in their index's order, the desk queue's "Newest" (createdAt, then id
  // ascending): walked against it, every claim of an instant was read and sorted (a bulk import stamps a
  // batch of 2,000 with one instant). So of claims sharing an instant, PostgreSQL ranks those first in
  // the queue, SQLite the last inserted (rowid); articles and sources have no such index and go by id.
  const walks: string[] = [];
  const parts: string[] = [];
  const counted: string[] = [];
  const newest = (kind: SearchKind, alias: string, from: string, order: string) => {
    walks.push(`"${kind}_new" AS MATERIALIZED (
      SELECT m."id", m."doc", row_number() OVER (ORDER BY ${order.replaceAll(`${alias}.`, "m.")}) AS "ord"
      FROM (SELECT ${alias}."id", ${alias}."createdAt", ${alias}."searchDoc" AS "doc" ${from} ORDER BY ${order} LIMIT ${SEARCH_COUNTED}) m)`);
    parts.push(`SELECT '${kind}' AS kind, w."id" AS id, -ts_rank(w."doc", ${q}) AS rank FROM "${kind}_new" w WHERE w."ord" <= ${SEARCH_RANKED}`);
    counted.push(`SELECT '${kind}' AS kind, count(*) AS n FROM "${kind}_new"`);
  };
  if (kinds.includes("claim")) newest("claim", "c", `FROM "Claim" c WHERE c."searchDoc" @@ ${q} ${claimFilter}`, `c."createdAt" DESC, c."id" ASC`);
  if (kinds.includes("article") && !publishedOnly) newest("article", "a", `FROM "Article" a WHERE a."searchDoc" @@ ${q}`, `a."createdAt" DESC, a."id" DESC`);
  if (kinds.includes("source") && !publishedOnly)
    newest(
      "source",
      "s",
      `FROM "Source" s ${claimFilter ? `JOIN "Claim" c ON c."id" = s."claimId"` : ""} WHERE s."searchDoc" @@ ${q} ${claimFilter}`,
      `s."createdAt" DESC, s."id" DESC`,
    );
  if (kinds.includes("claimant") && !publishedOnly) {
    // A claimant's name by its own index (migration 20261204060000_claimant_search): the claimant part of
    // the claims' documents (weight B) could not be told apart by the index, so every claim holding the
    // word anywhere was read to check. Ranked as that part was (weight B), one row per claimant.
    const name = `to_tsvector('english'::regconfig, c."claimant")`;
    parts.push(`SELECT 'claimant' AS kind, c."claimant" AS id, min(-ts_rank(setweight(${name}, 'B'), ${q})) AS rank
      FROM "Claim" c WHERE ${name} @@ ${q} GROUP BY c."claimant"`);
    counted.push(`SELECT 'claimant' AS kind, count(DISTINCT c."claimant") AS n FROM "Claim" c WHERE ${name} @@ ${q}`);
  }
  if (parts.length === 0) return noMatches();
  const limit = `$${params.push(options.limit)}`;
  const offset = `$${params.push(options.offset)}`;
  // Highlight the page only: ts_headline re-parses the text, the costly part of a search. A claim's slug
  // and verdict rating and a source's claim are read with it, for the rows' links and labels. The counts
  // come back as rows of their own (`n` set, `pos` null) beside the page's rows, which `pos` puts in order.
  const sql = `WITH ${[
    ...walks,
    `page AS (SELECT kind, id, rank, row_number() OVER (ORDER BY rank ASC, kind ASC, id ASC) AS pos
      FROM (${parts.join("\nUNION ALL\n")}) hits ORDER BY rank ASC, kind ASC, id ASC LIMIT ${limit} OFFSET ${offset})`,
  ].join(",\n")}
    SELECT p.kind, p.id, p.rank::float8 AS rank, p.pos, NULL::bigint AS n,
      CASE p.kind
        WHEN 'claim' THEN ts_headline('english'::regconfig, c."claimant", ${q}, ${HEADLINE})
        WHEN 'article' THEN ts_headline('english'::regconfig, a."title", ${q}, ${HEADLINE})
        WHEN 'source' THEN ts_headline('english'::regconfig, s."title", ${q}, ${HEADLINE})
        ELSE p.id END AS title,
      CASE p.kind
        WHEN 'claim' THEN ts_headline('english'::regconfig, c."quote", ${q}, ${HEADLINE})
        WHEN 'article' THEN ts_headline('english'::regconfig, left(a."text", ${SNIPPET_CHARS}), ${q}, ${SNIPPET})
        WHEN 'source' THEN coalesce(ts_headline('english'::regconfig, s."publisher", ${q}, ${HEADLINE}), '') || ' · ' || s."url"
        ELSE (SELECT count(*) FROM "Claim" x WHERE x."claimant" = p.id)::text || ' claim(s)' END AS body,
      CASE p.kind WHEN 'claim' THEN c."status"::text WHEN 'source' THEN sc."status"::text ELSE NULL END AS status,
      CASE p.kind WHEN 'claim' THEN c."id" WHEN 'source' THEN s."claimId" ELSE NULL END AS "claimId",
      c."slug" AS slug, v."rating"::text AS rating, sc."quote" AS context
    FROM page p
      LEFT JOIN "Claim" c ON p.kind = 'claim' AND c."id" = p.id
      LEFT JOIN "Verdict" v ON v."claimId" = c."id"
      LEFT JOIN "Article" a ON p.kind = 'article' AND a."id" = p.id
      LEFT JOIN "Source" s ON p.kind = 'source' AND s."id" = p.id
      LEFT JOIN "Claim" sc ON sc."id" = s."claimId"
    UNION ALL
    SELECT counts.kind, NULL, NULL, NULL, counts.n, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM (${counted.join("\nUNION ALL\n")}) counts`;
  type Read = SearchRow & { pos: bigint | number | null; n: bigint | number | null };
  const read = await db.$queryRawUnsafe<Read[]>(sql, ...params);
  const rows = read.filter((r) => r.pos !== null).sort((a, b) => Number(a.pos) - Number(b.pos));
  return {
    rows: rows.map(({ pos: _pos, n: _n, ...r }) => ({ ...r, title: r.kind === "claimant" ? markTerms(r.title, options.q) : r.title, rank: Number(r.rank) })),
    ...rankedOf(read.filter((r) => r.pos === null).map((c) => ({ kind: c.kind, n: Number(c.n) }))),
  };
}

/** Claims sharing words with `text`, best first: the candidates that repeat matching then scores exactly. */
export async function candidateClaimsPostgres({ text, excludeId, limit = 50, budget }: { text: string; excludeId?: string; limit?: number; budget?: number }) {
  const terms = quoteTerms(text);
  if (terms.length === 0) return [];
  // Any word of the quote (weight A), ranked by the quote part of the document only; the words chosen by
  // how many claims' quotes hold them (lib/search/candidates.ts), counted from the index without ranking.
  // (The index cannot tell a weight, so a common word's count reads the claims holding it: 39 ms for
  // "government" at 100,000 claims, once per five minutes. Counting the whole document instead would be
  // 7 ms, but would make a name common as a claimant, not in quotes, look common and drop it from the plan.)
  const frequencies = await termFrequencies("postgres:claim.quote", terms, (missing) =>
    Promise.all(
      missing.map(async (term) => {
        const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
          `SELECT count(*) AS n FROM "Claim" c WHERE c."searchDoc" @@ to_tsquery('english'::regconfig, $1)`,
          `${term}:A`,
        );
        return Number(row.n);
      }),
    ),
  );
  const plan = planCandidateTerms(frequencies, budget);
  if (!plan) return [];
  const match = [...plan.any.map((t) => `${t}:A`), ...(plan.all.length ? [`(${plan.all.map((t) => `${t}:A`).join(" & ")})`] : [])].join(" | ");
  return db.$queryRawUnsafe<{ id: string; quote: string }[]>(
    `SELECT c."id" AS id, c."quote" AS quote FROM "Claim" c
     WHERE c."searchDoc" @@ to_tsquery('english'::regconfig, $1) AND c."id" <> $2
     ORDER BY ts_rank('{0, 0, 0, 1}'::float4[], c."searchDoc", to_tsquery('english'::regconfig, $1)) DESC, c."id" ASC LIMIT $3`,
    match,
    excludeId ?? "",
    limit,
  );
}
