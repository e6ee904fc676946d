import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approvalsRange, getDeskSettings, readSettingsPage, updateDeskSettings } from "@/lib/settings/settings";
import { correctVerdict } from "@/lib/publishing/mutations";
import { claimInReview, makeUser, step } from "../support/factories";
import { fingerprint } from "../support/fingerprint";

async function requireApprovals(n: number) {
  const admin = await makeUser("ADMIN");
  // Enough editors on the desk for any n used here.
  for (let i = 0; i < n; i++) await makeUser("EDITOR");
  await updateDeskSettings({ actor: admin, input: { approvalsRequired: n } });
}

afterEach(async () => {
  await db.deskSettings.deleteMany();
});

async function notes(userId: string) {
  return (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
}

describe("approval policy", () => {
  it("defaults to one approval: the first editor's approval approves", async () => {
    expect(await getDeskSettings()).toEqual({ approvalsRequired: 1 });
    const author = await makeUser("REVIEWER");
    const claim = await claimInReview(author);
    const approved = await step(await makeUser("EDITOR"), claim.id, "approve", "Solid sourcing.");
    expect(approved.status).toBe("APPROVED");
    expect(await db.verdictReview.findMany({ where: { claimId: claim.id }, select: { decision: true, note: true } })).toEqual([
      { decision: "APPROVE", note: "Solid sourcing." },
    ]);
  });

  it("approving and publishing leave the verdict's last-edited time alone; a correction moves it", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(author);
    const edited = async () => (await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).lastEditedAt;
    const written = await edited();
    expect(written).toBeInstanceOf(Date);
    await step(editor, claim.id, "approve");
    await step(editor, claim.id, "publish");
    const afterPublish = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(afterPublish.approvedAt!.getTime()).toBeGreaterThanOrEqual(written!.getTime());
    expect(afterPublish.lastEditedAt).toEqual(written);

    const published = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await correctVerdict({
      actor: editor,
      input: {
        claimId: claim.id,
        version: published.version,
        rating: "FALSE",
        summary: afterPublish.summary,
        rationale: afterPublish.rationale,
        note: "The rating was wrong.",
      },
    });
    const corrected = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(corrected.lastEditedAt!.getTime()).toBeGreaterThanOrEqual(afterPublish.approvedAt!.getTime());
    expect(corrected.lastEditedById).toBe(editor.id);
  });

  it("with two required, the first approval keeps the claim in review and tells no one; the second approves", async () => {
    await requireApprovals(2);
    const author = await makeUser("REVIEWER");
    const [eli, ada, bob] = [await makeUser("EDITOR", "Eli"), await makeUser("EDITOR", "Ada"), await makeUser("EDITOR", "Bob")];
    const claim = await claimInReview(author);

    const first = await step(eli, claim.id, "approve");
    expect(first.status).toBe("IN_REVIEW");
    expect(first.version).toBe(claim.version + 1);
    expect(await notes(author.id)).toEqual([]);
    expect((await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).approvedById).toBeNull();

    // An objection is recorded with its note and tells the author; the claim stays in review.
    const objected = await step(bob, claim.id, "object", "The 50-country figure is from 2022; check the current list.");
    expect(objected.status).toBe("IN_REVIEW");
    expect(await notes(author.id)).toEqual(["OBJECTED"]);

    // Eli cannot approve twice, nor object after approving.
    await expect(step(eli, claim.id, "approve")).rejects.toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringContaining("1 of 2 approvals") });
    await expect(step(eli, claim.id, "object", "Changed my mind.")).rejects.toMatchObject({ code: "INVALID_TRANSITION" });

    const second = await step(ada, claim.id, "approve", "Agree with Eli.");
    expect(second.status).toBe("APPROVED");
    expect((await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).approvedById).toBe(ada.id);
    expect(await notes(author.id)).toEqual(["OBJECTED", "APPROVED"]);
    const reviews = await db.verdictReview.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(reviews.map((r) => [r.reviewerId, r.decision, r.note])).toEqual([
      [eli.id, "APPROVE", null],
      [bob.id, "OBJECT", "The 50-country figure is from 2022; check the current list."],
      [ada.id, "APPROVE", "Agree with Eli."],
    ]);
    const audit = await db.auditEvent.findMany({ where: { claimId: claim.id, action: "claim.approve" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => JSON.parse(a.after!).approvals)).toEqual(["1 of 2", "2 of 2"]);
  });

  it("never counts the verdict's author, even an editor", async () => {
    await requireApprovals(2);
    const authorEditor = await makeUser("EDITOR");
    const claim = await claimInReview(authorEditor);
    await expect(step(authorEditor, claim.id, "approve")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(step(authorEditor, claim.id, "object", "Self-objection.")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.verdictReview.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("starts a new round when the verdict is sent back and submitted again", async () => {
    await requireApprovals(2);
    const author = await makeUser("REVIEWER");
    const [eli, ada] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const claim = await claimInReview(author);
    await step(eli, claim.id, "approve");
    await step(ada, claim.id, "sendBack", "Add the ministry's list.");
    await step(author, claim.id, "submit");
    // Eli's earlier approval no longer counts: his approval now is the first of this round.
    const again = await step(eli, claim.id, "approve");
    expect(again.status).toBe("IN_REVIEW");
    expect((await step(ada, claim.id, "approve")).status).toBe("APPROVED");
    expect(await db.verdictReview.count({ where: { claimId: claim.id } })).toBe(3);
  });

  it("never needs more approvals than the editors who may give them", async () => {
    // Three editors on the desk, two approvals required; one editor wrote the verdict and another
    // edited it last: only the third may approve, and one approval is enough.
    await db.user.updateMany({ where: { role: { in: ["EDITOR", "ADMIN"] } }, data: { disabled: true } });
    const admin = await makeUser("ADMIN");
    const [writer, editor2] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    await updateDeskSettings({ actor: admin, input: { approvalsRequired: 2 } });
    await db.user.update({ where: { id: admin.id }, data: { role: "EDITOR" } });
    const claim = await claimInReview(writer);
    await db.verdict.update({ where: { claimId: claim.id }, data: { lastEditedById: editor2.id } });
    await expect(step(editor2, claim.id, "approve")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await step({ ...admin, role: "EDITOR" }, claim.id, "approve")).status).toBe("APPROVED");
  });

  it("lets an editor who approved conclude once the number needed was lowered", async () => {
    await requireApprovals(3);
    const author = await makeUser("REVIEWER");
    const [eli, ada] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const claim = await claimInReview(author);
    expect((await step(eli, claim.id, "approve")).status).toBe("IN_REVIEW");
    expect((await step(ada, claim.id, "approve")).status).toBe("IN_REVIEW");
    await updateDeskSettings({ actor: await makeUser("ADMIN"), input: { approvalsRequired: 2 } });
    expect((await step(eli, claim.id, "approve")).status).toBe("APPROVED");
    // Concluding records no second approval by the same editor.
    expect(await db.verdictReview.count({ where: { claimId: claim.id } })).toBe(2);
  });

  it("marks a review request done: for an editor once they approve, for every editor once the claim leaves review", async () => {
    await requireApprovals(2);
    const author = await makeUser("REVIEWER");
    const [eli, ada, ann] = [await makeUser("EDITOR"), await makeUser("EDITOR"), await makeUser("EDITOR")];
    const claim = await claimInReview(author);
    const other = await claimInReview(author);
    const unread = (claimId: string) =>
      Promise.all([eli, ada, ann].map((u) => db.notification.count({ where: { userId: u.id, claimId, kind: "SUBMITTED", readAt: null } })));
    expect(await unread(claim.id)).toEqual([1, 1, 1]);
    expect((await step(eli, claim.id, "approve")).status).toBe("IN_REVIEW");
    expect(await unread(claim.id)).toEqual([0, 1, 1]);
    expect((await step(ada, claim.id, "approve")).status).toBe("APPROVED");
    expect(await unread(claim.id)).toEqual([0, 0, 0]);
    // Another claim's requests still wait, until it too leaves review (sent back).
    expect(await unread(other.id)).toEqual([1, 1, 1]);
    await step(ann, other.id, "sendBack", "Add the source for the figure.");
    expect(await unread(other.id)).toEqual([0, 0, 0]);
    // Marked read, not removed: the inbox still lists them.
    expect(await db.notification.count({ where: { claimId: { in: [claim.id, other.id] }, kind: "SUBMITTED", userId: { in: [eli.id, ada.id, ann.id] } } })).toBe(
      6,
    );
  });

  it("asks a note of an objection, and refuses reviewers, writing nothing", async () => {
    const author = await makeUser("REVIEWER");
    const claim = await claimInReview(author);
    const before = await fingerprint();
    await expect(step(await makeUser("EDITOR"), claim.id, "object")).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { note: ["Say what you object to"] },
    });
    await expect(step(await makeUser("REVIEWER"), claim.id, "object", "Not an editor.")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fingerprint()).toEqual({ ...before, users: before.users + 2 });
  });
});

describe("desk settings", () => {
  it("are an admin's: editors and reviewers are refused, nothing changes", async () => {
    const before = await getDeskSettings();
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      await expect(updateDeskSettings({ actor: await makeUser(role), input: { approvalsRequired: 2 } })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Only admins can change the desk settings.",
      });
    }
    await expect(updateDeskSettings({ actor: null, input: { approvalsRequired: 2 } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await getDeskSettings()).toEqual(before);
  });

  it("refuse a number the desk cannot reach, naming what fits, and bad numbers, next to the field", async () => {
    // A desk of one admin and one editor: a verdict's author never counts, so one approval at most.
    await db.user.updateMany({ where: { role: { in: ["EDITOR", "ADMIN"] } }, data: { disabled: true } });
    const admin = await makeUser("ADMIN");
    await makeUser("EDITOR");
    await expect(updateDeskSettings({ actor: admin, input: { approvalsRequired: 2 } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { approvalsRequired: ["The desk has 2 editors (admins included); a verdict's author never counts, so at most 1."] },
    });
    for (const bad of [0, 6, 2.5, "two", ""]) {
      await expect(updateDeskSettings({ actor: admin, input: { approvalsRequired: bad as never } })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { approvalsRequired: [expect.any(String)] },
      });
    }
    expect(await getDeskSettings()).toEqual({ approvalsRequired: 1 });
    // The page's hint and the input's max say the same range the server enforces.
    expect(await readSettingsPage({ actor: admin })).toMatchObject({ approvers: 2, maxApprovals: 1 });
    await makeUser("EDITOR");
    expect(await readSettingsPage({ actor: admin })).toMatchObject({ approvers: 3, maxApprovals: 2 });
    expect(await updateDeskSettings({ actor: admin, input: { approvalsRequired: "2" } })).toEqual({ approvalsRequired: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(audit.after!)).toEqual({ approvalsRequired: 2 });
  });

  it("fit between 1 and five, one fewer than the desk's editors", () => {
    expect([0, 1, 2, 3, 6, 7, 50].map(approvalsRange)).toEqual([1, 1, 1, 2, 5, 5, 5]);
  });
});
