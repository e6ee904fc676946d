import { sitemapIndexXml } from "@/lib/publishing/sitemap";

// Built here and kept in memory until a verdict's public record changes (lib/publishing/sitemap.ts).
export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(await sitemapIndexXml(), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}
