import { db, type Tx } from "../db";
import { recordAudit } from "../audit/record";
import { DomainError, notFound } from "../errors";
import { parseInput } from "../validation";
import {
  changePasswordSchema,
  setDisabledSchema,
  setNameSchema,
  setRoleSchema,
  signOutEverywhereSchema,
  type ChangePasswordInput,
  type SetDisabledInput,
  type SetNameInput,
  type SetRoleInput,
  type SignOutEverywhereInput,
} from "./admin-schemas";
import { hashPassword, verifyPassword } from "./password";
import { bylineSlugs } from "./profile";
import { consumePasswordCheck, recordPasswordCheckSuccess } from "./rate-limit";
import { assertStrongPassword } from "./password-policy";
import { assertCan } from "./permissions";
import { revokeSessions } from "./sessions";
import { createUser } from "./users";
import type { CreateUserInput } from "./schemas";
import type { Actor } from "./roles";

export {
  changePasswordSchema,
  setDisabledSchema,
  setRoleSchema,
  signOutEverywhereSchema,
  type ChangePasswordInput,
  type SetDisabledInput,
  type SetRoleInput,
  type SignOutEverywhereInput,
} from "./admin-schemas";

export async function listUsers({ actor }: { actor: Actor | null }) {
  assertCan(actor, "user.manage");
  return db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true },
  });
}

/** An admin creates a desk account; the password policy lives in createUserSchema and password-policy.ts. */
export async function createUserByAdmin({ actor, input }: { actor: Actor | null; input: CreateUserInput }) {
  assertCan(actor, "user.manage");
  const user = await createUser({ input, actorId: actor.id });
  return { id: user.id };
}

/**
 * An account's access changed: every session of the user ends and the change is recorded, in the
 * caller's transaction. Returns how many sessions ended (also in the audit event).
 */
async function accessChanged(
  tx: Tx,
  { actorId, userId, action, before, after }: { actorId: string; userId: string; action: string; before?: object; after: object },
) {
  const sessionsEnded = await revokeSessions(tx, userId);
  await recordAudit(tx, { actorId, action, entityType: "User", entityId: userId, before, after: { ...after, sessionsEnded } });
  return sessionsEnded;
}

/**
 * Disable or re-enable an account. Both end every session of the user in the same transaction:
 * disabling so that copied cookies die with it, re-enabling so that sessions from before the
 * account was disabled do not come back to life.
 */
export async function setUserDisabled({ actor, input }: { actor: Actor | null; input: SetDisabledInput }) {
  assertCan(actor, "user.manage");
  const data = parseInput(setDisabledSchema, input);
  if (data.userId === actor.id && data.disabled) {
    throw new DomainError("VALIDATION", "You cannot disable your own account; ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, disabled: true, email: true } });
    if (!user) throw notFound("user");
    await tx.user.update({ where: { id: user.id }, data: { disabled: data.disabled } });
    await accessChanged(tx, {
      actorId: actor.id,
      userId: user.id,
      action: data.disabled ? "user.disable" : "user.enable",
      before: { disabled: user.disabled },
      after: { disabled: data.disabled, email: user.email },
    });
    return { id: user.id, disabled: data.disabled };
  });
}

/** An admin ends every session of a user (a lost laptop, a shared computer): they must sign in again. */
export async function signOutEverywhere({ actor, input }: { actor: Actor | null; input: SignOutEverywhereInput }) {
  assertCan(actor, "user.manage");
  const data = parseInput(signOutEverywhereSchema, input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, email: true } });
    if (!user) throw notFound("user");
    const sessionsEnded = await accessChanged(tx, { actorId: actor.id, userId: user.id, action: "user.signOutEverywhere", after: { email: user.email } });
    return { id: user.id, sessionsEnded };
  });
}

/** An admin changes someone's role; their sessions end so the change is met at a fresh sign-in. */
export async function setUserRole({ actor, input }: { actor: Actor | null; input: SetRoleInput }) {
  assertCan(actor, "user.manage");
  const data = parseInput(setRoleSchema, input);
  // An admin demoting themselves could leave the desk without any admin.
  if (data.userId === actor.id) throw new DomainError("VALIDATION", "You cannot change your own role; ask another admin.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, role: true, email: true } });
    if (!user) throw notFound("user");
    if (user.role === data.role) return { id: user.id, role: user.role };
    await tx.user.update({ where: { id: user.id }, data: { role: data.role } });
    await accessChanged(tx, {
      actorId: actor.id,
      userId: user.id,
      action: "user.role",
      before: { role: user.role },
      after: { role: data.role, email: user.email },
    });
    return { id: user.id, role: data.role };
  });
}

/** An admin corrects a person's name (a typo, a new surname); sessions go on, the desk shows the new name at once. */
export async function setUserName({ actor, input }: { actor: Actor | null; input: SetNameInput }) {
  assertCan(actor, "user.manage");
  const data = parseInput(setNameSchema, input);
  const renamed = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, name: true, email: true, displayName: true } });
    if (!user) throw notFound("user");
    if (user.name === data.name) return null;
    await tx.user.update({ where: { id: user.id }, data: { name: data.name } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.rename",
      entityType: "User",
      entityId: user.id,
      before: { name: user.name },
      after: { name: data.name, email: user.email },
    });
    return user;
  });
  // A byline shows the name when the person chose no other (lib/auth/profile.ts publicName): the
  // published verdicts that show it are returned for the caller to revalidate, read after the writes.
  const slugs = renamed && renamed.displayName === null ? await bylineSlugs(renamed.id) : [];
  return { id: data.userId, name: data.name, slugs };
}

/**
 * A new password, set by the person themselves (who must give the current one) or reset by an admin.
 * Every session of the user ends, the changer's own included: whoever knew the old password and
 * signed in with it is out.
 */
export async function changePassword({ actor, input }: { actor: Actor | null; input: ChangePasswordInput }) {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  const data = parseInput(changePasswordSchema, input);
  const own = data.userId === actor.id;
  if (!own) {
    assertCan(actor, "user.manage");
    // This action is open to someone who must first choose their own password (runAccountAction): an
    // admin in that state resets no one else's.
    const self = await db.user.findUnique({ where: { id: actor.id }, select: { mustChangePassword: true } });
    if (!self || self.mustChangePassword) throw new DomainError("FORBIDDEN", "Choose your own new password first.");
  }
  const user = await db.user.findUnique({ where: { id: data.userId }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!user) throw notFound("user");
  // An admin changing their own password proves it like anyone else (a left-open session is not enough).
  if (own) {
    // Counted before bcrypt, as a sign-in is (lib/auth/rate-limit.ts): no guessing at bcrypt's pace, and no
    // flood of checks filling the password threads' queue for everyone signing in.
    if (!data.currentPassword)
      throw new DomainError("VALIDATION", "Some fields need attention. Nothing was saved.", { currentPassword: ["Enter your current password"] });
    await consumePasswordCheck(user.id);
    if (!(await verifyPassword(data.currentPassword, user.passwordHash)))
      throw new DomainError("VALIDATION", "Some fields need attention. Nothing was saved.", { currentPassword: ["The current password is not correct"] });
    await recordPasswordCheckSuccess(user.id);
  }
  await assertStrongPassword({ password: data.newPassword, userInputs: [user.email, user.name], field: "newPassword" });
  const passwordHash = await hashPassword(data.newPassword);
  return db.$transaction(async (tx) => {
    // Reset by an admin, the password is one the admin knows: the person chooses their own at sign-in.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: !own } });
    const sessionsEnded = await accessChanged(tx, {
      actorId: actor.id,
      userId: user.id,
      action: own ? "user.password.change" : "user.password.reset",
      after: { email: user.email },
    });
    return { id: user.id, sessionsEnded, byAdmin: !own };
  });
}
