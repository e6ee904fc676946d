import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { toAnnotationPage } from "@/lib/articles/annotations";
import { isStorable } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** Signed-in desk members see every claim; everyone else sees published verdicts only. */
export const GET = route<{ id: string }>({ name: "annotations API", actor: true }, async ({ params: { id }, actor }) => {
  if (!isStorable(id)) return Response.json({ error: "No article with this id." }, { status: 404 });
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      title: true,
      claims: {
        where: actor ? { anchorState: "OK" } : { anchorState: "OK", status: "PUBLISHED" },
        orderBy: { start: "asc" },
        select: { id: true, quote: true, prefix: true, suffix: true, start: true, end: true, claimant: true, status: true, slug: true, createdAt: true, updatedAt: true, verdict: { select: { rating: true } } },
      },
    },
  });
  if (!article) return Response.json({ error: "No article with this id." }, { status: 404 });
  return new Response(JSON.stringify(toAnnotationPage(article, article.claims)), {
    headers: {
      "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      "Cache-Control": actor ? "private, no-store" : "public, max-age=60",
      Vary: "Cookie",
    },
  });
});
