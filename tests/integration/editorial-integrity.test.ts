import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/mutations";
import { saveVerdictDraft } from "@/lib/verdicts/mutations";
import { databaseKind } from "@/lib/db-url";
import { linkClaims, requestReuse, reuseVerdict } from "@/lib/tracking/mutations";
import { getPublishedClaim } from "@/lib/publishing/queries";
import { toClaimReview, toMarkupPage } from "@/lib/publishing/claim-review";
import { makeArticle, makeClaim, makeUser, research, step } from "../support/factories";
import { publishedClaim } from "../support/publishing";

/**
 * Issue 12, findings 6 and 7: what the public reads of a published verdict changes only with an
 * editor, and no editor approves text they wrote in the current review cycle.
 */

async function save(actor: Actor, claimId: string, text: { summary: string; rationale: string }) {
  const verdict = await db.verdict.findUnique({ where: { claimId } });
  return saveVerdictDraft({ actor, input: { claimId, version: verdict?.version ?? 0, rating: "MOSTLY_TRUE", ...text } });
}

const REVIEWER_TEXT = {
  summary: "The city reports 1,180 completions in 2023.",
  rationale: "The housing department's annual report lists 1,180 completed homes.",
};
const EDITOR_TEXT = {
  summary: "The figure is about right.",
  rationale: "Rewritten by the editor: the annual report lists 1,180 completed homes, close to the claim.",
};

/** Fact-checker R drafts; editor E rewrites the text; R saves it again unchanged (the attack's steps). */
async function draftRewrittenByEditor() {
  const [r, e, other] = [await makeUser("REVIEWER"), await makeUser("EDITOR"), await makeUser("EDITOR")];
  const claim = await makeClaim(r);
  await step(r, claim.id, "triage");
  await research(r, claim.id);
  await save(r, claim.id, REVIEWER_TEXT);
  await save(e, claim.id, EDITOR_TEXT);
  await save(r, claim.id, EDITOR_TEXT);
  return { r, e, other, claimId: claim.id };
}

describe("two-person rule counts every writer of the text under review", () => {
  it("refuses the editor who rewrote a verdict a fact-checker re-saved unchanged; another editor approves", async () => {
    const { r, e, other, claimId } = await draftRewrittenByEditor();
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId } });
    expect(verdict).toMatchObject({ authorId: r.id, lastEditedById: r.id, summary: EDITOR_TEXT.summary });
    await step(r, claimId, "submit");
    await expect(step(e, claimId, "approve")).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("two-person rule") });
    await expect(step(e, claimId, "object", "Not mine to judge.")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.verdictReview.count({ where: { claimId } })).toBe(0);
    expect((await step(other, claimId, "approve")).status).toBe("APPROVED");
  });

  it("keeps earlier writers through a send-back: the text they wrote is still under review", async () => {
    const { r, e, other, claimId } = await draftRewrittenByEditor();
    await step(r, claimId, "submit");
    await step(other, claimId, "sendBack", "Add the source's page number.");
    await save(r, claimId, { ...EDITOR_TEXT, rationale: EDITOR_TEXT.rationale + " (p. 12)" });
    await step(r, claimId, "submit");
    await expect(step(e, claimId, "approve")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await step(other, claimId, "approve")).status).toBe("APPROVED");
  });

  it("fills the writers of unpublished verdicts on upgrade (the migration's data step), none for published ones", async () => {
    const { r, claimId } = await draftRewrittenByEditor();
    const { claim: published } = await publishedClaim();
    await db.verdictWriter.deleteMany();
    const folder = databaseKind() === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations";
    const sql = fs.readFileSync(path.join(process.cwd(), folder, "20261201020000_verdict_writers", "migration.sql"), "utf8");
    const inserts = sql
      .split(/;\s*\n/)
      .map((statement) => statement.replace(/^--.*$/gm, "").trim())
      .filter((statement) => statement.startsWith("INSERT"));
    expect(inserts.length).toBeGreaterThan(0);
    for (const statement of inserts) await db.$executeRawUnsafe(statement);
    const writers = async (id: string) => (await db.verdictWriter.findMany({ where: { verdict: { claimId: id } } })).map((w) => w.userId);
    // Author and last editor are what the rows could tell (both R here); the rule never knew more before.
    expect(await writers(claimId)).toEqual([r.id]);
    expect(await writers(published.id)).toEqual([]);
  });

  it("starts a fresh cycle after publishing: an editor who wrote the old text may approve the reworked one", async () => {
    const { r, e, other, claimId } = await draftRewrittenByEditor();
    await step(r, claimId, "submit");
    await step(other, claimId, "approve");
    await step(other, claimId, "publish");
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId } });
    expect(await db.verdictWriter.count({ where: { verdictId: verdict.id } })).toBe(0);
    await step(other, claimId, "unpublish", "The report was revised.");
    await step(other, claimId, "rework");
    await save(r, claimId, { ...REVIEWER_TEXT, summary: "Revised: the city reports 1,150 completions." });
    await step(r, claimId, "submit");
    // This round's text is R's alone (R, and E's earlier text is gone from it): E may approve it.
    expect((await step(e, claimId, "approve")).status).toBe("APPROVED");
  });
});

const REPEAT = "Officials say the city built 1,200 new homes in 2023 across all districts.";

async function repeatClaim(actor: Actor) {
  const article = await makeArticle(REPEAT);
  await db.article.update({ where: { id: article.id }, data: { url: "https://other.example/homes", title: "Another story" } });
  const quote = "the city built 1,200 new homes in 2023";
  const start = REPEAT.indexOf(quote);
  return createClaim({
    actor,
    input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "City officials", claimantType: "ORGANIZATION" },
  });
}

async function publicRecord(slug: string) {
  const claim = (await getPublishedClaim(slug))!;
  return { claimReview: toClaimReview(claim), markup: toMarkupPage(claim), publicUpdatedAt: claim.publicUpdatedAt };
}

describe("reusing a published verdict changes its public record, so it is an editor's step", () => {
  it("lets a fact-checker link a repeat to a published claim without changing what the public reads", async () => {
    const { claim: original } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    const before = await publicRecord(original.slug!);
    await linkClaims({ actor: reviewer, input: { claimId: repeat.id, version: repeat.version, targetClaimId: original.id } });
    expect(await publicRecord(original.slug!)).toEqual(before);
  });

  it("refuses a fact-checker's reuse and leaves the ClaimReview, the markup page and the claim as they were", async () => {
    const { claim: original } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    await linkClaims({ actor: reviewer, input: { claimId: repeat.id, version: repeat.version, targetClaimId: original.id } });
    const linked = await db.claim.findUniqueOrThrow({ where: { id: repeat.id } });
    const before = await publicRecord(original.slug!);
    await expect(reuseVerdict({ actor: reviewer, input: { claimId: repeat.id, version: linked.version, fromClaimId: original.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("adds an appearance to a published fact-check"),
    });
    expect(await publicRecord(original.slug!)).toEqual(before);
    expect(await db.claim.findUniqueOrThrow({ where: { id: repeat.id } })).toMatchObject({ status: "NEW", coveredById: null, version: linked.version });
  });

  it("lets an editor reuse it: the public record then lists the new appearance", async () => {
    const { claim: original, editor } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    await linkClaims({ actor: reviewer, input: { claimId: repeat.id, version: repeat.version, targetClaimId: original.id } });
    const linked = await db.claim.findUniqueOrThrow({ where: { id: repeat.id } });
    await reuseVerdict({ actor: editor, input: { claimId: repeat.id, version: linked.version, fromClaimId: original.id } });
    const after = await publicRecord(original.slug!);
    expect(after.markup.claimReviewMarkups[0].claimAppearances).toEqual(["https://gazette.example/homes", "https://other.example/homes"]);
  });
});

describe("a fact-checker asks the editors to reuse a published verdict", () => {
  it("tells each active editor once, changes nothing public, and the editor can then reuse it", async () => {
    const { claim: original, editor } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    await linkClaims({ actor: reviewer, input: { claimId: repeat.id, version: repeat.version, targetClaimId: original.id } });
    const linked = await db.claim.findUniqueOrThrow({ where: { id: repeat.id } });
    const before = await publicRecord(original.slug!);
    const input = { claimId: repeat.id, version: linked.version, fromClaimId: original.id };
    await requestReuse({ actor: reviewer, input });
    await requestReuse({ actor: reviewer, input });
    const told = await db.notification.findMany({ where: { claimId: repeat.id, kind: "REUSE_REQUESTED" } });
    expect(told.filter((n) => n.userId === editor.id)).toHaveLength(1);
    expect(told.every((n) => n.actorId === reviewer.id && n.userId !== reviewer.id)).toBe(true);
    expect(await publicRecord(original.slug!)).toEqual(before);
    expect(await db.claim.findUniqueOrThrow({ where: { id: repeat.id } })).toMatchObject({ status: "NEW", version: linked.version });
    await reuseVerdict({ actor: editor, input });
    expect(await db.claim.findUniqueOrThrow({ where: { id: repeat.id } })).toMatchObject({ status: "COVERED", coveredById: original.id });
  });

  it("refuses a request for claims that are not linked, and for anonymous callers", async () => {
    const { claim: original } = await publishedClaim();
    const reviewer = await makeUser("REVIEWER");
    const repeat = await repeatClaim(reviewer);
    const input = { claimId: repeat.id, version: repeat.version, fromClaimId: original.id };
    await expect(requestReuse({ actor: reviewer, input })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(requestReuse({ actor: null, input })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.notification.count({ where: { claimId: repeat.id } })).toBe(0);
  });
});
