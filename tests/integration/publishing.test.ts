import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { db, sqliteStatements } from "@/lib/db";
import { databaseKind, resolveDatabaseUrl } from "@/lib/db-url";
import { correctVerdict, setSourceWithheld } from "@/lib/publishing/mutations";
import {
  getPublishedClaim,
  getRetraction,
  listClaimReviewPage,
  listPublishedClaimants,
  OFFERED_CLAIMANTS,
  listPublishedClaims,
  listSitemapVerdicts,
} from "@/lib/publishing/queries";
import { publicListQuerySchema } from "@/lib/publishing/schemas";
import { toClaimReview } from "@/lib/publishing/claim-review";
import { EMBED_MISSING_PATH, goneResponse as goneAt, UNPUBLISHED_PATH } from "@/lib/publishing/gone";
import { forgetRetraction, RETRACTION_TTL_MS } from "@/lib/publishing/retractions";
import { CARDS_BUSY_AT } from "@/lib/publishing/og-card";

// Each call reads the retracted slugs afresh, as an instance does once its cached set is older than the
// TTL (the instance that unpublishes forgets its set at once, through the desk action's revalidation).
let clock = Date.now();
const goneResponse = (path: string) => goneAt(path, (clock += RETRACTION_TTL_MS + 1));
import { transitionClaim } from "@/lib/claims/mutations";
import { addClaimantAlias } from "@/lib/claimants/mutations";
import { publicName, setDisplayName } from "@/lib/auth/profile";
import { setUserName } from "@/lib/auth/admin";
import { claimantKey } from "@/lib/claimants/names";
import { auditActions, makeUser, rowCounts, step } from "../support/factories";
import { publishedClaim } from "../support/publishing";

const CORRECTION = {
  rating: "TRUE" as const,
  summary: "The city completed 1,200 homes in 2023, as claimed.",
  rationale: "The final housing report, published after our first check, lists 1,200 completed homes for 2023.",
  note: "We first used the provisional figure of 1,180; the final report confirms 1,200.",
};

describe("publishing", () => {
  it("records version 1 of the public record and a public-change time", async () => {
    const { claim } = await publishedClaim();
    const page = await getPublishedClaim(claim.slug!);
    expect(page?.verdict?.versions).toHaveLength(1);
    expect(page?.verdict?.versions[0]).toMatchObject({ number: 1, rating: "MOSTLY_TRUE", correctionNote: null });
    expect(page?.publicUpdatedAt?.getTime()).toBe(page?.publishedAt?.getTime());
    expect(toClaimReview(page!)).not.toHaveProperty("dateModified");
  });
});

describe("the public list", () => {
  it("filters by rating, claimant and publication days, and ignores what it does not recognise", async () => {
    const { claim } = await publishedClaim();
    await db.claim.update({ where: { id: claim.id }, data: { claimant: "Filter Test Ministry", publishedAt: new Date("2025-03-10T15:00:00Z") } });
    const ids = async (raw: Record<string, string>) => (await listPublishedClaims({ take: 500, filter: publicListQuerySchema.parse(raw) })).map((c) => c.id);
    expect(await ids({ claimant: "Filter Test Ministry" })).toEqual([claim.id]);
    expect(await ids({ claimant: "Filter Test Ministry", rating: "MOSTLY_TRUE" })).toEqual([claim.id]);
    expect(await ids({ claimant: "Filter Test Ministry", rating: "FALSE" })).toEqual([]);
    // `to` includes its whole day; `from` starts at its midnight.
    expect(await ids({ claimant: "Filter Test Ministry", from: "2025-03-10", to: "2025-03-10" })).toEqual([claim.id]);
    expect(await ids({ claimant: "Filter Test Ministry", from: "2025-03-11" })).toEqual([]);
    expect(await ids({ claimant: "Filter Test Ministry", to: "2025-03-09" })).toEqual([]);
    expect(publicListQuerySchema.parse({ rating: "PANTS_ON_FIRE", from: "2025-02-30x", to: "yesterday", claimant: "x".repeat(201) })).toEqual({});
    // Year 0 is no calendar year (PostgreSQL refused it: a 500 on the public list); the calendar's ends are asked for whole.
    expect(publicListQuerySchema.parse({ from: "0000-01-01", to: "2025-02-30" })).toEqual({});
    expect(await ids({ claimant: "Filter Test Ministry", from: "0001-01-01", to: "9999-12-31" })).toEqual([claim.id]);
    expect(await listPublishedClaimants()).toContain("Filter Test Ministry");
  });

  it("reads the publication days on the desk's clock (FACTDESK_TIME_ZONE), as the list writes them", async () => {
    const { claim } = await publishedClaim();
    // 23:30 UTC on 10 March is 11 March in Paris: the list there says "published 11 March 2025".
    await db.claim.update({ where: { id: claim.id }, data: { claimant: "Zone Test Ministry", publishedAt: new Date("2025-03-10T23:30:00Z") } });
    const ids = async (raw: Record<string, string>) => (await listPublishedClaims({ take: 500, filter: publicListQuerySchema.parse(raw) })).map((c) => c.id);
    try {
      vi.stubEnv("FACTDESK_TIME_ZONE", "Europe/Paris");
      expect(await ids({ claimant: "Zone Test Ministry", from: "2025-03-11", to: "2025-03-11" })).toEqual([claim.id]);
      expect(await ids({ claimant: "Zone Test Ministry", to: "2025-03-10" })).toEqual([]);
      vi.stubEnv("FACTDESK_TIME_ZONE", "UTC");
      expect(await ids({ claimant: "Zone Test Ministry", from: "2025-03-10", to: "2025-03-10" })).toEqual([claim.id]);
      expect(await ids({ claimant: "Zone Test Ministry", from: "2025-03-11" })).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("the public list's claimant field", () => {
  it("finds a claimant's verdicts by its name in any case or spacing, never by the desk's aliases", async () => {
    const { claim } = await publishedClaim();
    const editor = await makeUser("EDITOR");
    const mayor = await db.claimant.findUniqueOrThrow({ where: { id: claim.claimantId! } });
    const alias = `Hizzoner ${randomUUID().slice(0, 6)}`;
    await addClaimantAlias({ actor: editor, input: { claimantId: mayor.id, version: mayor.version, alias } });
    const ids = async (claimant: string) => (await listPublishedClaims({ take: 1000, filter: publicListQuerySchema.parse({ claimant }) })).map((c) => c.id);
    expect(await ids("the   MAYOR")).toContain(claim.id);
    expect(await ids("Mayor")).toContain(claim.id);
    // An alias is the desk's note: a reader who knows it learns nothing from the public list.
    expect(await ids(alias)).toEqual([]);
    expect(await ids(alias.toUpperCase())).toEqual([]);
    expect(await ids(`Nobody ${alias}`)).toEqual([]);
  });

  it('finds a claimant\'s verdicts by the start of a word of its name ("Carpenter"), never inside a word', async () => {
    const { claim } = await publishedClaim();
    const surname = `Carpenter${randomUUID().slice(0, 6)}`;
    const name = `Michael ${surname}, White House National Security Council`;
    await db.claimant.update({ where: { id: claim.claimantId! }, data: { name, key: claimantKey(name) } });
    await db.claim.update({ where: { id: claim.id }, data: { claimant: name } });
    const ids = async (claimant: string) => (await listPublishedClaims({ take: 1000, filter: publicListQuerySchema.parse({ claimant }) })).map((c) => c.id);
    for (const typed of [surname, surname.toUpperCase(), `michael ${surname.slice(0, 12)}`, name]) expect(await ids(typed), typed).toContain(claim.id);
    for (const typed of [surname.slice(2), "Mi", `${surname} Smith`]) expect(await ids(typed), typed).not.toContain(claim.id);
  });

  it("offers the claimants with the most published verdicts, by name", async () => {
    await publishedClaim();
    const counts = await db.claim.groupBy({ by: ["claimant"], where: { status: "PUBLISHED", slug: { not: null } }, _count: { _all: true } });
    const most = Math.max(...counts.map((c) => c._count._all));
    const [top] = await listPublishedClaimants({ take: 1 });
    expect(counts.find((c) => c.claimant === top)?._count._all).toBe(most);
    const offered = await listPublishedClaimants({ take: 2 });
    expect(offered).toHaveLength(Math.min(2, counts.length));
    expect(offered).toEqual([...offered].sort((a, b) => a.localeCompare(b)));
    expect(await listPublishedClaimants()).toHaveLength(Math.min(OFFERED_CLAIMANTS, counts.length));
  });
});

describe("demo verdicts", () => {
  it("are shown to people but left out of what machines read: feed, sitemap and the ClaimReview API", async () => {
    const { claim: demo } = await publishedClaim();
    const { claim: real } = await publishedClaim();
    await db.claim.update({ where: { id: demo.id }, data: { isDemo: true } });
    const ids = (rows: { id?: string; slug?: string | null }[]) => rows.map((r) => r.slug);
    expect(ids(await listPublishedClaims({ take: 1000 }))).toEqual(expect.arrayContaining([demo.slug, real.slug]));
    expect(ids(await listPublishedClaims({ take: 1000, includeDemo: false }))).toContain(real.slug);
    expect(ids(await listPublishedClaims({ take: 1000, includeDemo: false }))).not.toContain(demo.slug);
    expect(ids(await listSitemapVerdicts({ skip: 0, take: 1_000_000 }))).toContain(real.slug);
    expect(ids(await listSitemapVerdicts({ skip: 0, take: 1_000_000 }))).not.toContain(demo.slug);
    const api = ids((await listClaimReviewPage({ limit: 1000 })).items);
    expect(api).toContain(real.slug);
    expect(api).not.toContain(demo.slug);
  });
});

describe("the byline", () => {
  it("names who checked and who approved by the names they chose, and says which pages to refresh; the ClaimReview author stays the organisation", async () => {
    const { claim, author, editor } = await publishedClaim();
    let page = (await getPublishedClaim(claim.slug!))!;
    expect([publicName(page.verdict!.author), publicName(page.verdict!.approvedBy!)]).toEqual([author.name, editor.name]);
    expect(await setDisplayName({ actor: author, input: { displayName: "  R. Reviewer " } })).toEqual({ displayName: "R. Reviewer", slugs: [claim.slug] });
    page = (await getPublishedClaim(claim.slug!))!;
    expect(publicName(page.verdict!.author)).toBe("R. Reviewer");
    expect(toClaimReview(page).author).toMatchObject({ "@type": "Organization" });
    // Empty goes back to the name; the same value again changes nothing and refreshes nothing.
    expect(await setDisplayName({ actor: author, input: { displayName: "" } })).toEqual({ displayName: null, slugs: [claim.slug] });
    expect(await setDisplayName({ actor: author, input: { displayName: "" } })).toEqual({ displayName: null, slugs: [] });
    await expect(setDisplayName({ actor: author, input: { displayName: "x" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { displayName: [expect.any(String)] },
    });
    await expect(setDisplayName({ actor: null, input: { displayName: "Someone" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await auditActions(claim.id)).not.toContain("user.displayName");
    expect(await db.auditEvent.count({ where: { entityId: author.id, action: "user.displayName" } })).toBe(2);
  });
});

describe("the byline after an admin renames someone", () => {
  it("says which published pages to refresh when the name is the byline, and none when the person chose another", async () => {
    const { claim, author, editor } = await publishedClaim();
    const admin = await makeUser("ADMIN");
    expect(await setUserName({ actor: admin, input: { userId: author.id, name: "Renamed Checker" } })).toEqual({
      id: author.id,
      name: "Renamed Checker",
      slugs: [claim.slug],
    });
    expect(publicName((await getPublishedClaim(claim.slug!))!.verdict!.author)).toBe("Renamed Checker");
    expect((await setUserName({ actor: admin, input: { userId: editor.id, name: "Renamed Approver" } })).slugs).toEqual([claim.slug]);
    // The same name again changes nothing; a name that is not the byline (a display name is) refreshes nothing.
    expect((await setUserName({ actor: admin, input: { userId: author.id, name: "Renamed Checker" } })).slugs).toEqual([]);
    await setDisplayName({ actor: author, input: { displayName: "R. Checker" } });
    expect((await setUserName({ actor: admin, input: { userId: author.id, name: "Another Name" } })).slugs).toEqual([]);
  });
});

describe("corrections", () => {
  it("publish a new version with the note, keep the old one, and set dateModified", async () => {
    const { claim, editor } = await publishedClaim();
    const corrected = await correctVerdict({ actor: editor, input: { claimId: claim.id, version: claim.version, ...CORRECTION } });
    expect(corrected.status).toBe("PUBLISHED");
    expect(corrected.version).toBe(claim.version + 1);
    const page = (await getPublishedClaim(claim.slug!))!;
    expect(page.verdict!.rating).toBe("TRUE");
    expect(page.verdict!.versions.map((v) => [v.number, v.rating, v.correctionNote])).toEqual([
      [2, "TRUE", CORRECTION.note],
      [1, "MOSTLY_TRUE", null],
    ]);
    expect(page.publicUpdatedAt!.getTime()).toBeGreaterThan(page.publishedAt!.getTime() - 1);
    expect(toClaimReview(page)).toMatchObject({ dateModified: page.publicUpdatedAt!.toISOString() });
    expect(await auditActions(claim.id)).toContain("claim.correct");
  });

  it("require a note, refuse reviewers, refuse stale versions and unchanged text, and write nothing", async () => {
    const { claim, author, editor } = await publishedClaim();
    const before = await rowCounts();
    await expect(correctVerdict({ actor: editor, input: { claimId: claim.id, version: claim.version, ...CORRECTION, note: "" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { note: expect.any(Array) },
    });
    await expect(correctVerdict({ actor: author, input: { claimId: claim.id, version: claim.version, ...CORRECTION } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(correctVerdict({ actor: null, input: { claimId: claim.id, version: claim.version, ...CORRECTION } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(correctVerdict({ actor: editor, input: { claimId: claim.id, version: claim.version - 1, ...CORRECTION } })).rejects.toMatchObject({
      code: "STALE",
    });
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    await expect(
      correctVerdict({
        actor: editor,
        input: {
          claimId: claim.id,
          version: claim.version,
          rating: verdict.rating,
          summary: verdict.summary,
          rationale: verdict.rationale,
          note: "No real change here.",
        },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await rowCounts()).toEqual(before);
  });

  it("are only for published claims, and never through the plain transition", async () => {
    const { claim, editor } = await publishedClaim();
    await expect(transitionClaim({ actor: editor, input: { claimId: claim.id, version: claim.version, action: "correct" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await step(editor, claim.id, "unpublish", "Retracted for the test.");
    const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await expect(correctVerdict({ actor: editor, input: { claimId: claim.id, version: current.version, ...CORRECTION } })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });
});

describe("retractions", () => {
  it("need a reason, leave every public listing, and leave a notice behind", async () => {
    const { claim, editor } = await publishedClaim();
    await expect(step(editor, claim.id, "unpublish")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { note: expect.any(Array) } });
    const unpublished = await step(editor, claim.id, "unpublish", "The statistics office withdrew the report we relied on.");
    expect(unpublished).toMatchObject({ status: "UNPUBLISHED", retractionReason: "The statistics office withdrew the report we relied on." });
    expect(await getPublishedClaim(claim.slug!)).toBeNull();
    expect((await listPublishedClaims()).map((c) => c.id)).not.toContain(claim.id);
    expect((await listSitemapVerdicts({ skip: 0, take: 1_000_000 })).map((c) => c.slug)).not.toContain(claim.slug);
    expect(await getRetraction(claim.slug!)).toMatchObject({ retractionReason: "The statistics office withdrew the report we relied on.", quote: claim.quote });
  });

  it("answer 410 Gone with the reason at the page, the card and the badge; other paths go on to the app", async () => {
    const { claim, editor } = await publishedClaim();
    expect(await goneResponse(`/claims/${claim.slug}`)).toBeNull();
    await step(editor, claim.id, "unpublish", "The ministry <b>withdrew</b> the figures.");
    // The page and the embeddable card are rendered by the app in its layout (tests/e2e/publishing.spec.ts),
    // under the old address, with 410, kept out of search engines.
    const page = await goneResponse(`/claims/${claim.slug}`);
    expect(page).toEqual({ status: 410, headers: { "Cache-Control": "public, max-age=60", "X-Robots-Tag": "noindex" }, rewrite: `/withdrawn/${claim.slug}` });
    expect(await goneResponse(`/embed/claims/${claim.slug}`)).toMatchObject({ status: 410, rewrite: `/embed/withdrawn/${claim.slug}` });
    // The badge stays an image (sites that embed it show the news), saying so.
    const badge = await goneResponse(`/claims/${claim.slug}/badge.svg`);
    expect(badge).toMatchObject({ status: 410, headers: { "Content-Type": "image/svg+xml; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
    expect(badge && "body" in badge && badge.body).toMatch(/^<svg[\s\S]*Withdrawn[\s\S]*<\/svg>$/);
    expect(await goneResponse(`/claims/${encodeURIComponent(claim.slug!)}`)).toMatchObject({
      status: 410,
      rewrite: `/withdrawn/${encodeURIComponent(claim.slug!)}`,
    });
    // The social cards of a withdrawn verdict are gone too, hashed URL or not.
    for (const image of [`/claims/${claim.slug}/opengraph-image`, `/claims/${claim.slug}/twitter-image-1a2b3c`]) {
      expect(await goneResponse(image), image).toMatchObject({ status: 410, headers: { "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" } });
    }
    for (const other of [
      `/desk/claims/${claim.id}`,
      `/embed/claims/${claim.slug}/badge.svg`,
      `/claims/${claim.slug}/opengraph-image/x`,
      "/claims/%E0%A4%A",
      "/claims/search",
      "/claims",
    ]) {
      expect(await goneResponse(other), other).toBeNull();
    }
  });

  it("answer the images of an address that is no published verdict's with 404 before Next, which cached each (files on disk)", async () => {
    const { claim } = await publishedClaim();
    for (const path of [
      `/claims/${claim.slug}x/badge.svg`,
      "/claims/no-such-verdict/badge.svg",
      "/claims/search/badge.svg",
      "/claims/no-such-verdict/opengraph-image-1a2b3c",
    ]) {
      const answer = await goneResponse(path);
      expect(answer, path).toMatchObject({
        status: 404,
        body: "Not found.\n",
        headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
      });
    }
    // A published verdict's images go on to their routes.
    for (const path of [`/claims/${claim.slug}/badge.svg`, `/claims/${claim.slug}/twitter-image`]) expect(await goneResponse(path), path).toBeNull();
    await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
    forgetRetraction(claim.slug!);
    expect(await goneResponse(`/claims/${claim.slug}/badge.svg`)).toMatchObject({ status: 404 });
  });

  it("answer a published verdict's social cards 503 with Retry-After while the card thread is flooded, and nothing else", async () => {
    const { claim } = await publishedClaim();
    const cards = [`/claims/${claim.slug}/opengraph-image`, `/claims/${claim.slug}/twitter-image-1a2b3c`];
    const others = [`/claims/${claim.slug}`, `/claims/${claim.slug}/badge.svg`, `/embed/claims/${claim.slug}`];
    const holder = globalThis as { factdeskCardPool?: unknown };
    const pool = holder.factdeskCardPool;
    try {
      // The card thread's queue, as lib/publishing/og-card.ts reads it.
      holder.factdeskCardPool = { queueSize: CARDS_BUSY_AT - 1 };
      for (const path of [...cards, ...others]) expect(await goneResponse(path), path).toBeNull();
      holder.factdeskCardPool = { queueSize: CARDS_BUSY_AT };
      for (const path of cards)
        expect(await goneResponse(path), path).toMatchObject({
          status: 503,
          headers: { "Retry-After": "5", "Cache-Control": "no-store", "X-Frame-Options": "DENY" },
        });
      for (const path of others) expect(await goneResponse(path), path).toBeNull();
      // An address that is no published verdict's still answers 404, busy or not.
      expect(await goneResponse(`/claims/${claim.slug}x/opengraph-image`)).toMatchObject({ status: 404 });
    } finally {
      holder.factdeskCardPool = pool;
    }
  });

  it("rewrite the page of an address that is no published verdict's to the not-found page, with 404", async () => {
    const notFound = { status: 404, headers: {}, rewrite: UNPUBLISHED_PATH };
    for (const path of ["/claims/no-such-verdict", "/claims/%F0%9F%99%82", `/claims/${"x".repeat(300)}`])
      expect(await goneResponse(path), path).toEqual(notFound);
    // A claim with a slug but not published has no public page; once published (revalidateVerdictHere
    // forgets the slug on this instance, the others within RETRACTION_TTL_MS), it has.
    const { claim } = await publishedClaim();
    const path = `/claims/${claim.slug}`;
    await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
    forgetRetraction(claim.slug!);
    expect(await goneResponse(path)).toEqual(notFound);
    await db.claim.update({ where: { id: claim.id }, data: { status: "PUBLISHED" } });
    expect(await goneResponse(path), "known as unpublished until forgotten").toEqual(notFound);
    forgetRetraction(claim.slug!);
    expect(await goneResponse(path)).toBeNull();
  });

  it("rewrite the embeddable card of an address that is no published verdict's to the card that says so, with 404", async () => {
    const missing = { status: 404, headers: {}, rewrite: EMBED_MISSING_PATH };
    const { claim } = await publishedClaim();
    for (const path of ["/embed/claims/no-such-verdict", `/embed/claims/${claim.slug}x`, "/embed/claims/search", "/embed/claims/%F0%9F%99%82"])
      expect(await goneResponse(path), path).toEqual(missing);
    expect(await goneResponse(`/embed/claims/${claim.slug}`)).toBeNull();
    await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
    forgetRetraction(claim.slug!);
    expect(await goneResponse(`/embed/claims/${claim.slug}`)).toEqual(missing);
  });

  it.skipIf(databaseKind() !== "sqlite")("are reloaded by the retractedAt index, not by reading every claim (SQLite)", async () => {
    // Every instance reloads them every RETRACTION_TTL_MS on the request thread: the statement it sends,
    // as the driver prepares it, planned by SQLite itself.
    const statements: string[] = [];
    const prepare = Database.prototype.prepare;
    const spy = vi.spyOn(Database.prototype, "prepare").mockImplementation(function (this: Database.Database, sql: string) {
      statements.push(sql);
      return prepare.call(this, sql);
    });
    try {
      forgetRetraction();
      // Prepared afresh, not taken from the statements the connection keeps (lib/sqlite-statements.ts).
      sqliteStatements.kept?.clear();
      await goneResponse("/claims/no-such-verdict");
    } finally {
      spy.mockRestore();
    }
    const reload = statements.find((sql) => /^SELECT/.test(sql) && /retractedAt/.test(sql.split("WHERE")[1] ?? ""));
    expect(reload, statements.join("\n")).toBeDefined();
    const sqlite = new Database(resolveDatabaseUrl().slice("file:".length), { readonly: true });
    try {
      const parameters = Array.from(reload!.matchAll(/\?/g), () => null);
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${reload}`).all(...parameters) as { detail: string }[];
      expect(plan.map((row) => row.detail).join(" | ")).toMatch(/SEARCH .*Claim USING INDEX Claim_retractedAt_idx/);
    } finally {
      sqlite.close();
    }
  });

  it("can be reworked and republished under the same address, which clears the notice", async () => {
    const { claim, author, editor } = await publishedClaim();
    await step(editor, claim.id, "unpublish", "Sources under review.");
    expect(await goneResponse(`/claims/${claim.slug}`)).toMatchObject({ status: 410 });
    const reviewer = await makeUser("REVIEWER");
    await expect(step(reviewer, claim.id, "rework")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await step(editor, claim.id, "rework");
    await step(author, claim.id, "submit");
    await step(editor, claim.id, "approve");
    const again = await step(editor, claim.id, "publish");
    expect(again).toMatchObject({ status: "PUBLISHED", slug: claim.slug, retractedAt: null, retractionReason: null });
    expect(await getRetraction(claim.slug!)).toBeNull();
    expect(await goneResponse(`/claims/${claim.slug}`)).toBeNull();
    const versions = (await getPublishedClaim(claim.slug!))!.verdict!.versions;
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions[0].correctionNote).toMatch(/Republished/);
  });
});

describe("withheld sources", () => {
  it("keep their details off the public record but say why", async () => {
    const { claim } = await publishedClaim();
    const page = (await getPublishedClaim(claim.slug!))!;
    const withheld = page.sources.find((s) => s.withheld)!;
    expect(withheld.withheldReason).toBe("The informant could face reprisals.");
    expect(page.sources.filter((s) => !s.withheld).map((s) => s.archiveUrl)).toEqual(["https://archive.example/report"]);
  });

  it("can be toggled by an editor only, with a reason, at any stage", async () => {
    const { claim, author, editor } = await publishedClaim();
    const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id, withheld: false } });
    await expect(setSourceWithheld({ actor: author, input: { sourceId: source.id, withheld: true, reason: "Safety" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setSourceWithheld({ actor: editor, input: { sourceId: source.id, withheld: true } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: expect.any(Array) },
    });
    const result = await setSourceWithheld({ actor: editor, input: { sourceId: source.id, withheld: true, reason: "The author asked us to protect them." } });
    expect(result).toMatchObject({ slug: claim.slug, source: { withheld: true, withheldReason: "The author asked us to protect them." } });
    const shown = await setSourceWithheld({ actor: editor, input: { sourceId: source.id, withheld: false } });
    expect(shown.source).toMatchObject({ withheld: false, withheldReason: null });
    expect(await auditActions(claim.id)).toEqual(expect.arrayContaining(["source.withhold", "source.reveal"]));
  });
});
