import type { Metadata } from "next";
import { Pager } from "@/app/_components/pager";
import { searchPublished } from "@/lib/search";
import { SEARCH_RANKED, searchQuerySchema } from "@/lib/search/schemas";
import { SearchResultList, SearchSummary } from "@/app/_components/search-results";
import { formatCount } from "@/lib/site";

export const metadata: Metadata = { title: "Search verdicts", robots: { index: false }, openGraph: { type: "website", url: "/claims/search" } };

export default async function PublicSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const { q, page } = searchQuerySchema.parse({ q: [raw.q].flat()[0], page: [raw.page].flat()[0] });
  const found = q ? await searchPublished({ q, page }) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Search our verdicts</h1>
      <form method="get" action="/claims/search" role="search" className="flex gap-2">
        <label htmlFor="public-q" className="sr-only">
          Words
        </label>
        <input id="public-q" name="q" type="search" defaultValue={q} className="grow rounded border border-stone-300 bg-white px-2 py-1.5" />
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white">
          Search
        </button>
      </form>
      {found && found.total === 0 && <p className="text-stone-600">No published verdict matches “{q}”.</p>}
      {found && found.total > 0 && (
        <>
          <SearchSummary
            found={found}
            noun="verdict"
            ranked={`The best of the ${formatCount(SEARCH_RANKED)} most recently added matching verdicts are listed. Add a word to reach older ones.`}
          />
          <SearchResultList results={found.results} />
          <Pager page={page} pageCount={found.pageCount} href={(p) => `/claims/search?q=${encodeURIComponent(q)}${p > 1 ? `&page=${p}` : ""}`} />
        </>
      )}
    </div>
  );
}
