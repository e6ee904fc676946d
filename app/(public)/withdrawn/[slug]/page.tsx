import type { Metadata } from "next";
import Link from "next/link";
import { withdrawalNotice } from "@/lib/publishing/withdrawal";
import { verdictPath } from "@/lib/publishing/claim-review";
import { WithdrawalNotice } from "@/app/_components/withdrawal-notice";

// Rendered by scripts/serve.mjs at a withdrawn verdict's own address, with 410 Gone (lib/publishing/gone.ts).
export const metadata: Metadata = { title: "Fact-check withdrawn", robots: { index: false, follow: true } };

type Props = { params: Promise<{ slug: string }> };

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
