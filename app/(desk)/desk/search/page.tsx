import type { Metadata } from "next";
import { Pager } from "@/app/_components/pager";
import { searchDesk } from "@/lib/search";
import { requirePageActor } from "@/lib/auth/guard";
import { SEARCH_KINDS, SEARCH_RANKED, searchQuerySchema, type SearchQuery } from "@/lib/search/schemas";
import { STATUS_LABEL, STATUS_ORDER } from "@/lib/claims/lifecycle";
import { SearchResultList, SearchSummary } from "@/app/_components/search-results";
import { formatCount } from "@/lib/site";
import { firstValues } from "@/lib/http/search-params";

export const metadata: Metadata = { title: "Search" };

function href(query: SearchQuery, change: Partial<SearchQuery>) {
  const next = { ...query, ...change } as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) params.set(k, String(v));
  return `/desk/search?${params}`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const query = searchQuerySchema.parse(firstValues(raw));
  const found = query.q ? await searchDesk({ actor, query }) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Search</h1>
      <form method="get" action="/desk/search" role="search" className="flex flex-wrap items-end gap-2 text-sm">
        <label className="grow space-y-1">
          <span className="block font-medium">Words</span>
          <input name="q" type="search" defaultValue={query.q} className="w-full rounded border border-stone-300 bg-white px-2 py-1.5" />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Type</span>
          <select name="type" defaultValue={query.type ?? ""} className="rounded border border-stone-300 bg-white px-2 py-1.5">
            <option value="">Everything</option>
            {SEARCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {k[0].toUpperCase() + k.slice(1)}s
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Claim status</span>
          <select name="status" defaultValue={query.status ?? ""} className="rounded border border-stone-300 bg-white px-2 py-1.5">
            <option value="">Any</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white">
          Search
        </button>
      </form>
      {!found ? (
        <p className="text-stone-600">Search claims, articles, sources and claimants.</p>
      ) : found.total === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-600" data-testid="search-empty">
          Nothing matches “{query.q}”. Try fewer or shorter words.
        </p>
      ) : (
        <>
          <SearchSummary
            found={found}
            noun="result"
            ranked={`The best of the ${formatCount(SEARCH_RANKED)} most recent matches of each kind are listed. Add a word, or choose a type or a status, to reach older ones.`}
          />
          <SearchResultList results={found.results} />
          <Pager page={query.page} pageCount={found.pageCount} href={(page) => href(query, { page })} />
        </>
      )}
    </div>
  );
}
