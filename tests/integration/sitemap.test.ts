import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { countSitemapVerdicts, listSitemapVerdicts } from "@/lib/publishing/queries";
import { forgetSitemaps, sitemapIndexXml, sitemapPartXml } from "@/lib/publishing/sitemap";
import { publishedClaim } from "../support/publishing";

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
const slugsIn = (xml: string) => locs(xml).flatMap((loc) => (/\/claims\/([^/]+)$/.exec(loc) ? [/\/claims\/([^/]+)$/.exec(loc)![1]] : []));

describe("the sitemap in parts", () => {
  it("indexes parts of at most partSize verdicts that together list each published verdict once, and no part past the last", async () => {
    for (let i = 0; i < 3; i++) await publishedClaim();
    const demo = (await publishedClaim()).claim;
    await db.claim.update({ where: { id: demo.id }, data: { isDemo: true } });
    forgetSitemaps();
    const partSize = 2;
    const total = await countSitemapVerdicts();
    expect(total).toBeGreaterThanOrEqual(3);
    const parts = Math.ceil(total / partSize);

    const index = await sitemapIndexXml({ partSize });
    expect(index).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(locs(index)).toEqual(Array.from({ length: parts }, (_, n) => expect.stringMatching(new RegExp(`^https?://[^/]+/sitemaps/${n}\\.xml$`))));

    const listed: string[] = [];
    for (let n = 0; n < parts; n++) {
      const xml = (await sitemapPartXml(n, { partSize }))!;
      expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      expect(slugsIn(xml).length).toBeLessThanOrEqual(partSize);
      // The site's own pages open the first part only.
      expect(/<loc>[^<]*\/methodology<\/loc>/.test(xml)).toBe(n === 0);
      listed.push(...slugsIn(xml));
    }
    const all = (await listSitemapVerdicts({ skip: 0, take: 1_000_000 })).map((r) => r.slug);
    expect(listed).toEqual(all);
    expect(new Set(listed).size).toBe(total);
    expect(listed).not.toContain(demo.slug);
    for (const beyond of [parts, parts + 7, -1, 0.5, Number.NaN]) expect(await sitemapPartXml(beyond, { partSize })).toBeNull();
  });

  it("keeps a built part until a verdict changes or an hour passes", async () => {
    await publishedClaim();
    forgetSitemaps();
    const partSize = 1_000_000;
    const now = Date.now();
    const before = (await sitemapPartXml(0, { partSize, now }))!;
    const { claim } = await publishedClaim();
    // Kept: the new verdict is not there until its pages are revalidated (which calls forgetSitemaps)…
    expect(slugsIn((await sitemapPartXml(0, { partSize, now: now + 1000 }))!)).toEqual(slugsIn(before));
    // …or an hour has passed.
    expect(slugsIn((await sitemapPartXml(0, { partSize, now: now + 3_600_001 }))!)).toContain(claim.slug);
    const { claim: another } = await publishedClaim();
    forgetSitemaps();
    expect(slugsIn((await sitemapPartXml(0, { partSize }))!)).toContain(another.slug);
    // The index counts parts afresh too.
    await db.claim.update({ where: { id: another.id }, data: { status: "UNPUBLISHED" } });
    forgetSitemaps();
    expect(slugsIn((await sitemapPartXml(0, { partSize }))!)).not.toContain(another.slug);
  });

  it("builds a part once for everyone who asks at the same time", async () => {
    await publishedClaim();
    forgetSitemaps();
    await sitemapIndexXml({ partSize: 5 });
    const reads = vi.spyOn(db.claim, "findMany");
    try {
      const answers = await Promise.all(Array.from({ length: 5 }, () => sitemapPartXml(0, { partSize: 5 })));
      expect(new Set(answers).size).toBe(1);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });
});
