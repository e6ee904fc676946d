import { notFound } from "next/navigation";
import { getPublishedClaim } from "@/lib/publishing/queries";
import { ogCard, OG_SIZE } from "@/lib/publishing/og-card";
import { siteName } from "@/lib/site";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The claim and our rating";
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const claim = await getPublishedClaim((await params).slug);
  // No card for a verdict that is not published: the page itself answers 404 (or 410, withdrawn).
  if (!claim?.verdict) notFound();
  return ogCard({ site: siteName(), quote: claim.quote, claimant: claim.claimant, rating: claim.verdict.rating });
}
