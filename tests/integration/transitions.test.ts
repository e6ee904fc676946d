import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionClaim } from "@/lib/claims/mutations";
import { addEvidence, addSource } from "@/lib/sources/mutations";
import { saveVerdictDraft } from "@/lib/verdicts/mutations";
import { auditActions, claimInReview, draftVerdict, makeClaim, makeUser, research, rowCounts, step } from "../support/factories";

describe("claim life cycle on the server", () => {
  it("refuses a submission until this claim has a source and a piece of evidence of its own", async () => {
    const reviewer = await makeUser("REVIEWER");
    // Another claim's research does not count for this one.
    await claimInReview(reviewer);
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    await saveVerdictDraft({
      actor: reviewer,
      input: { claimId: claim.id, version: 0, rating: "FALSE", summary: "No such figure.", rationale: "The report lists no such number of homes." },
    });
    await expect(step(reviewer, claim.id, "submit")).rejects.toMatchObject({ message: expect.stringContaining("a source and a piece of evidence") });
    const source = await addSource({ actor: reviewer, input: { claimId: claim.id, url: "https://stats.example.org/h", title: "Housing" } });
    await expect(step(reviewer, claim.id, "submit")).rejects.toMatchObject({ message: expect.stringMatching(/a piece of evidence/) });
    await addEvidence({ actor: reviewer, input: { claimId: claim.id, sourceId: source.id, stance: "REFUTES", excerpt: "No such figure." } });
    expect((await step(reviewer, claim.id, "submit")).status).toBe("IN_REVIEW");
  });

  it("walks NEW → RESEARCHING → IN_REVIEW → APPROVED → PUBLISHED with an audit event per step", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(reviewer);
    expect(claim.status).toBe("IN_REVIEW");
    const approved = await step(editor, claim.id, "approve");
    expect(approved.status).toBe("APPROVED");
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(verdict.approvedById).toBe(editor.id);
    const published = await step(editor, claim.id, "publish");
    expect(published.status).toBe("PUBLISHED");
    expect(published.slug).toMatch(/^the-city-built-1-200-new-homes-in-/);
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.version).toBe(5); // created at 1, four status changes; verdict saves do not bump the claim
    expect(await auditActions(claim.id)).toEqual([
      "claim.create",
      "claim.triage",
      "source.add",
      "evidence.add",
      "verdict.create",
      "claim.submit",
      "claim.approve",
      "claim.publish",
    ]);
  });

  it("refuses a reviewer's approval and writes nothing", async () => {
    const author = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    const claim = await claimInReview(author);
    const before = await rowCounts();
    await expect(step(other, claim.id, "approve")).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/editor/i) });
    expect(await rowCounts()).toEqual(before);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses an editor approving a verdict they wrote (two-person rule)", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(editor);
    await expect(step(editor, claim.id, "approve")).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/two-person/) });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses an editor who last edited someone else's verdict", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    await draftVerdict(reviewer, claim.id);
    await draftVerdict(editor, claim.id);
    await step(reviewer, claim.id, "submit");
    await expect(step(editor, claim.id, "approve")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("returns the claim exactly as a fresh read finds it after each change", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reviewer);
    const asRead = (id: string) => db.claim.findUniqueOrThrow({ where: { id } });
    const triaged = await step(reviewer, claim.id, "triage");
    expect(triaged).toEqual(await asRead(claim.id));
    await research(reviewer, claim.id);
    await draftVerdict(reviewer, claim.id);
    const submitted = await step(reviewer, claim.id, "submit");
    expect(submitted).toEqual(await asRead(claim.id));
    expect(await step(editor, claim.id, "approve")).toEqual(await asRead(claim.id));
    const published = await step(editor, claim.id, "publish");
    expect(published.slug).toBeTruthy();
    expect(published).toEqual(await asRead(claim.id));
    expect(await step(editor, claim.id, "unpublish", "Sent in error")).toEqual(await asRead(claim.id));
  });

  it("refuses a stale version and keeps the other person's change", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reviewer);
    await transitionClaim({ actor: reviewer, input: { claimId: claim.id, version: claim.version, action: "triage" } });
    const before = await rowCounts();
    // The editor still has the page as it was at version 1 and tries to dismiss.
    await expect(
      transitionClaim({ actor: editor, input: { claimId: claim.id, version: claim.version, action: "dismiss", note: "Not checkable" } }),
    ).rejects.toMatchObject({ code: "STALE", message: expect.stringMatching(/someone else changed/i) });
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("RESEARCHING");
    expect(after.dismissReason).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses transitions from the wrong state", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reviewer);
    await expect(step(editor, claim.id, "publish")).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(step(reviewer, claim.id, "submit")).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });

  it("refuses submitting without a verdict", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    await expect(step(reviewer, claim.id, "submit")).rejects.toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringMatching(/verdict/i) });
  });

  it("dismisses with a reason, which an editor can reopen", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reviewer);
    await expect(step(reviewer, claim.id, "dismiss")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { note: expect.any(Array) } });
    const dismissed = await step(reviewer, claim.id, "dismiss", "Opinion, not a factual claim");
    expect(dismissed).toMatchObject({ status: "DISMISSED", dismissReason: "Opinion, not a factual claim" });
    await expect(step(reviewer, claim.id, "reopen")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const reopened = await step(editor, claim.id, "reopen");
    expect(reopened).toMatchObject({ status: "NEW", dismissReason: null });
  });

  it("sends back with a required note, clearing the approval fields", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(reviewer);
    await expect(step(editor, claim.id, "sendBack")).rejects.toMatchObject({ code: "VALIDATION" });
    const back = await step(editor, claim.id, "sendBack", "Cite the housing department report directly.");
    expect(back).toMatchObject({ status: "RESEARCHING", reviewNote: "Cite the housing department report directly." });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.sendBack" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ note: "Cite the housing department report directly." });
    expect(JSON.parse(audit.before!)).toEqual({ status: "IN_REVIEW" });
  });

  it("refuses anonymous and unknown-claim transitions", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await expect(transitionClaim({ actor: null, input: { claimId: claim.id, version: 1, action: "triage" } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(transitionClaim({ actor: reviewer, input: { claimId: "nope", version: 1, action: "triage" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transitionClaim({ actor: reviewer, input: { claimId: claim.id, version: 1, action: "explode" as never } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});
