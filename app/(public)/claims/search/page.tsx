import type { Metadata } from "next";
import Link from "next/link";
import { searchPublished } from "@/lib/search";
import { SEARCH_RANKED, searchQuerySchema } from "@/lib/search/schemas";
import { SearchResultList } from "@/app/_components/search-results";
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
          <p className="text-sm text-stone-600">{found.more ? `More than ${formatCount(found.ranked)} verdicts` : `${formatCount(found.total)} verdict(s)`}</p>
          {found.more && (
            <p className="text-sm text-stone-600" data-testid="search-ranked">
              The best of the {formatCount(SEARCH_RANKED)} most recently added matching verdicts are listed. Add a word to reach older ones.
            </p>
          )}
          <SearchResultList results={found.results} />
          <nav aria-label="Pages" className="flex gap-3 text-sm">
            {page > 1 && (
              <Link href={`/claims/search?q=${encodeURIComponent(q)}&page=${page - 1}`} className="underline">
                Previous
              </Link>
            )}
            {page < found.pageCount && (
              <Link href={`/claims/search?q=${encodeURIComponent(q)}&page=${page + 1}`} className="underline">
                Next
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
