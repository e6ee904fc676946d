import { db } from "../db";
import { isStorable } from "../validation";
import { can } from "../auth/permissions";
import type { Actor } from "../auth/roles";

/**
 * An article's claims as the annotations API shows them: desk members see every claim anchored in
 * the text, everyone else only the published ones (and nothing of an article without one). The actor
 * decides; null is the public.
 */
export async function getArticleAnnotations({ actor, id }: { actor: Actor | null; id: string }) {
  if (!isStorable(id)) return null;
  const desk = can(actor, "desk.read");
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      title: true,
      claims: {
        where: desk ? { anchorState: "OK" } : { anchorState: "OK", status: "PUBLISHED" },
        orderBy: { start: "asc" },
        select: {
          id: true,
          quote: true,
          prefix: true,
          suffix: true,
          start: true,
          end: true,
          claimant: true,
          status: true,
          slug: true,
          createdAt: true,
          updatedAt: true,
          verdict: { select: { rating: true } },
        },
      },
    },
  });
  if (!article) return null;
  // The public learns of an article only through a published verdict on it: which articles the desk
  // is working on is the desk's business.
  if (!desk && article.claims.length === 0) return null;
  return { article, private: desk };
}
