import { db } from "../db";
import { claimSummaries } from "../claims/summaries";
import { isStorable } from "../validation";
import { assertCan } from "../auth/permissions";
import { ARTICLES_PAGE_SIZE } from "./schemas";
import type { Actor } from "../auth/roles";

/**
 * One page of the desk's articles, newest first, each with its number of claims (counted for the page's
 * articles only), and how many articles there are. A page past the end is the last.
 */
export async function listArticles({ actor, page = 1, pageSize = ARTICLES_PAGE_SIZE }: { actor: Actor | null; page?: number; pageSize?: number }) {
  assertCan(actor, "desk.read");
  const total = await db.article.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(page, pageCount);
  const rows = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (shown - 1) * pageSize,
    take: pageSize,
    select: { id: true, title: true, outlet: true, publishedAt: true, isDemo: true },
  });
  const counts = rows.length ? await db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: rows.map((r) => r.id) } }, _count: { _all: true } }) : [];
  const claimsOf = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return { items: rows.map((r) => ({ ...r, claims: claimsOf.get(r.id) ?? 0 })), total, page: shown, pageCount };
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
