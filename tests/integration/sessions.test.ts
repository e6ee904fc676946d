import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { changePassword, setUserDisabled, setUserName, setUserRole, signOutEverywhere } from "@/lib/auth/admin";
import { actorForSession, sessionState, startSession } from "@/lib/auth/sessions";
import { authenticate } from "@/lib/auth/users";
import { PASSWORD_CHECK_LIMITS } from "@/lib/auth/rate-limit";
import { makeUser } from "@/tests/support/factories";

const FACTORY_PASSWORD = "correct-horse-42";

/** What next-auth does at sign-in: the jwt callback with the user; returns the token the cookie carries. */
async function signIn(userId: string): Promise<JWT> {
  const jwt = authOptions.callbacks!.jwt!;
  return jwt({ token: { sub: userId }, user: { id: userId }, account: null, trigger: "signIn" } as Parameters<typeof jwt>[0]) as Promise<JWT>;
}
const sidOf = (token: JWT) => token.sid as string;

describe("server-side sessions", () => {
  it("a sign-in creates a session the token names; the actor is read through it", async () => {
    const user = await makeUser("EDITOR");
    const token = await signIn(user.id);
    expect(typeof token.sid).toBe("string");
    expect(await actorForSession(sidOf(token))).toEqual(user);
    const row = await db.authSession.findUniqueOrThrow({ where: { id: sidOf(token) } });
    expect(row.userId).toBe(user.id);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(12 * 3600 * 1000, -4);
  });

  it("sign-out ends the session: a copy of the cookie taken before it no longer works", async () => {
    const user = await makeUser("REVIEWER");
    const token = await signIn(user.id);
    const copied = { ...token };
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await actorForSession(sidOf(copied))).toBeNull();
  });

  it("refuses unknown, missing and expired sessions, and a sign-in removes the user's expired rows", async () => {
    const user = await makeUser("REVIEWER");
    expect(await actorForSession(undefined)).toBeNull();
    expect(await actorForSession("")).toBeNull();
    expect(await actorForSession("no-such-session")).toBeNull();
    const old = await startSession({ userId: user.id, now: new Date(Date.now() - 13 * 3600 * 1000) });
    expect(await actorForSession(old.id)).toBeNull();
    await signIn(user.id);
    expect(await db.authSession.findUnique({ where: { id: old.id } })).toBeNull();
  });

  it("disabling ends every session, and re-enabling does not bring old ones back", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("EDITOR");
    const [laptop, phone] = [await signIn(user.id), await signIn(user.id)];
    await setUserDisabled({ actor: admin, input: { userId: user.id, disabled: true } });
    expect(await actorForSession(sidOf(laptop))).toBeNull();
    await setUserDisabled({ actor: admin, input: { userId: user.id, disabled: false } });
    expect(await actorForSession(sidOf(laptop))).toBeNull();
    expect(await actorForSession(sidOf(phone))).toBeNull();
    expect(await actorForSession(sidOf(await signIn(user.id)))).toMatchObject({ id: user.id });
  });

  it("a role change ends the user's sessions and is audited", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REVIEWER");
    const token = await signIn(user.id);
    await setUserRole({ actor: admin, input: { userId: user.id, role: "EDITOR" } });
    expect(await actorForSession(sidOf(token))).toBeNull();
    expect(await actorForSession(sidOf(await signIn(user.id)))).toMatchObject({ role: "EDITOR" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.role" } });
    expect(JSON.parse(event.before!)).toEqual({ role: "REVIEWER" });
    await expect(setUserRole({ actor: admin, input: { userId: admin.id, role: "REVIEWER" } })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("checks a person's current password at most ten times in a row, counted before bcrypt, however many come at once", async () => {
    const user = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    const guess = (actor: typeof user, currentPassword: string) =>
      changePassword({ actor, input: { userId: actor.id, currentPassword, newPassword: "a-brand-new-phrase-71" } }).then(
        () => "ok",
        (error: { code: string }) => error.code,
      );
    const limit = PASSWORD_CHECK_LIMITS.consecutivePerUser;
    const outcomes = await Promise.all(Array.from({ length: limit + 4 }, (_, i) => guess(user, `wrong-guess-${i}`)));
    expect(outcomes.filter((o) => o === "VALIDATION")).toHaveLength(limit);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(4);
    // Now even the right one waits, and says so next to the field; nothing changed.
    await expect(
      changePassword({ actor: user, input: { userId: user.id, currentPassword: FACTORY_PASSWORD, newPassword: "a-brand-new-phrase-71" } }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED", fieldErrors: { currentPassword: [expect.stringMatching(/Try again in 15 minutes/)] } });
    expect(await authenticate(user.email, FACTORY_PASSWORD)).toMatchObject({ id: user.id });
    // Another person's count is their own, and the right password forgets the wrong ones.
    expect(await guess(other, "wrong-guess")).toBe("VALIDATION");
    expect(await guess(other, FACTORY_PASSWORD)).toBe("ok");
    expect(await db.rateLimit.count({ where: { key: { contains: other.id } } })).toBe(0);
  }, 60_000);

  it("a password change by the user ends every session, their own included, and needs the current password", async () => {
    const user = await makeUser("REVIEWER");
    const token = await signIn(user.id);
    await expect(
      changePassword({ actor: user, input: { userId: user.id, currentPassword: "not-it-at-all-9", newPassword: "a-brand-new-phrase-71" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currentPassword: expect.any(Array) },
    });
    await expect(changePassword({ actor: user, input: { userId: user.id, newPassword: "a-brand-new-phrase-71" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await actorForSession(sidOf(token))).not.toBeNull();
    await changePassword({ actor: user, input: { userId: user.id, currentPassword: FACTORY_PASSWORD, newPassword: "a-brand-new-phrase-71" } });
    expect(await actorForSession(sidOf(token))).toBeNull();
    expect(await authenticate(user.email, "a-brand-new-phrase-71")).toMatchObject({ id: user.id });
    expect(await authenticate(user.email, FACTORY_PASSWORD)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.password.change" } })).toBe(1);
  }, 30_000);

  it("an admin's password reset ends the user's sessions; weak and over-long new passwords are refused on the field", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("EDITOR");
    const token = await signIn(user.id);
    await expect(changePassword({ actor: admin, input: { userId: user.id, newPassword: "password1234" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { newPassword: [expect.stringMatching(/too common/)] },
    });
    await expect(changePassword({ actor: admin, input: { userId: user.id, newPassword: "ж".repeat(36) + "-12" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { newPassword: [expect.stringMatching(/72 bytes/)] },
    });
    expect(await actorForSession(sidOf(token))).not.toBeNull();
    await changePassword({ actor: admin, input: { userId: user.id, newPassword: "reset-by-the-admin-58" } });
    expect(await actorForSession(sidOf(token))).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.password.reset", actorId: admin.id } })).toBe(1);
  }, 30_000);

  it("signOutEverywhere ends all of one user's sessions, not other people's, and is audited", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("EDITOR");
    const other = await makeUser("EDITOR");
    const mine = [await signIn(user.id), await signIn(user.id)];
    const theirs = await signIn(other.id);
    expect(await signOutEverywhere({ actor: admin, input: { userId: user.id } })).toEqual({ id: user.id, sessionsEnded: 2 });
    for (const token of mine) expect(await actorForSession(sidOf(token))).toBeNull();
    expect(await actorForSession(sidOf(theirs))).toMatchObject({ id: other.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.signOutEverywhere" } });
    expect(event.actorId).toBe(admin.id);
  });

  it("refuses non-admins: sign out someone else, change a role, reset someone else's password", async () => {
    const editor = await makeUser("EDITOR");
    const victim = await makeUser("REVIEWER");
    const token = await signIn(victim.id);
    await expect(signOutEverywhere({ actor: editor, input: { userId: victim.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signOutEverywhere({ actor: null, input: { userId: victim.id } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setUserRole({ actor: editor, input: { userId: victim.id, role: "ADMIN" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changePassword({ actor: editor, input: { userId: victim.id, newPassword: "taken-over-by-me-73" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(changePassword({ actor: null, input: { userId: victim.id, newPassword: "taken-over-by-me-73" } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await actorForSession(sidOf(token))).toMatchObject({ id: victim.id, role: "REVIEWER" });
  });

  it("after an admin resets a password, the person's session opens nothing until they choose their own", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("EDITOR");
    const before = await signIn(user.id);
    const temporary = "temporary-phrase-from-admin-58";
    expect(await changePassword({ actor: admin, input: { userId: user.id, newPassword: temporary } })).toMatchObject({ byAdmin: true, sessionsEnded: 1 });
    expect(await actorForSession(sidOf(before))).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    // They sign in with the password the admin gave them: a session, but no actor for the desk.
    expect(await authenticate(user.email, temporary)).toEqual(user);
    const pending = await signIn(user.id);
    expect(await actorForSession(sidOf(pending))).toBeNull();
    expect(await sessionState(sidOf(pending))).toEqual({ actor: user, mustChangePassword: true });
    // While pending, they reset no one else's password, even as an admin.
    const pendingAdmin = await makeUser("ADMIN");
    await changePassword({ actor: admin, input: { userId: pendingAdmin.id, newPassword: temporary } });
    await expect(changePassword({ actor: pendingAdmin, input: { userId: user.id, newPassword: "taken-over-by-me-73" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Choose your own new password first.",
    });
    // Their own choice clears it; they sign in again and the desk opens.
    await changePassword({ actor: user, input: { userId: user.id, currentPassword: temporary, newPassword: "my-own-new-phrase-64" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    expect(await actorForSession(sidOf(pending))).toBeNull();
    expect(await actorForSession(sidOf(await signIn(user.id)))).toEqual(user);
    const actions = (await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.password.reset", "user.password.change"]);
  });

  it("an admin corrects a name: audited, sessions go on; others and bad names are refused on the field", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const user = await makeUser("REVIEWER", "Rita Reviwer");
    const token = await signIn(user.id);
    expect(await setUserName({ actor: admin, input: { userId: user.id, name: "  Rita Reviewer " } })).toEqual({
      id: user.id,
      name: "Rita Reviewer",
      slugs: [],
    });
    expect(await actorForSession(sidOf(token))).toMatchObject({ id: user.id, name: "Rita Reviewer" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.rename" } });
    expect([JSON.parse(event.before!), JSON.parse(event.after!).name]).toEqual([{ name: "Rita Reviwer" }, "Rita Reviewer"]);
    for (const name of ["", " x ", "Rita\u0000", "R".repeat(101)]) {
      await expect(setUserName({ actor: admin, input: { userId: user.id, name } })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { name: [expect.any(String)] },
      });
    }
    await expect(setUserName({ actor: editor, input: { userId: user.id, name: "Taken Over" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserName({ actor: null, input: { userId: user.id, name: "Taken Over" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setUserName({ actor: admin, input: { userId: "nobody-here", name: "Taken Over" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Rita Reviewer");
  });

  it("a deleted user's sessions go with them", async () => {
    const user = await makeUser("REVIEWER");
    const token = await signIn(user.id);
    await db.user.delete({ where: { id: user.id } });
    expect(await db.authSession.count({ where: { id: sidOf(token) } })).toBe(0);
  });
});
