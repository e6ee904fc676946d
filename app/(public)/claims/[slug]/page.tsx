import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublishedClaim } from "@/lib/publishing/queries";
import { publicName } from "@/lib/auth/profile";
import { ShareVerdict } from "./share-verdict";
import { isCorrected, toClaimReview, verdictPath } from "@/lib/publishing/claim-review";
import { publicMetadata } from "@/lib/publishing/metadata";
import { RATING_LABEL } from "@/lib/verdicts/ratings";
import { absoluteUrl, correctionsEmail, correctionsMailto, formatDate, formatDayOf } from "@/lib/site";
import { DemoBadge, RatingBadge } from "@/app/_components/badges";
import { SourceList } from "./source-list";

// Generated on first request and cached; publishing, corrections and retractions revalidate it.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await getPublishedClaim((await params).slug);
  if (!claim?.verdict) return { title: "Not found" };
  const metadata = publicMetadata({
    title: `Fact-check: ${claim.quote.length > 90 ? claim.quote.slice(0, 90) + "…" : claim.quote}`,
    description: `${RATING_LABEL[claim.verdict.rating]}. ${claim.verdict.summary}`,
    path: verdictPath(claim.slug!),
    type: "article",
    publishedTime: claim.publishedAt,
    modifiedTime: isCorrected(claim) ? claim.publicUpdatedAt : null,
  });
  // The demo's verdicts show the product; search engines are asked not to index them.
  return claim.isDemo ? { ...metadata, robots: { index: false } } : metadata;
}

/** JSON-LD must not be able to close its script element. */
function jsonLd(data: unknown) {
  return { __html: JSON.stringify(data).replace(/</g, "\\u003c") };
}

export default async function VerdictPage({ params }: Props) {
  const claim = await getPublishedClaim((await params).slug);
  if (!claim || !claim.verdict) notFound();
  const { verdict, article } = claim;
  const [current, ...earlier] = verdict.versions;
  const corrections = correctionsEmail();
  const corrected = verdict.versions.filter((v) => v.correctionNote && v.number > 1);
  return (
    <article className="max-w-3xl space-y-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={jsonLd(toClaimReview(claim))} />
      {claim.isDemo && (
        <p className="rounded border border-dashed border-stone-400 p-2 text-sm text-stone-700">
          Demo data: this verdict ships with Factdesk to show how a published fact-check looks.
        </p>
      )}
      {corrected.map((c) => (
        <p key={c.number} role="note" data-testid="correction-note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <strong>Corrected on {formatDayOf(c.publishedAt)}:</strong> {c.correctionNote}
        </p>
      ))}
      <header className="space-y-3">
        <p className="text-sm tracking-wide text-stone-600 uppercase">Fact-check</p>
        <h1 className="text-2xl leading-snug font-bold" data-testid="public-quote">
          “<bdi>{claim.quote}</bdi>”
        </h1>
        <p className="text-stone-700">
          Claim by{" "}
          <strong>
            <bdi>{claim.claimant}</bdi>
          </strong>
          {claim.claimDate && <>, {formatDate(claim.claimDate)}</>}, in{" "}
          {article.url ? (
            <a href={article.url} rel="noopener noreferrer nofollow" className="underline">
              <bdi>{article.title}</bdi>
            </a>
          ) : (
            <em>
              <bdi>{article.title}</bdi>
            </em>
          )}{" "}
          (<bdi>{article.outlet}</bdi>
          {article.publishedAt && <>, {formatDate(article.publishedAt)}</>}).
        </p>
        <p className="text-sm text-stone-700" data-testid="byline">
          Checked by <strong>{publicName(verdict.author)}</strong>
          {verdict.approvedBy && (
            <>
              {" "}
              · edited by <strong>{publicName(verdict.approvedBy)}</strong>
            </>
          )}{" "}
          · <time dateTime={claim.publishedAt?.toISOString()}>{formatDayOf(claim.publishedAt)}</time>
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
        <SourceList sources={claim.sources} />
      </section>

      {earlier.length > 0 && (
        <section className="space-y-2" data-testid="earlier-versions">
          <h2 className="text-xl font-semibold">Earlier versions</h2>
          <ol className="space-y-3">
            {earlier.map((v) => (
              <li key={v.number} className="rounded border border-stone-200 bg-white p-3 text-sm">
                <p className="text-stone-600">
                  Version {v.number}, published {formatDayOf(v.publishedAt)} · rated <strong>{RATING_LABEL[v.rating]}</strong>
                </p>
                <p className="font-medium">{v.summary}</p>
                <details>
                  <summary className="cursor-pointer text-stone-600">Rationale as it read then</summary>
                  <p className="pt-1 whitespace-pre-wrap">{v.rationale}</p>
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}

      <ShareVerdict
        url={absoluteUrl(verdictPath(claim.slug!))}
        embedUrl={absoluteUrl(`/embed${verdictPath(claim.slug!)}`)}
        quote={claim.quote}
        rating={RATING_LABEL[verdict.rating]}
      />
      <footer className="border-t border-stone-200 pt-3 text-sm text-stone-600">
        Published {formatDayOf(claim.publishedAt)}
        {current && current.number > 1 && <> · updated {formatDayOf(current.publishedAt)}</>}
        {claim.verdict?.validAsOf && <span data-testid="valid-as-of"> · facts checked as of {formatDate(claim.verdict.validAsOf)}</span>} ·{" "}
        <a href="/methodology" className="underline">
          How we rate claims and correct mistakes
        </a>
        {corrections && (
          <p className="mt-2" data-testid="corrections-contact">
            Spotted an error?{" "}
            <a href={correctionsMailto(corrections, absoluteUrl(verdictPath(claim.slug!)))} className="underline">
              Write to {corrections}
            </a>
            .
          </p>
        )}
      </footer>
    </article>
  );
}
