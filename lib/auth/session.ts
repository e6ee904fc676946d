import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { actorForSession } from "./sessions";
import type { Actor } from "./roles";

/**
 * The request's session id and actor. The JWT only names a server-side session (sid); the actor is
 * read fresh with it, so sign-out, a disabled account or revoked sessions take effect at once,
 * whatever the cookie still says. Memoized per server render (React cache): the desk layout and
 * its page share one lookup.
 */
const currentSession = cache(async function currentSession(): Promise<{ sid: string; actor: Actor } | null> {
  const session = await getServerSession(authOptions);
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (typeof sid !== "string") return null;
  const actor = await actorForSession(sid);
  return actor ? { sid, actor } : null;
});

export async function getCurrentActor(): Promise<Actor | null> {
  return (await currentSession())?.actor ?? null;
}

/** The server-side session id of this request (long-lived streams re-check it on their heartbeat). */
export async function getCurrentSessionId(): Promise<string | null> {
  return (await currentSession())?.sid ?? null;
}
