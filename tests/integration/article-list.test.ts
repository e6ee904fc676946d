import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listArticles } from "@/lib/articles/queries";
import { makeArticle, makeClaim, makeUser } from "../support/factories";

// The articles list is paged (a desk of 100,000 claims holds thousands of articles) and counts claims
// for the page's articles only.
describe("the articles list (listArticles)", () => {
  it("pages the articles newest first, each with its own number of claims", async () => {
    const author = await makeUser("REVIEWER");
    expect(await listArticles({ actor: author })).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });

    const oldest = await makeClaim(author);
    await makeClaim(author, "Unemployment fell to 4.1% last year");
    const empty = await makeArticle();
    // Distinct creation times: the order is the desk's, not the clock's resolution.
    const at = (iso: string, id: string) => db.article.update({ where: { id }, data: { createdAt: new Date(iso) } });
    const articles = await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const [first, second] = [oldest.articleId, articles.map((a) => a.id).find((id) => id !== oldest.articleId && id !== empty.id)!];
    await at("2026-01-01T00:00:00Z", first);
    await at("2026-01-02T00:00:00Z", second);
    await at("2026-01-03T00:00:00Z", empty.id);
    await db.claim.create({
      data: { articleId: first, quote: "Critics argue", prefix: "", suffix: "", start: 0, end: 13, claimant: "Critics", createdById: author.id },
    });

    const page1 = await listArticles({ actor: author, pageSize: 2 });
    expect(page1.total).toBe(3);
    expect(page1.pageCount).toBe(2);
    expect(page1.items.map((a) => [a.id, a.claims])).toEqual([
      [empty.id, 0],
      [second, 1],
    ]);
    const page2 = await listArticles({ actor: author, page: 2, pageSize: 2 });
    expect(page2.items.map((a) => [a.id, a.claims])).toEqual([[first, 2]]);
    // A page past the end is the last one.
    expect(await listArticles({ actor: author, page: 9, pageSize: 2 })).toEqual(page2);
  });

  it("refuses a visitor", async () => {
    await expect(listArticles({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
