import { db } from "../db";
import { claimSummaries } from "../claims/summaries";
import { isStorable } from "../validation";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

export async function listArticles({ actor, take }: { actor: Actor | null; take?: number }) {
  assertCan(actor, "desk.read");
  return db.article.findMany({
    orderBy: { createdAt: "desc" },
    ...(take ? { take } : {}),
    select: { id: true, title: true, outlet: true, publishedAt: true, isDemo: true, _count: { select: { claims: true } } },
  });
}

export async function getArticleWithClaims({ actor, id }: { actor: Actor | null; id: string }) {
  assertCan(actor, "desk.read");
  if (!isStorable(id)) return null;
  const article = await db.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { start: "asc" },
        select: { id: true, quote: true, start: true, end: true, status: true, claimant: true, anchorState: true },
      },
      suggestions: { where: { status: "OPEN" }, orderBy: [{ score: "desc" }, { start: "asc" }], take: 20 },
    },
  });
  if (!article) return null;
  // "Already checked": the earlier claims the suggestions repeat, with their state and rating now.
  const repeatIds = [...new Set(article.suggestions.flatMap((s) => (s.repeatsId ? [s.repeatsId] : [])))];
  const byId = new Map((await claimSummaries(repeatIds)).map((c) => [c.id, c]));
  return { ...article, suggestions: article.suggestions.map((s) => ({ ...s, repeats: (s.repeatsId && byId.get(s.repeatsId)) || null })) };
}

/** The article filter's choices: the latest articles, plus the one currently selected. */
export async function listArticleChoices({ actor, selected }: { actor: Actor | null; selected?: string }) {
  assertCan(actor, "desk.read");
  const latest = await db.article.findMany({ orderBy: { createdAt: "desc" }, take: 50, select: { id: true, title: true } });
  if (selected && !latest.some((a) => a.id === selected)) {
    const current = await db.article.findUnique({ where: { id: selected }, select: { id: true, title: true } });
    if (current) latest.unshift(current);
  }
  return latest;
}
