import Link from "next/link";
import type { PublicClaim } from "@/lib/publishing/queries";
import { formatDayOf } from "@/lib/site";
import { DemoBadge, RatingBadge } from "@/app/_components/badges";

/** Published verdicts as the public lists them (home page, /claims): rating, claimant, date, claim, summary. */
export function VerdictList({ claims }: { claims: PublicClaim[] }) {
  return (
    <ul className="space-y-3" data-testid="verdict-list">
      {claims.map((c) => (
        <li key={c.id} className="rounded border border-stone-200 bg-white p-4">
          <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
            {c.verdict && <RatingBadge rating={c.verdict.rating} />}
            <span>{c.claimant}</span>
            <span>· published {formatDayOf(c.publishedAt)}</span>
            {c.isDemo && <DemoBadge />}
          </div>
          <Link href={`/claims/${c.slug}`} className="text-lg font-medium text-blue-900 hover:underline">
            “{c.quote}”
          </Link>
          {c.verdict && <p className="mt-1 text-stone-700">{c.verdict.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
