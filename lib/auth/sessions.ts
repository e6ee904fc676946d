import { db, type Tx } from "../db";
import type { Actor } from "./roles";

/** How long a signed-in browser stays signed in: the JWT's maxAge and the session row's lifetime. */
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 12;

/**
 * Record a sign-in; the JWT then carries only the row's id. The user's expired rows are removed
 * here, where a sign-in pays for it once, instead of by a sweeper on every instance.
 */
export async function startSession({ userId, now = new Date() }: { userId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    await tx.authSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
    return tx.authSession.create({
      data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
      select: { id: true, expiresAt: true },
    });
  });
}

/**
 * What a session id stands for: its actor, and whether they must first choose a new password (an
 * admin reset it). Null when the session was ended, has expired or its user is disabled. One query
 * (the session with its user's fields): this runs on every signed-in request.
 */
export async function sessionState(sid: string | null | undefined, now = new Date()): Promise<{ actor: Actor; mustChangePassword: boolean } | null> {
  if (typeof sid !== "string" || sid === "") return null;
  const session = await db.authSession.findUnique({
    where: { id: sid },
    select: { expiresAt: true, user: { select: { id: true, role: true, name: true, email: true, disabled: true, mustChangePassword: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabled) return null;
  const { id, role, name, email, mustChangePassword } = session.user;
  return { actor: { id, role, name, email }, mustChangePassword };
}

/**
 * The actor a session id stands for, or null. Null too while the person must choose a new password:
 * until then their session opens nothing but the account page (lib/auth/session.ts getAccountActor).
 */
export async function actorForSession(sid: string | null | undefined, now = new Date()): Promise<Actor | null> {
  const state = await sessionState(sid, now);
  return state && !state.mustChangePassword ? state.actor : null;
}

/** Sign-out: the copied cookie of this browser stops working too. */
export async function endSession(sid: string | null | undefined) {
  if (typeof sid !== "string" || sid === "") return;
  await db.authSession.deleteMany({ where: { id: sid } });
}

/**
 * End every session of a user, inside the caller's transaction: used whenever an account's access
 * changes (disabled, re-enabled, new role, new password, "sign out everywhere").
 */
export async function revokeSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.authSession.deleteMany({ where: { userId } });
  return count;
}
