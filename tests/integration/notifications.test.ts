import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment, assignClaim, transitionClaim } from "@/lib/claims/mutations";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mutations";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { INBOX_LIMIT, INBOX_PAGE_SIZE, INBOX_PAGES, unreadLabel } from "@/lib/notifications/schemas";
import { correctVerdict } from "@/lib/publishing/mutations";
import { claimInReview, draftVerdict, makeClaim, makeUser, step } from "../support/factories";
import { publishedClaim } from "../support/publishing";

async function kinds(userId: string) {
  return (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
}

describe("notifications", () => {
  it("tell a person they were assigned, but not when they took the claim themselves", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await assignClaim({ actor: reviewer, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id } });
    expect(await kinds(reviewer.id)).toEqual([]);
    const other = await makeUser("REVIEWER");
    await assignClaim({ actor: editor, input: { claimId: claim.id, version: 2, assigneeId: other.id } });
    expect(await kinds(other.id)).toEqual(["ASSIGNED"]);
    expect(await kinds(editor.id)).toEqual([]);
    const {
      items: [note],
    } = await listNotifications({ actor: other });
    expect(note).toMatchObject({ kind: "ASSIGNED", actor: { name: editor.name }, claim: { id: claim.id }, readAt: null });
  });

  it("tell the author and the assignee when their claim is sent back, approved and published — not the editor who acts", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(author);
    const assignee = await makeUser("REVIEWER");
    await db.claim.update({ where: { id: claim.id }, data: { assigneeId: assignee.id } });
    await step(editor, claim.id, "sendBack", "Add the ministry's own figure, please.");
    expect(await kinds(author.id)).toEqual(["SENT_BACK"]);
    expect(await kinds(assignee.id)).toEqual(["SENT_BACK"]);
    await step(author, claim.id, "submit");
    await step(editor, claim.id, "approve");
    await step(editor, claim.id, "publish");
    expect(await kinds(author.id)).toEqual(["SENT_BACK", "APPROVED", "PUBLISHED"]);
    expect(await kinds(assignee.id)).toEqual(["SENT_BACK", "APPROVED", "PUBLISHED"]);
    // The editor hears only that the verdict waits for review, each time it is submitted.
    expect(await kinds(editor.id)).toEqual(["SUBMITTED", "SUBMITTED"]);
  });

  it("carry the editor's note: a send-back tells what to change, an objection what is objected to", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(author);
    await step(editor, claim.id, "object", "The second source contradicts the rating.");
    await step(editor, claim.id, "sendBack", "Add the ministry's own figure, please.");
    const { items: notes } = await listNotifications({ actor: author });
    expect(notes.map((n) => [n.kind, n.note])).toEqual([
      ["SENT_BACK", "Add the ministry's own figure, please."],
      ["OBJECTED", "The second source contradicts the rating."],
    ]);
  });

  it("tell whoever wrote or approved a published verdict when it is corrected or unpublished, with the note — not the editor who acts", async () => {
    const { claim, author, editor } = await publishedClaim();
    const corrector = await makeUser("EDITOR");
    const note = "We first used the provisional figure of 1,180; the final report confirms 1,200.";
    const corrected = await correctVerdict({
      actor: corrector,
      input: {
        claimId: claim.id,
        version: claim.version,
        rating: "TRUE",
        summary: "The city completed 1,200 homes in 2023.",
        rationale: "The final report lists 1,200 homes.",
        note,
      },
    });
    const told = async (kind: "CORRECTED" | "UNPUBLISHED") =>
      (await db.notification.findMany({ where: { claimId: claim.id, kind }, select: { userId: true, note: true } })).map((n) => [n.userId, n.note]);
    // The author wrote it, the approving editor approved it; the corrector acted.
    expect((await told("CORRECTED")).sort()).toEqual(
      [
        [author.id, note],
        [editor.id, note],
      ].sort(),
    );
    await transitionClaim({
      actor: editor,
      input: { claimId: claim.id, version: corrected.version, action: "unpublish", note: "The ministry withdrew its report." },
    });
    // The corrector last edited the text, so hears of the withdrawal; the unpublishing editor does not.
    expect((await told("UNPUBLISHED")).sort()).toEqual(
      [
        [author.id, "The ministry withdrew its report."],
        [corrector.id, "The ministry withdrew its report."],
      ].sort(),
    );
  });

  it("are not written when the change is refused", async () => {
    const author = await makeUser("REVIEWER");
    const claim = await claimInReview(author);
    const before = await db.notification.count({ where: { claimId: claim.id } });
    await expect(step(author, claim.id, "approve")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.notification.count({ where: { claimId: claim.id } })).toBe(before);
  });

  it("tell the editors who may approve that a verdict waits for review: not its writers, reviewers or disabled accounts", async () => {
    const author = await makeUser("REVIEWER");
    const [eli, ada, writer, gone, admin] = [
      await makeUser("EDITOR", "Eli"),
      await makeUser("EDITOR", "Ada"),
      await makeUser("EDITOR", "Wren"),
      await makeUser("EDITOR", "Gone"),
      await makeUser("ADMIN", "Ann"),
    ];
    const colleague = await makeUser("REVIEWER");
    await db.user.update({ where: { id: gone.id }, data: { disabled: true } });
    const claim = await makeClaim(author);
    await step(author, claim.id, "triage");
    await draftVerdict(author, claim.id);
    await draftVerdict(writer, claim.id);
    await step(author, claim.id, "submit");
    const told = await db.notification.findMany({ where: { kind: "SUBMITTED", claimId: claim.id }, select: { userId: true, actorId: true } });
    const toldIds = told.map((n) => n.userId);
    expect(toldIds).toEqual(expect.arrayContaining([eli.id, ada.id, admin.id]));
    for (const quiet of [author, writer, gone, colleague]) expect(await kinds(quiet.id)).toEqual([]);
    // Earlier tests' editors are on this desk too: everyone told is an active editor or admin, once.
    const people = await db.user.findMany({ where: { id: { in: toldIds } }, select: { role: true, disabled: true } });
    expect(people.every((p) => p.role !== "REVIEWER" && !p.disabled)).toBe(true);
    expect(new Set(toldIds).size).toBe(toldIds.length);
    expect(told.every((n) => n.actorId === author.id)).toBe(true);
    const {
      items: [note],
    } = await listNotifications({ actor: eli });
    expect(note).toMatchObject({ kind: "SUBMITTED", actor: { name: author.name }, claim: { id: claim.id } });
    expect(await unreadCount({ actor: ada })).toBeGreaterThanOrEqual(1);
  });

  it("tell each active person mentioned in a comment once, never the writer, and ignore unknown handles", async () => {
    const writer = await makeUser("REVIEWER");
    const claim = await makeClaim(writer);
    const handle = (u: { email: string }) => u.email.slice(0, u.email.indexOf("@"));
    const mentioned = await makeUser("EDITOR");
    const disabled = await makeUser("REVIEWER");
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const comment = await addComment({
      actor: writer,
      input: {
        claimId: claim.id,
        body: `@${handle(mentioned)} can you look? cc @${handle(mentioned).toUpperCase()} @${handle(writer)} @${handle(disabled)} @nobody-here`,
      },
    });
    expect(await kinds(mentioned.id)).toEqual(["MENTIONED"]);
    expect(await kinds(writer.id)).toEqual([]);
    expect(await kinds(disabled.id)).toEqual([]);
    const {
      items: [note],
    } = await listNotifications({ actor: mentioned });
    expect(note.comment?.body).toBe(comment.body);
  });

  it("are marked read one by one or all at once, only in one's own inbox", async () => {
    const editor = await makeUser("EDITOR");
    const a = await makeUser("REVIEWER");
    const b = await makeUser("REVIEWER");
    for (const user of [a, a, b]) {
      const claim = await makeClaim(editor);
      await assignClaim({ actor: editor, input: { claimId: claim.id, version: 1, assigneeId: user.id } });
    }
    expect(await unreadCount({ actor: a })).toBe(2);
    const {
      items: [first],
    } = await listNotifications({ actor: a });
    const {
      items: [ofB],
    } = await listNotifications({ actor: b });
    await expect(markNotificationRead({ actor: a, input: { notificationId: ofB.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markNotificationRead({ actor: null, input: { notificationId: first.id } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(markNotificationRead({ actor: a, input: { notificationId: "" } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await unreadCount({ actor: b })).toBe(1);
    expect(await markNotificationRead({ actor: a, input: { notificationId: first.id } })).toEqual({ read: 1 });
    expect(await markNotificationRead({ actor: a, input: { notificationId: first.id } })).toEqual({ read: 0 });
    expect(await unreadCount({ actor: a })).toBe(1);
    await expect(markAllNotificationsRead({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await markAllNotificationsRead({ actor: a })).toEqual({ read: 1 });
    expect(await unreadCount({ actor: a })).toBe(0);
    expect(await unreadCount({ actor: b })).toBe(1);
  });

  it("come a page of the newest at a time, each page counted, and only one's own", async () => {
    const editor = await makeUser("EDITOR");
    const reader = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    const claim = await makeClaim(editor);
    // 7 of the reader's, a minute apart (the oldest first), and one of someone else's, newest of all.
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute));
    await db.notification.createMany({
      data: [
        ...Array.from({ length: 7 }, (_, i) => ({
          userId: reader.id,
          kind: "ASSIGNED" as const,
          claimId: claim.id,
          actorId: editor.id,
          createdAt: at(i),
          readAt: i < 2 ? at(i) : null,
        })),
        { userId: other.id, kind: "ASSIGNED" as const, claimId: claim.id, actorId: editor.id, createdAt: at(30) },
      ],
    });
    const minutes = (items: { createdAt: Date }[]) => items.map((n) => n.createdAt.getUTCMinutes());
    const first = await listNotifications({ actor: reader, pageSize: 3 });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 7, capped: false });
    expect(minutes(first.items)).toEqual([6, 5, 4]);
    expect(minutes((await listNotifications({ actor: reader, page: 2, pageSize: 3 })).items)).toEqual([3, 2, 1]);
    expect(minutes((await listNotifications({ actor: reader, page: 3, pageSize: 3 })).items)).toEqual([0]);
    // Past the oldest: an empty page that still knows how many pages there are.
    expect(await listNotifications({ actor: reader, page: 4, pageSize: 3 })).toMatchObject({ items: [], pageCount: 3, total: 7 });
    // The unread count is of every page.
    expect((await listNotifications({ actor: reader })).items).toHaveLength(7);
    expect(await unreadCount({ actor: reader })).toBe(5);
    await expect(listNotifications({ actor: null, page: 2 })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("reach the newest INBOX_LIMIT, INBOX_PAGE_SIZE a page, and say when there are more", async () => {
    const editor = await makeUser("EDITOR");
    const reader = await makeUser("REVIEWER");
    const claim = await makeClaim(editor);
    const make = (from: number, n: number) =>
      db.notification.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          userId: reader.id,
          kind: "ASSIGNED" as const,
          claimId: claim.id,
          actorId: editor.id,
          createdAt: new Date(Date.UTC(2026, 0, 1) + (from + i) * 1000),
        })),
      });
    await make(5, INBOX_LIMIT);
    // Exactly INBOX_LIMIT: every one of them reached, nothing more to say.
    expect(await listNotifications({ actor: reader })).toMatchObject({ total: INBOX_LIMIT, capped: false, pageCount: INBOX_PAGES });
    // Five older ones: the same pages, and the inbox says it shows the newest INBOX_LIMIT.
    await make(0, 5);
    const first = await listNotifications({ actor: reader });
    expect(first).toMatchObject({ total: INBOX_LIMIT, capped: true, pageCount: INBOX_PAGES });
    // Every desk page counts the unread: up to just past the limit, said as "1,000+".
    expect(await unreadCount({ actor: reader })).toBe(INBOX_LIMIT + 1);
    expect(unreadLabel(await unreadCount({ actor: reader }))).toBe("1,000+");
    await db.notification.updateMany({
      where: { userId: reader.id, createdAt: { lt: new Date(Date.UTC(2026, 0, 1) + 10 * 1000) } },
      data: { readAt: new Date() },
    });
    expect(await unreadCount({ actor: reader })).toBe(INBOX_LIMIT - 5);
    expect(unreadLabel(await unreadCount({ actor: reader }))).toBe("995");
    expect(first.items).toHaveLength(INBOX_PAGE_SIZE);
    const last = await listNotifications({ actor: reader, page: INBOX_PAGES });
    expect(last.items).toHaveLength(INBOX_PAGE_SIZE);
    // The last one reached is the INBOX_LIMIT-th newest (made 5 seconds in); the five older are not shown.
    expect(last.items.at(-1)!.createdAt).toEqual(new Date(Date.UTC(2026, 0, 1) + 5 * 1000));
    expect((await listNotifications({ actor: reader, page: INBOX_PAGES + 1 })).items).toEqual([]);
    // A page size that does not divide the limit stops at the limit too.
    const odd = await listNotifications({ actor: reader, page: 15, pageSize: 70 });
    expect(odd.items).toHaveLength(INBOX_LIMIT - 14 * 70);
    expect(odd.pageCount).toBe(15);
  });
});
