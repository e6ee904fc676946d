import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublishedClaim } from "@/lib/publishing/queries";
import { formatDate } from "@/lib/site";
import { DemoBadge, RatingBadge } from "@/app/_components/badges";

// Verdict pages are generated on first request and cached; publish revalidates them.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await getPublishedClaim((await params).slug);
  if (!claim) return { title: "Not found" };
  return { title: `Fact-check: ${claim.quote.slice(0, 80)}`, description: claim.verdict?.summary };
}

export default async function VerdictPage({ params }: Props) {
  const claim = await getPublishedClaim((await params).slug);
  if (!claim || !claim.verdict) notFound();
  const { verdict, article } = claim;
  return (
    <article className="max-w-3xl space-y-6">
      {claim.isDemo && (
        <p className="rounded border border-dashed border-stone-400 p-2 text-sm text-stone-700">
          Demo data: this verdict ships with Factdesk to show how a published fact-check looks.
        </p>
      )}
      <header className="space-y-3">
        <p className="text-sm tracking-wide text-stone-500 uppercase">Fact-check</p>
        <h1 className="text-2xl leading-snug font-bold" data-testid="public-quote">
          “{claim.quote}”
        </h1>
        <p className="text-stone-700">
          Claim by <strong>{claim.claimant}</strong>
          {claim.claimDate && <>, {formatDate(claim.claimDate)}</>}, in{" "}
          {article.url ? (
            <a href={article.url} rel="noopener noreferrer nofollow" className="underline">
              {article.title}
            </a>
          ) : (
            <em>{article.title}</em>
          )}{" "}
          ({article.outlet}
          {article.publishedAt && <>, {formatDate(article.publishedAt)}</>}).
        </p>
      </header>

      <section className="space-y-2 rounded border border-stone-200 bg-white p-4" aria-label="Verdict">
        <div className="flex items-center gap-3">
          <span className="text-sm text-stone-600">Our rating:</span>
          <RatingBadge rating={verdict.rating} large />
          {claim.isDemo && <DemoBadge />}
        </div>
        <p className="text-lg font-medium" data-testid="public-summary">
          {verdict.summary}
        </p>
      </section>

      <section className="space-y-2">
        <h2 className="text-xl font-semibold">Why</h2>
        <p className="leading-7 whitespace-pre-wrap" data-testid="public-rationale">
          {verdict.rationale}
        </p>
      </section>

      <section className="space-y-2">
        <h2 className="text-xl font-semibold">Sources</h2>
        {claim.sources.length === 0 ? (
          <p className="text-stone-600">No sources are listed for this verdict.</p>
        ) : (
          <ol className="list-decimal space-y-2 pl-5" data-testid="public-sources">
            {claim.sources.map((s) => (
              <li key={s.id}>
                <a href={s.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
                  {s.title}
                </a>
                {s.publisher && <>, {s.publisher}</>}
                {s.publishedAt && <>, {formatDate(s.publishedAt)}</>}
                <span className="text-stone-500"> (accessed {formatDate(s.accessedAt)})</span>
                {s.archiveUrl && (
                  <>
                    {" · "}
                    <a href={s.archiveUrl} rel="noopener noreferrer nofollow" className="underline">
                      archived copy
                    </a>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <footer className="border-t border-stone-200 pt-3 text-sm text-stone-600">
        Published {formatDate(claim.publishedAt)} · last updated {formatDate(verdict.updatedAt > (claim.publishedAt ?? verdict.updatedAt) ? verdict.updatedAt : claim.publishedAt)}
      </footer>
    </article>
  );
}
