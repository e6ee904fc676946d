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
    // The embed code frames the card 280 pixels high (lib/publishing/share.ts): on a phone a long quote and
    // summary wrapped past it and hid the link. Each is kept to a few lines (whole in their `title`), so the
    // card and its link fit the frame at any width down to 320 pixels.
    // Padding around the card, not its margin: a margin passes through the body and made the page 8 pixels
    // taller than any frame (a scroll bar in every partner's page).
    <div className="p-2">
      <div className="max-w-xl space-y-2 overflow-hidden rounded border border-stone-300 bg-white p-3 text-sm" data-testid="embed-card">
        <p className="text-xs tracking-wide text-stone-600 uppercase">Fact-check by {siteName()}</p>
        <p className="line-clamp-3 font-medium" title={claim.quote}>
          “<bdi>{claim.quote}</bdi>”
        </p>
        <p className="line-clamp-1 text-stone-600" title={claim.claimant}>
          — <bdi>{claim.claimant}</bdi>
        </p>
        <div className="flex items-center gap-2">
          <RatingBadge rating={claim.verdict.rating} />
          <span className="line-clamp-3" title={claim.verdict.summary}>
            <bdi>{claim.verdict.summary}</bdi>
          </span>
        </div>
        <a href={absoluteUrl(verdictPath(claim.slug!))} target="_blank" rel="noopener" className="text-blue-800 underline">
          Read the full fact-check
        </a>
      </div>
    </div>
  );
}
