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

  it("publishes the three headline claims with verdicts resting on sources and evidence", async () => {
    const headline = async (pattern: RegExp) => {
      const claims = await db.claim.findMany({ include: { verdict: true, _count: { select: { sources: true, evidence: true } } } });
      const claim = claims.find((c) => pattern.test(c.quote));
      expect(claim, String(pattern)).toBeTruthy();
      expect(claim!.status).toBe("PUBLISHED");
      expect(claim!._count.sources).toBeGreaterThan(0);
      expect(claim!._count.evidence).toBeGreaterThan(0);
      expect(claim!.verdict!.approvedById).not.toBe(claim!.verdict!.authorId);
      return claim!.verdict!;
    };
    expect((await headline(/large-scale supplies of weapons/)).rating).toBe("MOSTLY_TRUE");
    expect((await headline(/coalition of 50 countries/)).rating).toBe("TRUE");
    const hundred = await headline(/roughly 100 countries/);
    // Not "true": 92 states attended, about 80 countries and 4 institutions signed, as of a stated day.
    expect(hundred.rating).toBe("MISLEADING");
    expect(hundred.summary).toMatch(/92 states/);
    expect(hundred.summary).toMatch(/80 countries and 4 European institutions/);
    expect(hundred.rationale).toMatch(/92 states/);
    expect(hundred.validAsOf?.toISOString().slice(0, 10)).toBe("2024-06-16");
  });

  it("shows every state of the life cycle, Unpublished and Covered included", async () => {
    const byStatus = Object.fromEntries((await db.claim.groupBy({ by: ["status"], _count: { _all: true } })).map((g) => [g.status, g._count._all]));
    for (const status of ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED", "DISMISSED", "COVERED"]) {
      expect(byStatus[status] ?? 0, status).toBeGreaterThan(0);
    }
    expect(byStatus.IN_REVIEW).toBe(1);
    const covered = await db.claim.findFirstOrThrow({ where: { status: "COVERED" }, include: { coveredBy: true } });
    expect(covered.coveredBy?.status).toBe("PUBLISHED");
    expect(covered.trackedClaimId).toBe(covered.coveredBy?.trackedClaimId);
    const withdrawn = await db.claim.findFirstOrThrow({ where: { status: "UNPUBLISHED" } });
    expect(withdrawn.retractionReason ?? "").not.toBe("");
  });

  it("spreads the claims over realistic states, with sourced published verdicts", async () => {
    const all = await db.claim.findMany({ where: { status: "PUBLISHED" }, include: { _count: { select: { sources: true, evidence: true } } } });
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const claim of all) {
      expect(claim._count.sources, claim.quote).toBeGreaterThan(0);
      expect(claim._count.evidence, claim.quote).toBeGreaterThan(0);
    }
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
