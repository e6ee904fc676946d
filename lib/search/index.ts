import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import type { ClaimStatus, Rating } from "../generated/prisma/enums";
import { SEARCH_KINDS, SEARCH_PAGE_SIZE, type SearchKind, type SearchQuery } from "./schemas";
import { searchRows } from "./engine";
import type { SearchAnswer, SearchRow } from "./answer";
import { toFragments, type Fragment } from "./highlight";

export type SearchResult = {
  kind: SearchKind;
  id: string;
  href: string;
  title: Fragment[];
  body: Fragment[];
  status: ClaimStatus | null;
  /** A claim's verdict rating (in public search: the published one), so a reader sees it in the list. */
  rating: Rating | null;
};

const NONE = new Map<string, string>();

function href(row: SearchRow, slugs: Map<string, string>, claimOfSource: Map<string, string>): string {
  switch (row.kind) {
    case "claim":
      return slugs.get(row.id) ?? `/desk/claims/${row.id}`;
    case "article":
      return `/desk/articles/${row.id}`;
    case "source":
      return `/desk/claims/${claimOfSource.get(row.id)}`;
    case "claimant":
      return `/desk/claimants/${encodeURIComponent(row.id)}`;
  }
}

/** Desk search over claims, articles, sources and claimants, ranked, highlighted and paginated. */
export async function searchDesk({ actor, query }: { actor: Actor | null; query: SearchQuery }) {
  assertCan(actor, "desk.read");
  const kinds = query.type ? [query.type] : [...SEARCH_KINDS];
  const found = await searchRows({
    q: query.q,
    kinds,
    status: query.status,
    limit: SEARCH_PAGE_SIZE,
    offset: (query.page - 1) * SEARCH_PAGE_SIZE,
  });
  const { rows } = found;
  const sourceIds = rows.filter((r) => r.kind === "source").map((r) => r.id);
  const sources = sourceIds.length ? await db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, claimId: true } }) : [];
  const claimOfSource = new Map(sources.map((s) => [s.id, s.claimId]));
  const ratings = await ratingsOf(rows);
  return resultsPage(
    found,
    rows.map((r) => toResult(r, href(r, NONE, claimOfSource), ratings)),
  );
}

/**
 * One page of results with its counts: `total` matches counted, a lower bound when `more` (some kind has
 * more than SEARCH_COUNTED); only the `ranked` ones are paged (SEARCH_RANKED of a kind when a word is common).
 */
function resultsPage({ total, more, ranked }: SearchAnswer, results: SearchResult[]) {
  return { total, more, ranked, pageCount: Math.max(1, Math.ceil(ranked / SEARCH_PAGE_SIZE)), results };
}

/** Public search: published verdicts only, linking to their public pages. */
export async function searchPublished({ q, page }: { q: string; page: number }) {
  const found = await searchRows({
    q,
    kinds: ["claim"],
    publishedOnly: true,
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
  });
  const { rows } = found;
  const claims = rows.length ? await db.claim.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, slug: true } }) : [];
  const slugs = new Map(claims.map((c) => [c.id, `/claims/${c.slug}`]));
  const ratings = await ratingsOf(rows);
  return resultsPage(
    found,
    rows.map((r) => toResult(r, href(r, slugs, NONE), ratings)),
  );
}

/** The verdict ratings of the claims on one page of results: one query by key. */
async function ratingsOf(rows: SearchRow[]): Promise<Map<string, Rating>> {
  const claimIds = rows.filter((r) => r.kind === "claim").map((r) => r.id);
  if (claimIds.length === 0) return new Map();
  const verdicts = await db.verdict.findMany({ where: { claimId: { in: claimIds } }, select: { claimId: true, rating: true } });
  return new Map(verdicts.map((v) => [v.claimId, v.rating]));
}

function toResult(row: SearchRow, link: string, ratings: Map<string, Rating>): SearchResult {
  return {
    kind: row.kind,
    id: row.id,
    href: link,
    title: toFragments(row.title ?? ""),
    body: toFragments(row.body ?? ""),
    status: row.status,
    rating: row.kind === "claim" ? (ratings.get(row.id) ?? null) : null,
  };
}
