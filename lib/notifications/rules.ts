import type { NotificationKind } from "../generated/prisma/enums";
import type { ClaimAction } from "../claims/lifecycle";

/** Pure rules of notifications: who hears of what, and how a mention is written. */

/** Life-cycle steps the people working on a claim hear of. */
export const NOTIFY_ON: Partial<Record<ClaimAction, NotificationKind>> = {
  sendBack: "SENT_BACK",
  approve: "APPROVED",
  object: "OBJECTED",
  publish: "PUBLISHED",
  correct: "CORRECTED",
  unpublish: "UNPUBLISHED",
};

/** The people a verdict's fate concerns, for the notifications above. */
export type VerdictPeople = { assigneeId: string | null; authorId?: string | null; lastEditedById?: string | null; approvedById?: string | null };

/**
 * The people working on a claim — its assignee, and whoever wrote its verdict or approved it — each once,
 * never the person who acted.
 */
export function workers({ actorId, ...people }: VerdictPeople & { actorId: string }): string[] {
  const ids = [people.assigneeId, people.authorId, people.lastEditedById, people.approvedById];
  return [...new Set(ids.filter((id): id is string => !!id && id !== actorId))];
}

/** A desk member's handle: the part of their e-mail address before the @ (ravi@… → @ravi). */
export function handleOf(email: string): string {
  return email.slice(0, email.indexOf("@")).toLowerCase();
}

/** "@ravi", not the middle of an e-mail address ("ravi@example.org") nor "@@ravi". Group 1: the handle. */
export const mentionPattern = (flags: string) => new RegExp(String.raw`(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}][\p{L}\p{N}._-]{0,63})`, flags);

/** A sentence's full stop (or a trailing dash) after a handle is not part of it. */
export const trimHandle = (raw: string) => raw.replace(/[._-]+$/, "");

/** Handles mentioned in a comment, lower-cased, each once, in order of first mention. */
export function mentionedHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of body.matchAll(mentionPattern("gu"))) handles.add(trimHandle(match[1]).toLowerCase());
  return [...handles];
}

export const NOTIFICATION_TEXT: Record<NotificationKind, string> = {
  ASSIGNED: "assigned you",
  MENTIONED: "mentioned you on",
  REPLIED: "replied to your comment on",
  OBJECTED: "objected to the verdict on",
  SENT_BACK: "sent back",
  SUBMITTED: "asks for your review of",
  APPROVED: "approved the verdict on",
  PUBLISHED: "published the verdict on",
  CORRECTED: "corrected the published verdict on",
  UNPUBLISHED: "unpublished the verdict on",
  REUSE_REQUESTED: "asked to reuse the published verdict for",
};
