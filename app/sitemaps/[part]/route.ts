import { sitemapPartXml } from "@/lib/publishing/sitemap";

// Built here and kept in memory until a verdict's public record changes (lib/publishing/sitemap.ts):
// not Next's route cache, which would keep a 404 for every number anyone asks for.
export const dynamic = "force-dynamic";

const PART = /^(0|[1-9]\d{0,5})\.xml$/;

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = PART.exec((await params).part);
  const xml = match ? await sitemapPartXml(Number(match[1])) : null;
  if (xml === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" } });
}
