import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublishedClaim } from "@/lib/publishing/queries";
import { verdictPath } from "@/lib/publishing/claim-review";
import { absoluteUrl, siteName } from "@/lib/site";
import { RatingBadge } from "@/app/_components/badges";

// A minimal card other sites may frame (next.config.mjs allows framing on /embed only).
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}
// Not indexed; shared or crawled, the card points to the verdict's own page.
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { robots: { index: false }, openGraph: { type: "website", siteName: siteName(), url: verdictPath((await params).slug) } };
}

export default async function EmbedCard({ params }: { params: Promise<{ slug: string }> }) {
  const claim = await getPublishedClaim((await params).slug);
  if (!claim?.verdict) notFound();
  return (
    <div className="m-2 max-w-xl space-y-2 rounded border border-stone-300 bg-white p-3 text-sm" data-testid="embed-card">
      <p className="text-xs tracking-wide text-stone-600 uppercase">Fact-check by {siteName()}</p>
      <p className="font-medium">“{claim.quote}”</p>
      <p className="text-stone-600">— {claim.claimant}</p>
      <div className="flex items-center gap-2">
        <RatingBadge rating={claim.verdict.rating} />
        <span>{claim.verdict.summary}</span>
      </div>
      <a href={absoluteUrl(verdictPath(claim.slug!))} target="_blank" rel="noopener" className="text-blue-800 underline">
        Read the full fact-check
      </a>
    </div>
  );
}
