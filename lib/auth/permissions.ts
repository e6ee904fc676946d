import type { Role } from "../generated/prisma/enums";
import { DomainError } from "../errors";
import { hasRole, type Actor } from "./roles";

/**
 * Every non-transition mutation names exactly one permission here. Status changes are
 * checked by the claim life cycle (lib/claims/lifecycle.ts), which uses the same roles.
 */
export const PERMISSIONS = {
  "claim.create": "REVIEWER",
  "claim.take": "REVIEWER",
  "claim.assign": "EDITOR",
  "claim.schedule": "EDITOR",
  "claim.link": "REVIEWER",
  // Asking is open to the desk; reusing is an editor's (the life cycle's "reuse").
  "claim.requestReuse": "REVIEWER",
  "article.import": "REVIEWER",
  "article.edit": "REVIEWER",
  "source.add": "REVIEWER",
  "source.withhold": "EDITOR",
  "evidence.add": "REVIEWER",
  "research.edit": "REVIEWER",
  "verdict.draft": "REVIEWER",
  "comment.add": "REVIEWER",
  "desk.read": "REVIEWER",
  "user.manage": "ADMIN",
  "audit.export": "EDITOR",
  "notification.read": "REVIEWER",
  "desk.export": "EDITOR",
  "settings.manage": "ADMIN",
  "verdict.recheck": "EDITOR",
  "desk.dashboard": "EDITOR",
  // Aliases and merges change how every claim of a claimant is filed (and published verdicts' names).
  "claimant.manage": "EDITOR",
  "tip.triage": "REVIEWER",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

const DENIED: Record<Permission, string> = {
  "claim.create": "Only fact-checkers and editors can create claims.",
  "claim.take": "Only fact-checkers and editors can take claims.",
  "claim.assign": "Only editors can assign claims to someone else.",
  "claim.schedule": "Only editors set due dates and priorities.",
  "claim.link": "Only fact-checkers and editors can link claims.",
  "claim.requestReuse": "Only fact-checkers and editors can ask for a published verdict to be reused.",
  "article.import": "Only fact-checkers and editors can import articles.",
  "article.edit": "Only fact-checkers and editors can change an article's text.",
  "source.add": "Only fact-checkers and editors can add sources.",
  "source.withhold": "Only an editor can withhold a source or show it again.",
  "evidence.add": "Only fact-checkers and editors can add evidence.",
  "research.edit": "Only fact-checkers and editors can change or remove sources and evidence.",
  "verdict.draft": "Only fact-checkers and editors can draft verdicts.",
  "comment.add": "Only desk members can comment.",
  "desk.read": "Sign in to use the desk.",
  "user.manage": "Only admins can manage users.",
  "audit.export": "Only editors can export the audit log.",
  "notification.read": "Sign in to read your notifications.",
  "desk.export": "Only editors can export claims and verdicts.",
  "settings.manage": "Only admins can change the desk settings.",
  "verdict.recheck": "Only editors can record that a published verdict was re-checked.",
  "desk.dashboard": "Only editors can see the desk dashboard.",
  "claimant.manage": "Only editors can change a claimant's aliases or merge claimants.",
  "tip.triage": "Only fact-checkers and editors can dismiss readers' questions.",
};

/** The refusal a page shows in place of its content, in the permission's own words. */
export function deniedMessage(permission: Permission): string {
  return DENIED[permission];
}

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return !!actor && hasRole(actor, PERMISSIONS[permission]);
}

/** Throws a FORBIDDEN (or UNAUTHENTICATED) DomainError unless the actor holds the permission. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  if (!can(actor, permission)) throw new DomainError("FORBIDDEN", DENIED[permission]);
}
