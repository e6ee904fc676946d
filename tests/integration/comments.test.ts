import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment } from "@/lib/claims/mutations";
import { getClaimWorkspace } from "@/lib/claims/queries";
import { commentThreads } from "@/lib/comments/threads";
import { handleOf } from "@/lib/notifications/rules";
import { makeClaim, makeUser } from "../support/factories";
import { fingerprint } from "../support/fingerprint";

async function kinds(userId: string) {
  return (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
}

describe("comment replies", () => {
  it("attach a reply to its comment, tell the comment's author, and show the thread in order", async () => {
    const rita = await makeUser("REVIEWER", "Rita Thread");
    const eli = await makeUser("EDITOR", "Eli Thread");
    const claim = await makeClaim(rita);
    const question = await addComment({ actor: rita, input: { claimId: claim.id, body: "Which list did the ministry publish?" } });
    const reply = await addComment({ actor: eli, input: { claimId: claim.id, body: "The one from June; link in the sources.", parentId: question.id } });
    expect(reply.parentId).toBe(question.id);
    expect(await kinds(rita.id)).toEqual(["REPLIED"]);
    expect(await kinds(eli.id)).toEqual([]);
    const note = await db.notification.findFirstOrThrow({ where: { userId: rita.id } });
    expect(note).toMatchObject({ claimId: claim.id, actorId: eli.id, commentId: reply.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: reply.id } });
    expect(JSON.parse(audit.after!)).toMatchObject({ parentId: question.id });

    // A reply to a reply joins the same thread, one level deep; replying to oneself tells nobody.
    const again = await addComment({ actor: rita, input: { claimId: claim.id, body: "Thanks, found it.", parentId: reply.id } });
    expect(again.parentId).toBe(question.id);
    expect(await kinds(eli.id)).toEqual(["REPLIED"]);
    await addComment({ actor: rita, input: { claimId: claim.id, body: "And a note to myself.", parentId: question.id } });
    expect(await kinds(rita.id)).toEqual(["REPLIED"]);

    const workspace = await getClaimWorkspace({ actor: rita, id: claim.id });
    const threads = commentThreads(workspace!.comments);
    expect(threads).toHaveLength(1);
    expect(threads[0].comment.id).toBe(question.id);
    expect(threads[0].replies.map((r) => r.body)).toEqual(["The one from June; link in the sources.", "Thanks, found it.", "And a note to myself."]);
  });

  it("mention and reply at once: the author hears once, as mentioned", async () => {
    const rita = await makeUser("REVIEWER");
    const eli = await makeUser("EDITOR");
    const claim = await makeClaim(rita);
    const ritaEmail = (await db.user.findUniqueOrThrow({ where: { id: rita.id } })).email;
    const question = await addComment({ actor: rita, input: { claimId: claim.id, body: "Is the figure 50 or 54?" } });
    await addComment({ actor: eli, input: { claimId: claim.id, body: `@${handleOf(ritaEmail)} it is 54.`, parentId: question.id } });
    expect(await kinds(rita.id)).toEqual(["MENTIONED"]);
  });

  it("refuse a reply to a comment on another claim, or to one that does not exist, and write nothing", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    const elsewhere = await makeClaim(rita);
    const foreign = await addComment({ actor: rita, input: { claimId: elsewhere.id, body: "On the other claim." } });
    const before = await fingerprint();
    await expect(addComment({ actor: rita, input: { claimId: claim.id, body: "A reply.", parentId: foreign.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That comment does not exist or is no longer available.",
    });
    await expect(addComment({ actor: rita, input: { claimId: claim.id, body: "A reply.", parentId: "no-such-comment" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(addComment({ actor: rita, input: { claimId: claim.id, body: "A reply.", parentId: 42 as never } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(addComment({ actor: null, input: { claimId: claim.id, body: "A reply.", parentId: foreign.id } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await fingerprint()).toEqual(before);
  });

  it("treat an empty parent as a top-level comment (a form's empty field)", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    const comment = await addComment({ actor: rita, input: { claimId: claim.id, body: "Top level.", parentId: "" } });
    expect(comment.parentId).toBeNull();
  });
});
