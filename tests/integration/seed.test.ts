import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hasData, seedDemo } from "@/prisma/seed-data/seed-demo";
import { DEMO_CLAIMS } from "@/prisma/seed-data/demo";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";

describe("demo seed", () => {
  beforeAll(async () => {
    expect(await hasData()).toBe(false);
    await seedDemo({ password: "test-password-123" });
  }, 60_000);

  it("stores every claim anchored to its exact span of the article", async () => {
    const claims = await db.claim.findMany({ include: { article: true } });
    expect(claims.length).toBe(DEMO_CLAIMS.length);
    expect(claims.length).toBeGreaterThanOrEqual(10);
    for (const c of claims) {
      expect(c.article.text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.article.text.slice(Math.max(0, c.start - c.prefix.length), c.start)).toBe(c.prefix);
      expect(c.article.text.slice(c.end, c.end + c.suffix.length)).toBe(c.suffix);
      expect(c.isDemo).toBe(true);
    }
    expect(claims[0].article.text).toBe(DEMO_ARTICLE_TEXT);
  });

  it("includes the three claims the mission names", async () => {
    const quotes = (await db.claim.findMany({ select: { quote: true } })).map((c) => c.quote);
    expect(quotes.some((q) => /large-scale supplies of weapons and ammunition to Russia/.test(q) && /2023/.test(q) && /sanctions/.test(q))).toBe(true);
    expect(quotes.some((q) => /coalition of 50 countries in the Ukraine Defense Contact Group/.test(q))).toBe(true);
    expect(quotes.some((q) => /roughly 100 countries that supported the principles of the UN Charter/.test(q))).toBe(true);
  });

  it("spreads the claims over realistic states, with at least one published verdict", async () => {
    const byStatus = Object.fromEntries((await db.claim.groupBy({ by: ["status"], _count: { _all: true } })).map((g) => [g.status, g._count._all]));
    expect(byStatus.NEW).toBeGreaterThan(0);
    expect(byStatus.RESEARCHING).toBeGreaterThan(0);
    expect(byStatus.IN_REVIEW).toBe(1);
    expect(byStatus.PUBLISHED).toBeGreaterThanOrEqual(1);
    const published = await db.claim.findFirstOrThrow({ where: { status: "PUBLISHED" }, include: { verdict: true, sources: true } });
    expect(published.slug).toBeTruthy();
    expect(published.verdict?.approvedById).not.toBe(published.verdict?.authorId);
    expect(published.sources.length).toBeGreaterThan(0);
    const researching = await db.claim.findMany({ where: { status: "RESEARCHING" }, include: { sources: true, evidence: true } });
    expect(researching.some((c) => c.sources.length > 0 && c.evidence.length > 0)).toBe(true);
  });

  it("has one admin, one editor and two reviewers, and every claim has its audit trail", async () => {
    const roles = (await db.user.findMany({ select: { role: true } })).map((u) => u.role).sort();
    expect(roles).toEqual(["ADMIN", "EDITOR", "REVIEWER", "REVIEWER"]);
    const claims = await db.claim.findMany({ select: { id: true } });
    for (const c of claims) expect(await db.auditEvent.count({ where: { claimId: c.id, action: "claim.create" } })).toBe(1);
  });

  it("knows the database is no longer empty, so it is never seeded twice", async () => {
    expect(await hasData()).toBe(true);
  });
});
