import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { GET as annotationsRoute } from "@/app/api/v1/articles/[id]/annotations/route";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/mutations";
import { linkClaims, reuseVerdict } from "@/lib/tracking/mutations";
import { findRepeats, getTrackedClaim, searchClaimsToLink } from "@/lib/tracking/queries";
import { matchedRepeats, quoteHash, REMATCH_AFTER_MS, SETTLE_MS } from "@/lib/tracking/repeat-store";
import { warmIntakePool } from "@/lib/intake/pool";
import { GET as claimsLookupRoute } from "@/app/api/claims/search/route";
import { getClaimant, listClaimants } from "@/lib/claimants/queries";
import { getPublishedClaim } from "@/lib/publishing/queries";
import { toClaimReview } from "@/lib/publishing/claim-review";
import { auditActions, makeArticle, makeClaim, makeUser } from "../support/factories";
import { publishedClaim } from "../support/publishing";

const REPEAT = "Officials say the city built 1,200 new homes in 2023 across all districts.";

async function repeatClaim(actor: Actor, text = REPEAT, quote = "the city built 1,200 new homes in 2023") {
  const article = await makeArticle(text);
  await db.article.update({ where: { id: article.id }, data: { url: "https://other.example/homes", title: "Another story" } });
  const start = text.indexOf(quote);
  return createClaim({
    actor,
    input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "City officials", claimantType: "ORGANIZATION" },
  });
}

beforeEach(() => {
  session.actor = null;
});

// The claim page waits 3 s for the matching threads and shows no repeats after that; a cold pool spends
// most of that starting its threads, so the tests below start from a warm one, as a running server does.
beforeAll(async () => {
  await warmIntakePool();
});

describe("repeats and tracked claims", () => {
  it("finds an earlier claim that says the same thing, and not an unrelated one", async () => {
    const { claim: original } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    const unrelated = await repeatClaim(reviewer, "Critics argue that most flats are luxury flats.", "most flats are luxury flats");
    const repeats = await findRepeats({ actor: reviewer, claimId: repeat.id });
    expect(repeats.map((r) => r.id)).toContain(original.id);
    expect(repeats.find((r) => r.id === original.id)!.score).toBeGreaterThanOrEqual(0.5);
    expect((await findRepeats({ actor: reviewer, claimId: unrelated.id })).map((r) => r.id)).not.toContain(original.id);
  });

  it("keeps what a claim's quote matched, and matches only the claims created since on a later view", async () => {
    const { claim: original } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    expect((await findRepeats({ actor: reviewer, claimId: repeat.id })).map((r) => r.id)).toContain(original.id);
    const scan = await db.claimRepeatScan.findUniqueOrThrow({ where: { claimId: repeat.id } });
    expect(scan.quoteHash).toBe(quoteHash(repeat.quote));
    expect(JSON.parse(scan.repeats).map((r: { id: string }) => r.id)).toContain(original.id);
    // Claims made a moment ago are still settling: the next view looks at them again.
    expect(scan.through.getTime()).toBeLessThanOrEqual(Date.now() - SETTLE_MS);

    // What the page shows is what was kept: replace it, and mark every claim so far as looked at.
    const unrelated = await repeatClaim(reviewer, "Critics argue that most flats are luxury flats.", "most flats are luxury flats");
    await db.claimRepeatScan.update({
      where: { claimId: repeat.id },
      data: { repeats: JSON.stringify([{ id: unrelated.id, score: 0.61 }]), through: new Date(Date.now() + 1) },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await findRepeats({ actor: reviewer, claimId: repeat.id })).map((r) => [r.id, r.score])).toEqual([[unrelated.id, 0.61]]);

    // A claim created since is matched on the next view and kept beside the others; a denial is not.
    const later = await repeatClaim(reviewer);
    const denial = await repeatClaim(
      reviewer,
      "Officials say the city did not build 1,200 new homes in 2023.",
      "the city did not build 1,200 new homes in 2023",
    );
    const ids = (await findRepeats({ actor: reviewer, claimId: repeat.id })).map((r) => r.id);
    expect(ids).toContain(later.id);
    expect(ids).toContain(unrelated.id);
    expect(ids).not.toContain(denial.id);
    const kept = JSON.parse((await db.claimRepeatScan.findUniqueOrThrow({ where: { claimId: repeat.id } })).repeats).map((r: { id: string }) => r.id);
    expect(kept).toContain(later.id);
    expect(kept).not.toContain(denial.id);
  });

  it("matches a claim again from scratch when its quote or the matching rules changed, what was kept is unreadable or a day old, or too many claims arrived since", async () => {
    const { claim: original } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    const unrelated = await repeatClaim(reviewer, "Critics argue that most flats are luxury flats.", "most flats are luxury flats");
    const planted = { repeats: JSON.stringify([{ id: unrelated.id, score: 0.61 }]), through: new Date(Date.now() + 1) };
    const shown = async () => (await findRepeats({ actor: reviewer, claimId: repeat.id })).map((r) => r.id);
    await shown();

    await db.claimRepeatScan.update({ where: { claimId: repeat.id }, data: { ...planted, quoteHash: quoteHash("another quote") } });
    expect(await shown()).toEqual(expect.arrayContaining([original.id]));
    expect(await shown()).not.toContain(unrelated.id);

    await db.claimRepeatScan.update({ where: { claimId: repeat.id }, data: { ...planted, repeats: "not json" } });
    expect(await shown()).not.toContain(unrelated.id);

    // Two claims since, with room for one: the index's candidates instead of the new claims one by one.
    await db.claimRepeatScan.update({ where: { claimId: repeat.id }, data: { ...planted, through: new Date(Date.now() - 1) } });
    await repeatClaim(reviewer);
    await repeatClaim(reviewer);
    const found = await matchedRepeats({ id: repeat.id, quote: repeat.quote }, new Date(), 1);
    // The original is older than the mark: only the index's candidates bring it back. What was found
    // one by one before is kept.
    expect(found.map((r) => r.id)).toEqual(expect.arrayContaining([original.id, unrelated.id]));

    // A day after the last full match, everything is matched again and nothing kept is trusted.
    await db.claimRepeatScan.update({ where: { claimId: repeat.id }, data: { ...planted, matchedAt: new Date(Date.now() - REMATCH_AFTER_MS - 1) } });
    expect(await shown()).toEqual(expect.arrayContaining([original.id]));
    expect(await shown()).not.toContain(unrelated.id);
  });

  it("forgets what a claim matched when the claim is deleted", async () => {
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    await findRepeats({ actor: reviewer, claimId: repeat.id });
    expect(await db.claimRepeatScan.count({ where: { claimId: repeat.id } })).toBe(1);
    await db.auditEvent.deleteMany({ where: { claimId: repeat.id } });
    await db.claim.delete({ where: { id: repeat.id } });
    expect(await db.claimRepeatScan.count({ where: { claimId: repeat.id } })).toBe(0);
  });

  it("links appearances into one tracked claim, merges groups, and refuses stale or self links", async () => {
    const { claim: original } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const a = await repeatClaim(reviewer);
    const b = await repeatClaim(reviewer);
    await expect(linkClaims({ actor: reviewer, input: { claimId: a.id, version: a.version, targetClaimId: a.id } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(linkClaims({ actor: null, input: { claimId: a.id, version: a.version, targetClaimId: original.id } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const { trackedClaimId } = await linkClaims({ actor: reviewer, input: { claimId: a.id, version: a.version, targetClaimId: original.id } });
    await expect(linkClaims({ actor: reviewer, input: { claimId: a.id, version: a.version, targetClaimId: original.id } })).rejects.toMatchObject({
      code: "STALE",
    });
    // b links to a different new group first, then that group merges into the original's.
    const c = await repeatClaim(reviewer);
    await linkClaims({ actor: reviewer, input: { claimId: b.id, version: b.version, targetClaimId: c.id } });
    const bNow = await db.claim.findUniqueOrThrow({ where: { id: b.id } });
    await linkClaims({ actor: reviewer, input: { claimId: b.id, version: bNow.version, targetClaimId: original.id } });
    const tracked = await getTrackedClaim({ actor: reviewer, id: trackedClaimId });
    expect(tracked!.claims.map((x) => x.id).sort()).toEqual([original.id, a.id, b.id, c.id].sort());
    expect(await db.trackedClaim.count({ where: { claims: { none: {} } } })).toBe(0);
    expect(await auditActions(a.id)).toContain("claim.link");
    expect((await findRepeats({ actor: reviewer, claimId: a.id })).map((r) => r.id)).not.toContain(original.id);
  });

  it("reuses a published verdict for a linked appearance; the ClaimReview then lists both appearances", async () => {
    const { claim: original, editor } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    await expect(reuseVerdict({ actor: editor, input: { claimId: repeat.id, version: repeat.version, fromClaimId: original.id } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    // A fact-checker links the repeat; reusing the verdict changes the published record, an editor's step.
    await linkClaims({ actor: reviewer, input: { claimId: repeat.id, version: repeat.version, targetClaimId: original.id } });
    const linked = await db.claim.findUniqueOrThrow({ where: { id: repeat.id } });
    const { slug } = await reuseVerdict({ actor: editor, input: { claimId: repeat.id, version: linked.version, fromClaimId: original.id } });
    expect(slug).toBe(original.slug);
    expect(await db.claim.findUniqueOrThrow({ where: { id: repeat.id } })).toMatchObject({ status: "COVERED", coveredById: original.id });
    const review = toClaimReview((await getPublishedClaim(original.slug!))!);
    const appearance = review.itemReviewed.appearance as { url?: string }[];
    expect(appearance.map((x) => x.url)).toEqual(["https://gazette.example/homes", "https://other.example/homes"]);
    expect(review.itemReviewed.firstAppearance).toMatchObject({ url: "https://gazette.example/homes" });
  });

  it("refuses to reuse a verdict that is not published", async () => {
    const reviewer = await makeUser("REVIEWER");
    const a = await repeatClaim(reviewer);
    const b = await repeatClaim(reviewer);
    await linkClaims({ actor: reviewer, input: { claimId: a.id, version: a.version, targetClaimId: b.id } });
    const aNow = await db.claim.findUniqueOrThrow({ where: { id: a.id } });
    const editor = await makeUser("EDITOR");
    await expect(reuseVerdict({ actor: editor, input: { claimId: a.id, version: aNow.version, fromClaimId: b.id } })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });
});

describe("claimants", () => {
  it("lists claimants with their claims and verdict ratings", async () => {
    await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    await expect(listClaimants({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const list = await listClaimants({ actor: reviewer });
    expect(list.items.find((c) => c.name === "The mayor")!.claims).toBeGreaterThanOrEqual(1);
    const mayor = await getClaimant({ actor: reviewer, name: "The mayor" });
    if (!mayor || mayor.redirectTo !== null) throw new Error("The mayor's page should show the mayor");
    expect(mayor.claims.some((c) => c.verdict?.rating === "MOSTLY_TRUE")).toBe(true);
    expect(await getClaimant({ actor: reviewer, name: "Nobody at all" })).toBeNull();
  });
});

describe("GET /api/v1/articles/<id>/annotations", () => {
  it("gives W3C Web Annotations with quote and position selectors; drafts only to signed-in users", async () => {
    const { claim } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const article = await db.article.findUniqueOrThrow({ where: { id: claim.articleId } });
    const start = article.text.indexOf("Critics argue");
    await createClaim({
      actor: reviewer,
      input: { articleId: article.id, quote: "Critics argue", start, end: start + 13, claimant: "Critics", claimantType: "PERSON" },
    });
    const call = async () => {
      const response = await annotationsRoute(new Request("http://localhost/x"), { params: Promise.resolve({ id: article.id }) });
      return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
    };
    const anonymous = await call();
    expect(anonymous.status).toBe(200);
    expect(anonymous.type).toContain("application/ld+json");
    expect(anonymous.body).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 1 });
    expect(anonymous.body.first).toMatchObject({ type: "AnnotationPage", id: `${anonymous.body.id}?page=0` });
    expect(anonymous.body.first.items).toHaveLength(1);
    const item = anonymous.body.first.items[0];
    expect(item).toMatchObject({ type: "Annotation", motivation: "assessing", target: { source: "https://gazette.example/homes" } });
    expect(item.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
      { type: "TextPositionSelector", start: claim.start, end: claim.end },
    ]);
    session.actor = reviewer;
    expect((await call()).body.first.items).toHaveLength(2);
    const page = async (query: string) => annotationsRoute(new Request(`http://localhost/x${query}`), { params: Promise.resolve({ id: article.id }) });
    const only = await page("?page=0");
    expect(only.status).toBe(200);
    expect(await only.json()).toMatchObject({ type: "AnnotationPage", partOf: { type: "AnnotationCollection", total: 2 } });
    expect((await page("?page=1")).status).toBe(404);
    expect((await page("?page=x")).status).toBe(404);
    const missing = await annotationsRoute(new Request("http://localhost/x"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
  });

  it("says nothing to the public of an article without a published verdict", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const call = () => annotationsRoute(new Request("http://localhost/x"), { params: Promise.resolve({ id: claim.articleId }) });
    session.actor = null;
    expect((await call()).status).toBe(404);
    session.actor = reviewer;
    const desk = await call();
    expect(desk.status).toBe(200);
    expect((await desk.json()).first.items).toHaveLength(1);
  });
});

describe("linking a repeat by hand", () => {
  it("finds the desk's claims by their words, with their verdict's rating, and refuses a visitor", async () => {
    const reviewer = await makeUser("REVIEWER");
    // The only claim on this desk about unemployment at 4.1%.
    const { claim } = await publishedClaim("Unemployment fell to 4.1% last year");
    const repeat = await repeatClaim(reviewer);
    const found = await searchClaimsToLink({ actor: reviewer, claimId: repeat.id, q: "unemployment fell" });
    expect(found.map((f) => f.id)).toContain(claim.id);
    expect(found.map((f) => f.id)).not.toContain(repeat.id);
    expect(found.find((f) => f.id === claim.id)).toMatchObject({ status: "PUBLISHED", rating: expect.any(String), article: { title: expect.any(String) } });
    expect(await searchClaimsToLink({ actor: reviewer, q: "ho" })).toEqual([]);
    await expect(searchClaimsToLink({ actor: null, q: "homes" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    session.actor = reviewer;
    const response = await claimsLookupRoute(new Request(`http://localhost/api/claims/search?q=unemployment&exclude=${repeat.id}`));
    expect(response.status).toBe(200);
    expect((await response.json()).data.map((f: { id: string }) => f.id)).toContain(claim.id);
    session.actor = null;
    expect((await claimsLookupRoute(new Request("http://localhost/api/claims/search?q=homes"))).status).toBe(401);
  });
});
