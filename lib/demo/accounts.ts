import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

/** The demo's accounts are the seed's users; their domain is reserved for testing (RFC 2606), so no real person has it. */
export const DEMO_EMAIL_DOMAIN = "@factdesk.test";

export const demoEmailFilter = { endsWith: DEMO_EMAIL_DOMAIN } as const;

/**
 * How many demo accounts can still sign in — with the password printed in the README. Admins only:
 * the warning tells them to remove the demo; nobody else can act on it.
 */
export async function countUsableDemoAccounts({ actor }: { actor: Actor | null }): Promise<number> {
  assertCan(actor, "user.manage");
  return db.user.count({ where: { email: demoEmailFilter, disabled: false } });
}
