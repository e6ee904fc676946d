import { db } from "../db";
import { isPrefixTerm, markTerms, queryTerms, SNIPPET_CHARS } from "./highlight";
import { planCandidateTerms, quoteTerms, termFrequencies } from "./candidates";
import { countUpTo, noMatches, rankedOf, type SearchAnswer, type SearchOptions, type SearchRow } from "./answer";
import { SEARCH_RANKED, type SearchKind } from "./schemas";

// All PostgreSQL-specific search SQL lives here: each searchable row stores its weighted tsvector in
// "searchDoc" (a generated column behind a GIN index: migration 20261129050000_search_documents;
// Claim: quote A, claimant B), ranked with ts_rank, highlighted with ts_headline.
// Rows are ranked and paginated first; only the page's rows are highlighted.

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
  // 1,000 about 25). Matches are counted up to SEARCH_COUNTED: a GIN index says which rows match, and
  // counting them all read each one (40 ms for the claims holding "government", 37 for the articles).
  const newest = (kind: SearchKind, alias: string, from: string) =>
    `SELECT '${kind}' AS kind, m."id" AS id, -ts_rank(m."doc", ${q}) AS rank
     FROM (SELECT ${alias}."id", ${alias}."searchDoc" AS "doc" ${from} ORDER BY ${alias}."createdAt" DESC, ${alias}."id" DESC LIMIT ${SEARCH_RANKED}) m`;
  const parts: string[] = [];
  const counted: string[] = [];
  if (kinds.includes("claim")) {
    const matches = `FROM "Claim" c WHERE c."searchDoc" @@ ${q} ${claimFilter}`;
    parts.push(newest("claim", "c", matches));
    counted.push(countUpTo("claim", matches));
  }
  if (kinds.includes("article") && !publishedOnly) {
    const matches = `FROM "Article" a WHERE a."searchDoc" @@ ${q}`;
    parts.push(newest("article", "a", matches));
    counted.push(countUpTo("article", matches));
  }
  if (kinds.includes("source") && !publishedOnly) {
    const matches = `FROM "Source" s ${claimFilter ? `JOIN "Claim" c ON c."id" = s."claimId"` : ""} WHERE s."searchDoc" @@ ${q} ${claimFilter}`;
    parts.push(newest("source", "s", matches));
    counted.push(countUpTo("source", matches));
  }
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
  const union = parts.join("\nUNION ALL\n");
  const limit = `$${params.push(options.limit)}`;
  const offset = `$${params.push(options.offset)}`;
  const page = `SELECT kind, id, rank FROM (${union}) hits ORDER BY rank ASC, kind ASC, id ASC LIMIT ${limit} OFFSET ${offset}`;
  // Highlight the page only: ts_headline re-parses the text, the costly part of a search. A claim's slug
  // and verdict rating and a source's claim are read with it, for the rows' links and labels.
  const sql = `WITH page AS (${page})
    SELECT p.kind, p.id, p.rank::float8 AS rank,
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
      c."slug" AS slug, v."rating"::text AS rating
    FROM page p
      LEFT JOIN "Claim" c ON p.kind = 'claim' AND c."id" = p.id
      LEFT JOIN "Verdict" v ON v."claimId" = c."id"
      LEFT JOIN "Article" a ON p.kind = 'article' AND a."id" = p.id
      LEFT JOIN "Source" s ON p.kind = 'source' AND s."id" = p.id
      LEFT JOIN "Claim" sc ON sc."id" = s."claimId"
    ORDER BY p.rank ASC, p.kind ASC, p.id ASC`;
  const countParams = params.slice(0, params.length - 2);
  const [rows, count] = await Promise.all([
    db.$queryRawUnsafe<SearchRow[]>(sql, ...params),
    db.$queryRawUnsafe<{ kind: SearchKind; n: bigint | number }[]>(`SELECT kind, n FROM (${counted.join("\nUNION ALL\n")}) counts`, ...countParams),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, title: r.kind === "claimant" ? markTerms(r.title, options.q) : r.title, rank: Number(r.rank) })),
    ...rankedOf(count.map((c) => ({ kind: c.kind, n: Number(c.n) }))),
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
