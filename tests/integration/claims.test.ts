import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createClaim, addComment } from "@/lib/claims/mutations";
import { auditActions, makeArticle, makeClaim, makeUser, rowCounts } from "../support/factories";
import { whileATransactionRollsBack } from "../support/in-flight";

describe("createClaim", () => {
  it("anchors a reviewer's claim to the exact span, with context, and audits it", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const article = await db.article.findUniqueOrThrow({ where: { id: claim.articleId } });
    expect(article.text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.prefix).toBe("The mayor said ");
    expect(claim.suffix.startsWith(". Critics")).toBe(true);
    expect(claim.status).toBe("NEW");
    expect(claim.version).toBe(1);
    expect(claim.claimDate?.toISOString()).toBe("2024-06-20T00:00:00.000Z");
    expect(await auditActions(claim.id)).toEqual(["claim.create"]);
  });

  it("refuses a quote that does not match the text at its offsets and writes nothing", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle();
    const before = await rowCounts();
    const attempt = createClaim({
      actor: reviewer,
      input: { articleId: article.id, quote: "the city built 9,999 new homes", start: 15, end: 45, claimant: "The mayor", claimantType: "PERSON" },
    });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { quote: expect.any(Array) } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses offsets outside the article", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await makeArticle();
    await expect(
      createClaim({ actor: reviewer, input: { articleId: article.id, quote: "homes", start: 5000, end: 5005, claimant: "Someone", claimantType: "PERSON" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("reports every invalid field at once", async () => {
    const reviewer = await makeUser("REVIEWER");
    const error = await createClaim({
      actor: reviewer,
      input: { articleId: "x", quote: "", start: 0, end: 0, claimant: "", claimantType: "ROBOT" as never },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(Object.keys(error.fieldErrors)).toEqual(expect.arrayContaining(["quote", "claimant", "claimantType"]));
  });

  it("refuses anonymous callers", async () => {
    const article = await makeArticle();
    await expect(
      createClaim({ actor: null, input: { articleId: article.id, quote: "The mayor", start: 0, end: 9, claimant: "X", claimantType: "PERSON" } }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("refuses an unknown article", async () => {
    const reviewer = await makeUser("REVIEWER");
    await expect(
      createClaim({ actor: reviewer, input: { articleId: "missing", quote: "The mayor", start: 0, end: 9, claimant: "Someone", claimantType: "PERSON" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("addComment", () => {
  it("adds a comment with its audit event", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const comment = await addComment({ actor: reviewer, input: { claimId: claim.id, body: "  Checking the housing report.  " } });
    expect(comment.body).toBe("Checking the housing report.");
    expect(await auditActions(claim.id)).toEqual(["claim.create", "comment.add"]);
  });

  it("refuses an empty comment and an anonymous one", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await expect(addComment({ actor: reviewer, input: { claimId: claim.id, body: "   " } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { body: expect.any(Array) },
    });
    await expect(addComment({ actor: null, input: { claimId: claim.id, body: "hi" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("a claim's article read outside the transaction", () => {
  it("refuses the claim as stale when the text is replaced between the check and the write, and writes nothing", async () => {
    const actor = await makeUser("REVIEWER");
    const article = await makeArticle();
    const quote = "the city built 1,200 new homes in 2023";
    const start = article.text.indexOf(quote);
    const original = db.$transaction.bind(db);
    // Someone replaces the text (its version moves on) after the span was checked, before the claim is written.
    const spy = vi
      .spyOn(db, "$transaction")
      .mockImplementationOnce(((fn: never) =>
        db.article
          .update({ where: { id: article.id }, data: { text: `A new opening.\n${article.text}`, version: { increment: 1 } } })
          .then(() => original(fn))) as never);
    try {
      const before = await rowCounts();
      await expect(
        createClaim({ actor, input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The mayor", claimantType: "PERSON" } }),
      ).rejects.toMatchObject({ code: "STALE" });
      expect(await rowCounts()).toEqual(before);
      expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
    } finally {
      spy.mockRestore();
    }
    // Against the text as it is now, the same words are claimed where they now are.
    const now = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const moved = now.text.indexOf(quote);
    const claim = await createClaim({
      actor,
      input: { articleId: article.id, quote, start: moved, end: moved + quote.length, claimant: "The mayor", claimantType: "PERSON" },
    });
    expect(now.text.slice(claim.start, claim.end)).toBe(quote);
  });
});

describe("a claim's article read while a text replacement is in flight", () => {
  it("never checks the span against a text that is not committed (it rolls back here)", async () => {
    const actor = await makeUser("REVIEWER");
    const article = await makeArticle();
    const quote = "the city built 1,200 new homes in 2023";
    const start = article.text.indexOf(quote);
    const input = { articleId: article.id, quote, start, end: start + quote.length, claimant: "The mayor", claimantType: "PERSON" as const };
    // A replacement writes a longer text (moving the quote) and the version, then fails and rolls back;
    // the claim is created while it is in flight.
    const outcome = await whileATransactionRollsBack(
      (tx) => tx.article.update({ where: { id: article.id }, data: { text: `A new opening.\n${article.text}`, version: { increment: 1 } } }),
      () => createClaim({ actor, input }),
    );
    // The claim sees the text as it was committed: its span is right, and it is written.
    expect(outcome.error).toBeUndefined();
    const now = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(now.version).toBe(article.version);
    expect(now.text.slice(outcome.value!.start, outcome.value!.end)).toBe(quote);
  });
});
