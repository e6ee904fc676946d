import { route } from "@/lib/http/route";
import { toAnnotationPage } from "@/lib/articles/annotations";
import { getArticleAnnotations } from "@/lib/articles/annotation-queries";

export const dynamic = "force-dynamic";

/** Signed-in desk members see every claim; everyone else sees published verdicts only. */
export const GET = route<{ id: string }>({ name: "annotations API", actor: true }, async ({ params: { id }, actor }) => {
  const found = await getArticleAnnotations({ actor, id });
  if (!found) return Response.json({ error: "No article with this id." }, { status: 404 });
  const { article } = found;
  return new Response(JSON.stringify(toAnnotationPage(article, article.claims)), {
    headers: {
      "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      "Cache-Control": found.private ? "private, no-store" : "public, max-age=60",
      Vary: "Cookie",
    },
  });
});
