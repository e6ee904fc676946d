import { DomainError, type ErrorCode, type FieldErrors } from "../errors";
import { getAccountActor, getCurrentActor } from "../auth/session";
import type { Actor } from "../auth/roles";

export type ActionResult<T = unknown> = { ok: true; data: T } | { ok: false; code: ErrorCode | "INTERNAL"; error: string; fieldErrors?: FieldErrors };

/**
 * The one wrapper every server action goes through: it resolves the session, runs the
 * domain function (which validates and checks its permission) and turns errors into results.
 */
export async function runAction<T>(fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED", error: "Your session has ended. Sign in again to continue." };
  return toResult(() => fn(actor));
}

/** The password change only: also for someone who must choose a new password before anything else. */
export async function runAccountAction<T>(fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  const account = await getAccountActor();
  if (!account) return { ok: false, code: "UNAUTHENTICATED", error: "Your session has ended. Sign in again to continue." };
  return toResult(() => fn(account.actor));
}

/**
 * The only server action without a session: creating the first admin through a setup link, when no
 * account exists yet. The lib function proves the visitor's right (the one-time token) itself.
 */
export async function runSessionlessAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  return toResult(fn);
}

async function toResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors };
    }
    console.error("[factdesk] action failed", error);
    return { ok: false, code: "INTERNAL", error: "Something went wrong on our side. Nothing was saved; please try again." };
  }
}
