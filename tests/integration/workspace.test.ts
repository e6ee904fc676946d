import { describe, expect, it } from "vitest";
import { lastClaimSeq } from "@/lib/live/sequence";
import { db } from "@/lib/db";
import { addComment } from "@/lib/claims/mutations";
import { readClaimPage } from "@/lib/claims/workspace";
import { claimExists, getClaimWorkspace, HISTORY_SHOWN } from "@/lib/claims/queries";
import { updateDeskSettings } from "@/lib/settings/settings";
import { saveVerdictDraft } from "@/lib/verdicts/mutations";
import { claimInReview, makeClaim, makeUser, research, step } from "../support/factories";

/** The claim page's view model read from the database (lib/claims/workspace.ts). */
describe("readClaimPage", () => {
  it("shows the newest HISTORY_SHOWN events of a long history, and how many there are", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    const at = Date.UTC(2025, 0, 1);
    await db.auditEvent.createMany({
      data: Array.from({ length: HISTORY_SHOWN + 5 }, (_, i) => ({
        actorId: rita.id,
        action: "test.saved",
        entityType: "Claim",
        entityId: claim.id,
        claimId: claim.id,
        after: JSON.stringify({ n: i }),
        createdAt: new Date(at + i * 1000),
      })),
    });
    const total = await db.auditEvent.count({ where: { claimId: claim.id } });
    expect(total).toBe(HISTORY_SHOWN + 5 + 1); // and the claim's creation
    const view = (await readClaimPage({ actor: rita, id: claim.id }))!;
    expect(view.historyTotal).toBe(total);
    expect(view.history).toHaveLength(HISTORY_SHOWN);
    // Newest first: the creation (now) and then the newest of the made ones; the oldest made ones are left out.
    expect(view.history[0].text).toMatch(/created|added|claim/i);
    expect(view.history[1].createdAt).toEqual(new Date(at + (HISTORY_SHOWN + 4) * 1000));
    expect(view.history.at(-1)!.createdAt).toEqual(new Date(at + 6 * 1000));
  });

  it("refuses a missing session, and answers null for a claim that does not exist", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    await expect(readClaimPage({ actor: null, id: claim.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await readClaimPage({ actor: rita, id: "no-such-claim" })).toBeNull();
    expect(await readClaimPage({ actor: rita, id: "x".repeat(5000) })).toBeNull();
  });

  it("claimExists (the page's look-up before it streams): refuses a missing session; true for a claim, false for none", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    await expect(claimExists({ actor: null, id: claim.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await claimExists({ actor: rita, id: claim.id })).toBe(true);
    expect(await claimExists({ actor: rita, id: "no-such-claim" })).toBe(false);
    expect(await claimExists({ actor: rita, id: "x".repeat(5000) })).toBe(false);
  });

  it("reads a claim in research: the form with the saved verdict, the research open, the comments threaded", async () => {
    const rita = await makeUser("REVIEWER", "Rita Workspace");
    const claim = await makeClaim(rita);
    await step(rita, claim.id, "triage");
    await saveVerdictDraft({
      actor: rita,
      input: {
        claimId: claim.id,
        version: 0,
        rating: "MOSTLY_TRUE",
        summary: "Close to the report's figure.",
        rationale: "The report lists 1,180 homes.",
        validAsOf: "2026-02-01",
      },
    });
    const question = await addComment({ actor: rita, input: { claimId: claim.id, body: "Which report?" } });
    await addComment({ actor: rita, input: { claimId: claim.id, body: "The annual one.", parentId: question.id } });

    const view = (await readClaimPage({ actor: rita, id: claim.id }))!;
    expect(view.header).toMatchObject({ status: "RESEARCHING", rating: "MOSTLY_TRUE", claimant: "The mayor", publicSlug: null });
    expect(view.verdict.body).toEqual({
      kind: "form",
      saved: {
        version: 1,
        editedBy: "Rita Workspace",
        fields: {
          rating: "MOSTLY_TRUE",
          summary: "Close to the report's figure.",
          rationale: "The report lists 1,180 homes.",
          validAsOf: "2026-02-01",
          recheckOn: "",
        },
      },
    });
    expect(view.sources.canAdd).toBe(true);
    // No source or evidence yet: submitting is closed, with the reason on the page.
    expect(view.workflow.actions).not.toContain("submit");
    expect(view.workflow.blocked).toEqual([{ action: "submit", reason: expect.stringContaining("Add a source and a piece of evidence") }]);
    expect(view.comments.count).toBe(2);
    expect(view.comments.threads.map((t) => t.replies.map((r) => r.body))).toEqual([["The annual one."]]);
    expect(view.comments.mentionable.some((m) => m.name === "Rita Workspace")).toBe(false);
    // The claim's last change number is where the live stream picks up.
    expect(view.liveAfter).toBe(await lastClaimSeq(view.id));
    // With a source and a piece of evidence, submitting opens.
    await research(rita, claim.id);
    expect((await readClaimPage({ actor: rita, id: claim.id }))!.workflow.actions).toContain("submit");
    expect(view.liveAfter).toBeGreaterThan(0);
  });

  it("asks the approval policy in review: the tally counts the desk's setting, the author is refused her own approval", async () => {
    const admin = await makeUser("ADMIN");
    await Promise.all([makeUser("EDITOR"), makeUser("EDITOR"), makeUser("EDITOR")]);
    await updateDeskSettings({ actor: admin, input: { approvalsRequired: 2 } });
    const author = await makeUser("EDITOR");
    const other = await makeUser("EDITOR");
    const claim = await claimInReview(author);

    const asOther = (await readClaimPage({ actor: other, id: claim.id }))!;
    expect(asOther.workflow.tally).toMatchObject({ text: "0 of 2 approvals", several: true, round: [] });
    expect(asOther.workflow.actions).toContain("approve");
    expect(asOther.verdict.body).toMatchObject({ kind: "shown", rating: "MOSTLY_TRUE" });

    const asAuthor = (await readClaimPage({ actor: author, id: claim.id }))!;
    expect(asAuthor.workflow.actions).not.toContain("approve");
    expect(asAuthor.workflow.blocked.map((b) => b.action)).toContain("approve");
    await updateDeskSettings({ actor: admin, input: { approvalsRequired: 1 } });
  });

  it("calls a published verdict due for re-checking once its day has come, and offers the re-check to editors", async () => {
    const editor = await makeUser("EDITOR");
    const author = await makeUser("REVIEWER");
    const claim = await claimInReview(author);
    await step(editor, claim.id, "approve");
    await step(editor, claim.id, "publish");
    await db.verdict.update({
      where: { claimId: claim.id },
      data: { validAsOf: new Date("2026-01-10T00:00:00Z"), recheckOn: new Date("2026-03-10T00:00:00Z") },
    });

    const due = (await readClaimPage({ actor: editor, id: claim.id, now: new Date("2026-03-10T08:00:00Z") }))!;
    expect(due.header.publicSlug).toEqual(expect.any(String));
    expect(due.verdict.days).toMatchObject({ due: true });
    expect(due.verdict.recheck).toEqual({ validAsOf: "2026-01-10", recheckOn: "2026-03-10", due: true });
    expect(due.workflow.correction).not.toBeNull();
    const before = (await readClaimPage({ actor: editor, id: claim.id, now: new Date("2026-03-09T23:00:00Z") }))!;
    expect(before.verdict.days).toMatchObject({ due: false });
    expect((await readClaimPage({ actor: author, id: claim.id }))!.verdict.recheck).toBeNull();
  });

  it("names each person the page shows, a disabled account's too, and the desk itself for what no one did", async () => {
    const author = await makeUser("REVIEWER", "Ann Author");
    const editor = await makeUser("EDITOR", "Eddie Editor");
    const commenter = await makeUser("REVIEWER", "Cora Commenter");
    const claim = await claimInReview(author);
    await step(editor, claim.id, "approve");
    await addComment({ actor: commenter, input: { claimId: claim.id, body: "Looks right to me." } });
    // Two people who did nothing the history tells: only their own fields can name them.
    const assignee = await makeUser("REVIEWER", "Asa Assignee");
    const lastEditor = await makeUser("EDITOR", "Lee Last-Editor");
    await db.claim.update({ where: { id: claim.id }, data: { assigneeId: assignee.id } });
    await db.verdict.update({ where: { claimId: claim.id }, data: { lastEditedById: lastEditor.id } });
    await db.user.update({ where: { id: author.id }, data: { disabled: true } });
    await db.auditEvent.create({ data: { action: "claim.reanchor", entityType: "Claim", entityId: claim.id, claimId: claim.id, actorId: null } });

    const view = (await readClaimPage({ actor: editor, id: claim.id }))!;
    expect(view.header.assigneeName).toBe("Asa Assignee");
    expect(view.verdict.byline).toMatchObject({ author: "Ann Author", lastEditedBy: "Lee Last-Editor", approvedBy: "Eddie Editor" });
    expect(view.comments.threads.map((t) => t.comment.author.name)).toEqual(["Cora Commenter"]);
    const workspace = (await getClaimWorkspace({ actor: editor, id: claim.id }))!;
    expect(workspace.reviews.map((r) => r.reviewer.name)).toEqual(["Eddie Editor"]);
    expect(workspace.createdBy.name).toBe("Ann Author");
    expect(view.evidence.items.map((e) => e.createdBy.name)).toEqual(["Ann Author"]);
    const actors = new Set(view.history.map((e) => e.actor));
    expect(actors).toEqual(new Set(["Ann Author", "Eddie Editor", "Cora Commenter", "Factdesk"]));
  });
});
