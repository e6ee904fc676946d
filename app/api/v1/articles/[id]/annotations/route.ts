import { route } from "@/lib/http/route";
import { toAnnotationCollection, toAnnotationPage } from "@/lib/articles/annotations";
import { getArticleAnnotations } from "@/lib/articles/annotation-queries";

export const dynamic = "force-dynamic";

/**
 * The article's claims as a W3C Web Annotation collection; `?page=0` is its only page. Signed-in desk
 * members see every claim; everyone else sees published verdicts only.
 */
export const GET = route<{ id: string }>({ name: "annotations API", actor: true }, async ({ request, params: { id }, actor }) => {
  const pageParam = new URL(request.url).searchParams.get("page");
  if (pageParam !== null && pageParam !== "0") return Response.json({ error: "This collection has one page: ?page=0." }, { status: 404 });
  const found = await getArticleAnnotations({ actor, id });
  if (!found) return Response.json({ error: "No article with this id." }, { status: 404 });
  const { article } = found;
  const audience = found.private ? "desk" : "public";
  const body = pageParam === null ? toAnnotationCollection(article, article.claims, audience) : toAnnotationPage(article, article.claims, audience);
  return new Response(JSON.stringify(body), {
    headers: {
      "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      "Cache-Control": found.private ? "private, no-store" : "public, max-age=60",
      Vary: "Cookie",
    },
  });
});
