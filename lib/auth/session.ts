import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { sessionState } from "./sessions";
import type { Actor } from "./roles";

/**
 * The request's session id and actor. The JWT only names a server-side session (sid); the actor is
 * read fresh with it, so sign-out, a disabled account or revoked sessions take effect at once,
 * whatever the cookie still says. Memoized per server render (React cache): the desk layout and
 * its page share one lookup.
 */
const currentSession = cache(async function currentSession(): Promise<{ sid: string; actor: Actor; mustChangePassword: boolean } | null> {
  const session = await getServerSession(authOptions);
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (typeof sid !== "string") return null;
  const state = await sessionState(sid);
  return state ? { sid, ...state } : null;
});

/** The signed-in actor; null while they must choose a new password (an admin reset it): nothing opens for them but the account page. */
export async function getCurrentActor(): Promise<Actor | null> {
  const session = await currentSession();
  return session && !session.mustChangePassword ? session.actor : null;
}

/** For the account page and the password change only: the signed-in actor, also while they must choose a new password. */
export async function getAccountActor(): Promise<{ actor: Actor; mustChangePassword: boolean } | null> {
  const session = await currentSession();
  return session ? { actor: session.actor, mustChangePassword: session.mustChangePassword } : null;
}

/** The server-side session id of this request (long-lived streams re-check it on their heartbeat). */
export async function getCurrentSessionId(): Promise<string | null> {
  const session = await currentSession();
  return session && !session.mustChangePassword ? session.sid : null;
}
