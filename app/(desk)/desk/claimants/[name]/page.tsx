import type { Metadata } from "next";
import { IntentLink } from "@/app/_components/intent-link";
import { notFound, redirect } from "next/navigation";
import { getClaimant } from "@/lib/claimants/queries";
import { claimantPageQuerySchema } from "@/lib/claimants/schemas";
import { Pager } from "@/app/_components/pager";
import { formatCount } from "@/lib/site";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { safeDecode } from "@/lib/http/request-guard.mjs";
import { RATINGS } from "@/lib/verdicts/ratings";
import { RatingBadge, StatusBadge } from "@/app/_components/badges";
import { RatingChart } from "./rating-chart";
import { AddAliasForm, MergeForm, RemoveAlias } from "./claimant-forms";

export const metadata: Metadata = { title: "Claimant" };

export default async function ClaimantPage({
  params,
  searchParams,
}: {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor();
  const raw = (await searchParams).page;
  const { page } = claimantPageQuerySchema.parse({ page: Array.isArray(raw) ? raw[0] : raw });
  // Next hands params over still encoded; one that does not decode names no claimant (404, not a URIError's 500).
  const name = safeDecode((await params).name);
  const claimant = name === null ? null : await getClaimant({ actor, name, page });
  if (!claimant) notFound();
  // An alias or a merged duplicate's name: the page of the claimant it means.
  if (claimant.redirectTo !== null) redirect(`/desk/claimants/${encodeURIComponent(claimant.redirectTo)}`);
  const manage = can(actor, "claimant.manage");
  const counts = RATINGS.map((r) => ({ rating: r.label, value: r.value, count: claimant.ratingCounts.get(r.value) ?? 0 }));
  const slim = { id: claimant.id, name: claimant.name, version: claimant.version };
  const pageHref = (n: number) => `/desk/claimants/${encodeURIComponent(claimant.name)}${n > 1 ? `?page=${n}` : ""}`;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">{claimant.name}</h1>
        <p className="text-sm text-stone-600">{claimant.type === "PERSON" ? "Person" : "Organisation"}</p>
      </div>
      <section className="space-y-2 rounded border border-stone-200 bg-white p-4" aria-labelledby="aliases-title">
        <h2 id="aliases-title" className="font-semibold">
          Also known as
        </h2>
        {claimant.aliases.length === 0 ? (
          <p className="text-sm text-stone-600">No aliases yet.</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="aliases">
            {claimant.aliases.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3">
                <span>{a.alias}</span>
                {manage && <RemoveAlias claimant={slim} alias={{ id: a.id, alias: a.alias }} />}
              </li>
            ))}
          </ul>
        )}
        {manage && <AddAliasForm claimant={slim} />}
      </section>
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
        <h2 className="font-semibold" data-testid="claimant-claims-title">
          Claims ({formatCount(claimant.total)})
        </h2>
        <ul className="space-y-2">
          {claimant.claims.map((c) => (
            <li key={c.id} className="text-sm">
              <StatusBadge status={c.status} /> {c.verdict && <RatingBadge rating={c.verdict.rating} />}{" "}
              <IntentLink href={`/desk/claims/${c.id}`} className="text-blue-800 underline hover:no-underline">
                “{c.quote}”
              </IntentLink>{" "}
              <span className="text-stone-600">in {c.article.title}</span>
            </li>
          ))}
        </ul>
        <Pager page={claimant.page} pageCount={claimant.pageCount} href={pageHref} note="newest first" testId="claimant-claims-pages" />
      </section>
      {manage && (
        <section className="space-y-2 rounded border border-stone-200 bg-white p-4" aria-labelledby="merge-title">
          <h2 id="merge-title" className="font-semibold">
            Merge a duplicate
          </h2>
          <p className="text-sm text-stone-600">If “{claimant.name}” is the same person or organisation as another claimant, merge it into that one.</p>
          <MergeForm claimant={slim} claims={claimant.total} />
        </section>
      )}
    </div>
  );
}
