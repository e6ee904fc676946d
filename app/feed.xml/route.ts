import { Feed } from "feed";
import { listPublishedClaims } from "@/lib/publishing/queries";
import { verdictPath } from "@/lib/publishing/claim-review";
import { RATING_LABEL } from "@/lib/verdicts/ratings";
import { absoluteUrl, organization, publicBaseUrl, siteName } from "@/lib/site";

// The feed library marks titles and summaries as HTML: user text must reach readers as text.
const html = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// Static, revalidated when a verdict is published, corrected or unpublished.
export const revalidate = 3600;

export async function GET() {
  const claims = await listPublishedClaims({ take: 100, includeDemo: false });
  const org = organization();
  const feed = new Feed({
    title: `${siteName()}: fact-checks`,
    description: "Published verdicts on claims in the news.",
    id: publicBaseUrl() + "/",
    link: absoluteUrl("/claims"),
    language: "en",
    copyright: `© ${org.name}`,
    updated: claims[0]?.publicUpdatedAt ?? undefined,
    feedLinks: { atom: absoluteUrl("/feed.xml") },
    author: { name: org.name, link: org.url },
  });
  for (const c of claims) {
    feed.addItem({
      title: html(`${RATING_LABEL[c.verdict!.rating]}: “${c.quote}”`),
      id: absoluteUrl(verdictPath(c.slug!)),
      link: absoluteUrl(verdictPath(c.slug!)),
      description: html(c.verdict!.summary),
      content: html(`${c.claimant}: “${c.quote}” — ${RATING_LABEL[c.verdict!.rating]}. ${c.verdict!.summary}`),
      date: c.publicUpdatedAt ?? c.publishedAt!,
      published: c.publishedAt ?? undefined,
      author: [{ name: org.name }],
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
