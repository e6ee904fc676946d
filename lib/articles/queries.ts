import { db } from "../db";

export async function listArticles() {
  return db.article.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, outlet: true, publishedAt: true, isDemo: true, _count: { select: { claims: true } } },
  });
}

export async function getArticleWithClaims(id: string) {
  return db.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { start: "asc" },
        select: { id: true, quote: true, start: true, end: true, status: true, claimant: true, anchorState: true },
      },
      suggestions: { where: { status: "OPEN" }, orderBy: [{ score: "desc" }, { start: "asc" }], take: 20 },
    },
  });
}
