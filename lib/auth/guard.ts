import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAccountActor, getCurrentActor } from "./session";
import type { Actor } from "./roles";

/**
 * The first line of every desk page (and of the desk layout): the signed-in actor, or a redirect
 * to sign in that comes back to the page asked for.
 *
 * The desk layout is not a guard on its own: when the router moves between desk pages it asks the
 * server for the page alone (an RSC request whose router state tree already holds the layout), and
 * the layout does not run again. So each page asks for its actor here, and every lib function that
 * reads desk data takes that actor and checks its permission itself (the data-access layer).
 */
export async function requirePageActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (actor) return actor;
  // Signed in, but an admin reset the password: the account page first, to choose a new one.
  if (await getAccountActor()) redirect("/desk/account");
  return redirectToSignIn();
}

/** The account page's guard: the signed-in actor, also while they must choose a new password. */
export async function requireAccountActor(): Promise<{ actor: Actor; mustChangePassword: boolean }> {
  return (await getAccountActor()) ?? redirectToSignIn();
}

async function redirectToSignIn(): Promise<never> {
  // proxy.ts records the path asked for; a page is never told its own URL otherwise.
  const path = (await headers()).get("x-factdesk-path") ?? "/desk";
  redirect(`/signin?callbackUrl=${encodeURIComponent(path.startsWith("/desk") ? path : "/desk")}`);
}
