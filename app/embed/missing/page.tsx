import type { Metadata } from "next";
import { requireServerRewrite } from "@/lib/publishing/withdrawal";
import { absoluteUrl, siteName } from "@/lib/site";

// The embeddable card of an address that is no published verdict's, rendered by scripts/serve.mjs at
// /embed/claims/<slug> with 404 (lib/publishing/gone.ts): a partner's page that frames a mistyped or
// unpublished verdict shows this instead of an empty frame. It has no address of its own: asked for
// directly (without the server's header), it sends the visitor to the published verdicts.
export const metadata: Metadata = { title: "Fact-check not found", robots: { index: false } };

export default async function MissingEmbedCard() {
  await requireServerRewrite("/claims");
  return (
    <div className="m-2 max-w-xl space-y-2 rounded border border-stone-300 bg-white p-3 text-sm" data-testid="embed-card">
      <p className="text-xs tracking-wide text-stone-600 uppercase">Fact-check by {siteName()}</p>
      <h1 className="font-medium">Fact-check not found</h1>
      <p>This address is not one of our published fact-checks: it may be mistyped, or the fact-check is not published.</p>
      <a href={absoluteUrl("/claims")} target="_blank" rel="noopener" className="text-blue-800 underline">
        See all published fact-checks on {siteName()}
      </a>
    </div>
  );
}
