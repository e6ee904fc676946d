import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { findActiveActor } from "./users";
import type { Actor } from "./roles";

/**
 * The signed-in desk member, read fresh from the database on every request: a role change
 * or a disabled account takes effect at once, whatever the JWT still says.
 * Memoized per server render (React cache): the desk layout and its page share one lookup.
 */
export const getCurrentActor = cache(async function getCurrentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return findActiveActor(id);
});
