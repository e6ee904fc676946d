import type { Metadata } from "next";
import { IntentLink } from "@/app/_components/intent-link";
import { notFound } from "next/navigation";
import { getTrackedClaim } from "@/lib/tracking/queries";
import { requirePageActor } from "@/lib/auth/guard";
import { formatDate } from "@/lib/site";
import { RatingBadge, StatusBadge } from "@/app/_components/badges";

export const metadata: Metadata = { title: "Tracked claim" };

export default async function TrackedClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const tracked = await getTrackedClaim({ actor, id: (await params).id });
  if (!tracked) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-600">Tracked claim · {tracked.claims.length} appearances</p>
      <h1 className="text-xl font-semibold">“{tracked.label}”</h1>
      <table className="w-full border-collapse text-sm" data-testid="appearances">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th className="py-2 pr-3">Quote</th>
            <th className="py-2 pr-3">Claimant</th>
            <th className="py-2 pr-3">Article</th>
            <th className="py-2 pr-3">Date</th>
            <th className="py-2 pr-3">Status</th>
          </tr>
        </thead>
        <tbody>
          {tracked.claims.map((c) => (
            <tr key={c.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-3">
                <IntentLink href={`/desk/claims/${c.id}`} className="text-blue-800 hover:underline">
                  “{c.quote}”
                </IntentLink>
              </td>
              <td className="py-2 pr-3">{c.claimant}</td>
              <td className="py-2 pr-3">
                {c.article.url ? (
                  <a href={c.article.url} rel="noopener noreferrer nofollow" className="underline">
                    {c.article.title}
                  </a>
                ) : (
                  c.article.title
                )}{" "}
                <span className="text-stone-600">({c.article.outlet})</span>
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDate(c.claimDate ?? c.article.publishedAt)}</td>
              <td className="space-x-1 py-2 pr-3 whitespace-nowrap">
                <StatusBadge status={c.status} />
                {c.verdict && <RatingBadge rating={c.verdict.rating} />}
                {c.slug && c.status === "PUBLISHED" && (
                  <IntentLink href={`/claims/${c.slug}`} className="text-xs underline">
                    public page
                  </IntentLink>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
