import type { Metadata } from "next";
import Link from "next/link";
import { withdrawalNotice } from "@/lib/publishing/withdrawal";
import { verdictPath } from "@/lib/publishing/claim-review";
import { siteName } from "@/lib/site";
import { WithdrawalNotice } from "@/app/_components/withdrawal-notice";

// Rendered by scripts/serve.mjs at a withdrawn verdict's own address, with 410 Gone (lib/publishing/gone.ts).
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const url = verdictPath((await params).slug);
  return { title: "Fact-check withdrawn", robots: { index: false, follow: true }, openGraph: { type: "website", siteName: siteName(), url } };
}

export default async function WithdrawnVerdictPage({ params }: Props) {
  const { slug } = await params;
  const notice = await withdrawalNotice(slug, { publicPath: verdictPath(encodeURIComponent(slug)) });
  return (
    <div className="max-w-2xl space-y-4">
      <WithdrawalNotice notice={notice} />
      <p className="text-sm">
        <Link href="/claims" className="text-blue-800 underline">
          All published verdicts
        </Link>{" "}
        ·{" "}
        <Link href="/methodology" className="text-blue-800 underline">
          Our corrections policy
        </Link>
      </p>
    </div>
  );
}
