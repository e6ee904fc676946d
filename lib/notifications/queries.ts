import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

export const INBOX_LIMIT = 100;

export async function unreadCount({ actor }: { actor: Actor | null }) {
  assertCan(actor, "notification.read");
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The newest notifications of one person, unread and read. */
export async function listNotifications({ actor }: { actor: Actor | null }) {
  assertCan(actor, "notification.read");
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_LIMIT,
    select: {
      id: true,
      kind: true,
      readAt: true,
      createdAt: true,
      note: true,
      actor: { select: { name: true } },
      claim: { select: { id: true, quote: true } },
      comment: { select: { body: true } },
    },
  });
}
