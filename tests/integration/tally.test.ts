import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db-url";
import { FOLD_AFTER, foldTallyChanges, publishedRatingTally, statusTally } from "@/lib/claims/tally";
import { draftVerdict, makeArticle, makeClaim, makeUser, step } from "../support/factories";

// The counts kept by the database's triggers (migration 20261204050000_claim_tally) must always equal
// a count of the rows themselves, whatever changed them: the life cycle, a rating edit, a deletion
// (with its verdict, by cascade), a bulk insert.
async function counted() {
  const statuses = await db.claim.groupBy({ by: ["status"], _count: { _all: true } });
  const ratings = await db.verdict.groupBy({ by: ["rating"], where: { claim: { status: "PUBLISHED" } }, _count: { _all: true } });
  return {
    statuses: Object.fromEntries(statuses.map((g) => [g.status, g._count._all])),
    ratings: Object.fromEntries(ratings.map((g) => [g.rating, g._count._all])),
  };
}
async function kept() {
  const nonZero = <T extends { count: number }>(rows: T[], key: (r: T) => string) =>
    Object.fromEntries(rows.filter((r) => r.count !== 0).map((r) => [key(r), r.count]));
  return { statuses: nonZero(await statusTally(), (r) => r.status), ratings: nonZero(await publishedRatingTally(), (r) => r.rating) };
}

describe("the counts the database keeps (lib/claims/tally.ts)", () => {
  it("has a row for every status and rating, all zero on an empty desk", async () => {
    expect((await statusTally()).map((r) => r.status).sort()).toEqual([
      "APPROVED",
      "COVERED",
      "DISMISSED",
      "IN_REVIEW",
      "NEW",
      "PUBLISHED",
      "RESEARCHING",
      "UNPUBLISHED",
    ]);
    expect((await publishedRatingTally()).map((r) => r.rating).sort()).toEqual([
      "FALSE",
      "MISLEADING",
      "MIXED",
      "MOSTLY_FALSE",
      "MOSTLY_TRUE",
      "TRUE",
      "UNVERIFIABLE",
    ]);
    expect(await kept()).toEqual({ statuses: {}, ratings: {} });
  });

  it("follows the life cycle, rating edits, deletions and bulk inserts exactly", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const a = await makeClaim(author);
    const b = await makeClaim(author);
    await makeClaim(author);
    expect(await kept()).toEqual({ statuses: { NEW: 3 }, ratings: {} });

    for (const [who, action] of [
      [author, "triage"],
      [author, "submit"],
      [editor, "approve"],
      [editor, "publish"],
    ] as const) {
      if (action === "submit") await draftVerdict(author, a.id);
      await step(who, a.id, action);
    }
    await step(author, b.id, "dismiss", "Not a claim of fact");
    const rating = (await db.verdict.findUniqueOrThrow({ where: { claimId: a.id } })).rating;
    expect(await kept()).toEqual({ statuses: { NEW: 1, PUBLISHED: 1, DISMISSED: 1 }, ratings: { [rating]: 1 } });
    expect(await kept()).toEqual(await counted());

    // A published verdict's rating changed: counted under the new one only.
    const other = rating === "FALSE" ? "TRUE" : "FALSE";
    await db.verdict.update({ where: { claimId: a.id }, data: { rating: other } });
    expect((await kept()).ratings).toEqual({ [other]: 1 });

    // Unpublished: no longer a published verdict.
    await step(editor, a.id, "unpublish", "Withdrawn for a correction");
    expect(await kept()).toEqual({ statuses: { NEW: 1, UNPUBLISHED: 1, DISMISSED: 1 }, ratings: {} });
    expect(await kept()).toEqual(await counted());

    // Republished, then the claim deleted with its verdict (a cascade): both counts fall.
    await db.claim.update({ where: { id: a.id }, data: { status: "PUBLISHED" } });
    expect((await kept()).ratings).toEqual({ [other]: 1 });
    // As lib/demo/remove.ts does: the claim's history, evidence and sources first, then the claim.
    await db.auditEvent.deleteMany({ where: { claimId: a.id } });
    await db.evidence.deleteMany({ where: { claimId: a.id } });
    await db.source.deleteMany({ where: { claimId: a.id } });
    await db.claim.delete({ where: { id: a.id } });
    expect(await kept()).toEqual({ statuses: { NEW: 1, DISMISSED: 1 }, ratings: {} });

    // A verdict removed on its own from a published claim.
    const c = await makeClaim(author);
    await step(author, c.id, "triage");
    await draftVerdict(author, c.id);
    await db.claim.update({ where: { id: c.id }, data: { status: "PUBLISHED" } });
    expect((await kept()).ratings).toEqual(await counted().then((x) => x.ratings));
    await db.verdict.delete({ where: { claimId: c.id } });
    expect((await kept()).ratings).toEqual({});

    // A bulk insert (the corpus loader's and a bulk import's path).
    const article = await makeArticle();
    await db.claim.createMany({
      data: ["RESEARCHING", "RESEARCHING", "IN_REVIEW"].map((status, i) => ({
        articleId: article.id,
        quote: `bulk claim ${i}`,
        start: 0,
        end: 10,
        prefix: "",
        suffix: "",
        claimant: "The mayor",
        status: status as "RESEARCHING" | "IN_REVIEW",
        createdById: author.id,
      })),
    });
    expect(await kept()).toEqual(await counted());
    expect((await kept()).statuses).toEqual({ NEW: 1, DISMISSED: 1, PUBLISHED: 1, RESEARCHING: 2, IN_REVIEW: 1 });

    // Folding the appended changes into the counts changes no count, and leaves no change behind.
    expect(await db.claimTallyChange.count()).toBeGreaterThan(0);
    await foldTallyChanges();
    expect(await db.claimTallyChange.count()).toBe(0);
    expect(await kept()).toEqual(await counted());
  });

  it("folds the changes in by itself once more than FOLD_AFTER are waiting, and two folds at once count each change once", async () => {
    const author = await makeUser("REVIEWER");
    const article = await makeArticle();
    const bulk = (n: number, tag: string) =>
      db.claim.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          articleId: article.id,
          quote: `${tag} ${i}`,
          start: 0,
          end: 5,
          prefix: "",
          suffix: "",
          claimant: "The mayor",
          createdById: author.id,
        })),
      });
    // Each claim's status change is two changes (on PostgreSQL a bulk insert is one change a status).
    await bulk(FOLD_AFTER / 2 + 1, "fold");
    await db.claim.updateMany({ where: { articleId: article.id }, data: { status: "RESEARCHING" } });
    expect(await db.claimTallyChange.count()).toBeGreaterThan(FOLD_AFTER);
    const before = await counted();
    expect(await kept()).toEqual(before);
    expect(await db.claimTallyChange.count()).toBe(0);
    expect(await kept()).toEqual(before);

    await bulk(50, "twice");
    await Promise.all([foldTallyChanges(), foldTallyChanges()]);
    expect(await kept()).toEqual(await counted());
  }, 60_000);

  it("lets two transactions change opposite statuses at once (no shared row to wait for, no deadlock)", async () => {
    const author = await makeUser("REVIEWER");
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await makeClaim(author)).id);
    await db.claim.updateMany({ where: { id: { in: [ids[1], ids[2]] } }, data: { status: "IN_REVIEW" } });
    const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
    // With one row per status updated in place, each would hold one status's row and wait for the other's.
    const one = db.$transaction(async (tx) => {
      await tx.claim.update({ where: { id: ids[0] }, data: { status: "RESEARCHING" } });
      await pause();
      await tx.claim.update({ where: { id: ids[1] }, data: { status: "DISMISSED" } });
    });
    const two = db.$transaction(async (tx) => {
      await tx.claim.update({ where: { id: ids[2] }, data: { status: "DISMISSED" } });
      await pause();
      await tx.claim.update({ where: { id: ids[3] }, data: { status: "RESEARCHING" } });
    });
    await Promise.all([one, two]);
    expect(await kept()).toEqual(await counted());
  });

  it("counts a bulk insert of claims and their verdicts in one statement each, and on PostgreSQL in one change a status or rating", async () => {
    const author = await makeUser("REVIEWER");
    const article = await makeArticle();
    await foldTallyChanges();
    const statuses = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "NEW", "RESEARCHING", "RESEARCHING"] as const;
    const ids = statuses.map((_, i) => `bulk-tally-${i}-${article.id}`);
    const ratings = ["FALSE", "FALSE", "TRUE", "FALSE", "MIXED", "TRUE"] as const;
    await db.$transaction(async (tx) => {
      await tx.claim.createMany({
        data: statuses.map((status, i) => ({
          id: ids[i],
          articleId: article.id,
          quote: `bulk tally ${i}`,
          start: 0,
          end: 4,
          prefix: "",
          suffix: "",
          claimant: "The mayor",
          status,
          slug: status === "PUBLISHED" ? `bulk-tally-${i}-${article.id}` : null,
          createdById: author.id,
        })),
      });
      // Verdicts on every claim: only the published claims' count as published verdicts.
      await tx.verdict.createMany({
        data: ids.map((claimId, i) => ({ claimId, rating: ratings[i], summary: "s", rationale: "r", authorId: author.id, lastEditedById: author.id })),
      });
    });
    expect(await kept()).toEqual(await counted());
    expect((await kept()).ratings).toEqual({ FALSE: 2, TRUE: 1 });
    // Row by row, that was nine changes (six claims, three verdicts of published claims); a statement adds one a status or rating: PUBLISHED, NEW and
    // RESEARCHING, then FALSE and TRUE.
    if (databaseKind() === "postgres") expect(await db.claimTallyChange.count()).toBe(5);
  });
});
