import { getPublishedClaim } from "@/lib/publishing/queries";
import { badgeSvg } from "@/lib/publishing/badge";
import { siteName } from "@/lib/site";

export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const claim = await getPublishedClaim((await params).slug);
  if (!claim?.verdict) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(badgeSvg(siteName(), claim.verdict.rating), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'" },
  });
}
