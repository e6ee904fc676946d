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
  /** A source's claim (its quote, cut short): which claim the source is listed on. */
  context: string | null;
};

/** Where a row leads: a claim to its desk page (or, in public search, its verdict page), a source to its claim's. */
function href(row: SearchRow, publicPages: boolean): string {
  switch (row.kind) {
    case "claim":
      return publicPages && row.slug ? `/claims/${row.slug}` : `/desk/claims/${row.id}`;
    case "article":
      return `/desk/articles/${row.id}`;
    case "source":
      return `/desk/claims/${row.claimId}`;
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
  return resultsPage(
    found,
    found.rows.map((r) => toResult(r, false)),
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
  return resultsPage(
    found,
    found.rows.map((r) => toResult(r, true)),
  );
}

/** How much of a source's claim a result shows. */
const CONTEXT_CHARS = 120;
const clip = (text: string, chars: number) => (text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`);

function toResult(row: SearchRow, publicPages: boolean): SearchResult {
  return {
    kind: row.kind,
    id: row.id,
    href: href(row, publicPages),
    title: toFragments(row.title ?? ""),
    body: toFragments(row.body ?? ""),
    status: row.status,
    rating: row.kind === "claim" ? (row.rating ?? null) : null,
    context: row.kind === "source" && row.context ? clip(row.context, CONTEXT_CHARS) : null,
  };
}
