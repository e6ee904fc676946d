import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getClaimant } from "@/lib/tracking/queries";
import { requirePageActor } from "@/lib/auth/guard";
import { safeDecode } from "@/lib/http/request-guard.mjs";
import { RATINGS } from "@/lib/verdicts/ratings";
import { RatingBadge, StatusBadge } from "@/app/_components/badges";
import { RatingChart } from "./rating-chart";

export const metadata: Metadata = { title: "Claimant" };

export default async function ClaimantPage({ params }: { params: Promise<{ name: string }> }) {
  const actor = await requirePageActor();
  // Next hands params over still encoded; one that does not decode names no claimant (404, not a URIError's 500).
  const name = safeDecode((await params).name);
  const claimant = name === null ? null : await getClaimant({ actor, name });
  if (!claimant) notFound();
  const counts = RATINGS.map((r) => ({ rating: r.label, value: r.value, count: claimant.claims.filter((c) => c.verdict?.rating === r.value).length }));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{claimant.name}</h1>
      <section className="rounded border border-stone-200 bg-white p-4" aria-label="Verdicts by rating">
        <h2 className="mb-2 font-semibold">Verdicts by rating</h2>
        <RatingChart data={counts} />
        <table className="mt-2 text-sm" data-testid="rating-counts">
          <tbody>
            {counts.map((c) => (
              <tr key={c.value}>
                <td className="pr-3">{c.rating}</td>
                <td>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">Claims ({claimant.claims.length})</h2>
        <ul className="space-y-2">
          {claimant.claims.map((c) => (
            <li key={c.id} className="text-sm">
              <StatusBadge status={c.status} /> {c.verdict && <RatingBadge rating={c.verdict.rating} />}{" "}
              <Link href={`/desk/claims/${c.id}`} className="text-blue-800 underline hover:no-underline">
                “{c.quote}”
              </Link>{" "}
              <span className="text-stone-600">in {c.article.title}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
