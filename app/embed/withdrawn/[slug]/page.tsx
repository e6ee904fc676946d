import type { Metadata } from "next";
import { withdrawalNotice } from "@/lib/publishing/withdrawal";
import { verdictPath } from "@/lib/publishing/claim-review";
import { absoluteUrl, siteName } from "@/lib/site";
import { WithdrawalNotice } from "@/app/_components/withdrawal-notice";

// The embeddable card of a withdrawn verdict, rendered by scripts/serve.mjs at /embed/claims/<slug> with 410.
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const url = verdictPath((await params).slug);
  return { title: "Fact-check withdrawn", robots: { index: false }, openGraph: { type: "website", siteName: siteName(), url } };
}

export default async function WithdrawnEmbedCard({ params }: Props) {
  const { slug } = await params;
  const notice = await withdrawalNotice(slug, { publicPath: `/embed${verdictPath(encodeURIComponent(slug))}` });
  return (
    <div className="m-2 max-w-xl space-y-2 text-sm" data-testid="embed-card">
      <p className="text-xs tracking-wide text-stone-600 uppercase">Fact-check by {siteName()}</p>
      <WithdrawalNotice notice={notice} headingLevel={2} />
      <a href={absoluteUrl(verdictPath(encodeURIComponent(slug)))} target="_blank" rel="noopener" className="text-blue-800 underline">
        Read the notice on {siteName()}
      </a>
    </div>
  );
}
