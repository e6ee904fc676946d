import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

// The server actions resolve the session themselves; here the session is whatever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  getAccountActor: async () => session.actor && { actor: session.actor, mustChangePassword: false },
}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

import { db } from "@/lib/db";
import * as actions from "@/app/(desk)/desk/actions";
import { claimInReview, makeArticle, makeClaim, makeUser, rowCounts, step } from "../support/factories";

beforeEach(() => {
  session.actor = null;
  revalidatePath.mockClear();
});

describe("server actions without a session", () => {
  it("refuse every action with UNAUTHENTICATED and write nothing", async () => {
    const owner = await makeUser("REVIEWER");
    const claim = await makeClaim(owner);
    const article = await makeArticle();
    const before = await rowCounts();
    const results = await Promise.all([
      actions.createClaimAction({ articleId: article.id, quote: "The mayor", start: 0, end: 9, claimant: "Someone", claimantType: "PERSON" }),
      actions.transitionClaimAction({ claimId: claim.id, version: claim.version, action: "triage" }),
      actions.assignClaimAction({ claimId: claim.id, version: claim.version, assigneeId: owner.id }),
      actions.addSourceAction({ claimId: claim.id, url: "https://example.org", title: "A source" }),
      actions.addEvidenceAction({ claimId: claim.id, sourceId: "x", stance: "SUPPORTS", excerpt: "x" }),
      actions.editSourceAction({ sourceId: "x", version: 1, url: "https://example.org", title: "A source" }),
      actions.removeSourceAction({ sourceId: "x", version: 1 }),
      actions.editEvidenceAction({ evidenceId: "x", version: 1, sourceId: "x", stance: "SUPPORTS", excerpt: "x" }),
      actions.removeEvidenceAction({ evidenceId: "x", version: 1 }),
      actions.saveVerdictAction({ claimId: claim.id, version: 0, rating: "TRUE", summary: "A summary here.", rationale: "A rationale that is long enough." }),
      actions.addCommentAction({ claimId: claim.id, body: "Hello" }),
      actions.correctVerdictAction({
        claimId: claim.id,
        version: 1,
        rating: "TRUE",
        summary: "A summary here.",
        rationale: "A rationale that is long enough.",
        note: "A correction note.",
      }),
      actions.withholdSourceAction({ sourceId: "x", withheld: true, reason: "Safety" }),
      actions.suggestClaimsAction({ articleId: article.id }),
      actions.acceptSuggestionAction({ suggestionId: "x" }),
      actions.dismissSuggestionAction({ suggestionId: "x" }),
      actions.replaceArticleTextAction({ articleId: article.id, version: 1, text: "New text." }),
      actions.linkClaimsAction({ claimId: claim.id, version: claim.version, targetClaimId: "x" }),
      actions.reuseVerdictAction({ claimId: claim.id, version: claim.version, fromClaimId: "x" }),
      actions.requestReuseAction({ claimId: claim.id, version: claim.version, fromClaimId: "x" }),
      actions.createUserAction({ email: "a@b.test", name: "A B", role: "ADMIN", password: "long-enough-pass-1" }),
      actions.setUserDisabledAction({ userId: owner.id, disabled: true }),
      actions.signOutEverywhereAction({ userId: owner.id }),
      actions.setUserRoleAction({ userId: owner.id, role: "ADMIN" }),
      actions.setUserNameAction({ userId: owner.id, name: "Someone Else" }),
      actions.setDisplayNameAction({ displayName: "Someone Else" }),
      actions.changePasswordAction({ userId: owner.id, newPassword: "an unguessable phrase 42" }),
      actions.markNotificationReadAction({ notificationId: "x" }),
      actions.markAllNotificationsReadAction(),
      actions.updateSettingsAction({ approvalsRequired: 2 }),
      actions.recheckVerdictAction({ claimId: claim.id, version: claim.version, validAsOf: "2026-11-30" }),
      actions.updatePresenceAction({ connectionId: "00000000-0000-4000-8000-000000000000", editing: true }),
      actions.addClaimantAliasAction({ claimantId: "x", version: 1, alias: "Someone" }),
      actions.removeClaimantAliasAction({ claimantId: "x", version: 1, aliasId: "x" }),
      actions.mergeClaimantsAction({ claimantId: "x", version: 1, into: "Someone" }),
      actions.acceptTipAction({ tipGroupId: "x", version: 1, claimant: "Someone" }),
      actions.dismissTipAction({ tipGroupId: "x", version: 1 }),
    ]);
    expect(Object.keys(actions)).toHaveLength(results.length);
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuse a disabled user's session (getCurrentActor returns null for them)", async () => {
    // getCurrentActor reads the user fresh through the session; actorForSession is what it relies on.
    const { actorForSession, startSession } = await import("@/lib/auth/sessions");
    const user = await makeUser("EDITOR");
    const { id: sid } = await startSession({ userId: user.id });
    expect(await actorForSession(sid)).toMatchObject({ id: user.id, role: "EDITOR" });
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await actorForSession(sid)).toBeNull();
  });
});

describe("server actions with a session", () => {
  it("create a claim and return its id", async () => {
    session.actor = await makeUser("REVIEWER");
    const article = await makeArticle();
    const result = await actions.createClaimAction({
      articleId: article.id,
      quote: "The mayor",
      start: 0,
      end: 9,
      claimant: "Someone",
      claimantType: "PERSON",
    });
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } });
  });

  it("return field errors for bad input instead of throwing", async () => {
    session.actor = await makeUser("REVIEWER");
    const claim = await makeClaim(session.actor);
    const result = await actions.addSourceAction({ claimId: claim.id, url: "javascript:alert(1)", title: "" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { url: expect.any(Array), title: expect.any(Array) } });
  });

  it("return FORBIDDEN for a reviewer approving, and STALE for an old version", async () => {
    const author = await makeUser("REVIEWER");
    const claim = await claimInReview(author);
    session.actor = await makeUser("REVIEWER");
    expect(await actions.transitionClaimAction({ claimId: claim.id, version: claim.version, action: "approve" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    session.actor = await makeUser("EDITOR");
    expect(await actions.transitionClaimAction({ claimId: claim.id, version: claim.version - 1, action: "approve" })).toMatchObject({
      ok: false,
      code: "STALE",
    });
  });

  it("revalidate the public pages when a verdict is published", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(author);
    await step(editor, claim.id, "approve");
    session.actor = editor;
    const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const result = await actions.transitionClaimAction({ claimId: claim.id, version: current.version, action: "publish" });
    expect(result.ok).toBe(true);
    const slug = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).slug;
    expect(revalidatePath).toHaveBeenCalledWith("/claims");
    expect(revalidatePath).toHaveBeenCalledWith("/");
    expect(revalidatePath).toHaveBeenCalledWith(`/claims/${slug}`, "layout");
    expect(revalidatePath).toHaveBeenCalledWith("/feed.xml");
  });

  it("revalidate the verdicts whose byline names a person an admin renames", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const claim = await claimInReview(author);
    await step(editor, claim.id, "approve");
    const published = await step(editor, claim.id, "publish");
    session.actor = await makeUser("ADMIN");
    const result = await actions.setUserNameAction({ userId: author.id, name: "A Renamed Checker" });
    expect(result).toMatchObject({ ok: true, data: { slugs: [published.slug] } });
    expect(revalidatePath).toHaveBeenCalledWith(`/claims/${published.slug}`, "layout");
  });

  it("hide unexpected errors behind a generic message", async () => {
    session.actor = await makeUser("REVIEWER");
    const spy = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("disk I/O error"));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await actions.addCommentAction({ claimId: "whatever", body: "Hello" });
    expect(result).toMatchObject({ ok: false, code: "INTERNAL", error: expect.stringMatching(/Nothing was saved/) });
    expect(JSON.stringify(result)).not.toMatch(/disk I\/O/);
    spy.mockRestore();
    quiet.mockRestore();
  });
});
