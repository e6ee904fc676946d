import Link from "next/link";
import { listPublishedClaims } from "@/lib/publishing/queries";
import { publicMetadata } from "@/lib/publishing/metadata";
import { formatDate } from "@/lib/site";
import { DemoBadge, RatingBadge } from "@/app/_components/badges";

export const metadata = publicMetadata({ title: "Verdicts", description: "Our published fact-checks, newest first.", path: "/claims" });
// Rendered once and cached; publishing revalidates it, and this bounds staleness otherwise.
export const revalidate = 3600;

export default async function VerdictsPage() {
  const claims = await listPublishedClaims();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Verdicts</h1>
      <form method="get" action="/claims/search" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="verdict-q" className="sr-only">
          Search verdicts
        </label>
        <input id="verdict-q" name="q" type="search" placeholder="Search verdicts" className="grow rounded border border-stone-300 bg-white px-2 py-1.5" />
        <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1.5">
          Search
        </button>
      </form>
      {claims.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">No verdicts have been published yet.</p>
      ) : (
        <ul className="space-y-3" data-testid="verdict-list">
          {claims.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 bg-white p-4">
              <div className="mb-1 flex items-center gap-2 text-sm text-stone-600">
                {c.verdict && <RatingBadge rating={c.verdict.rating} />}
                <span>{c.claimant}</span>
                <span>· published {formatDate(c.publishedAt)}</span>
                {c.isDemo && <DemoBadge />}
              </div>
              <Link href={`/claims/${c.slug}`} className="text-lg font-medium text-blue-900 hover:underline">
                “{c.quote}”
              </Link>
              {c.verdict && <p className="mt-1 text-stone-700">{c.verdict.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
