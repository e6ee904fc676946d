import { db } from "../db";

export const INBOX_LIMIT = 100;

export async function unreadCount(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The newest notifications of one person, unread and read. */
export async function listNotifications(userId: string) {
  return db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_LIMIT,
    select: {
      id: true,
      kind: true,
      readAt: true,
      createdAt: true,
      actor: { select: { name: true } },
      claim: { select: { id: true, quote: true } },
      comment: { select: { body: true } },
    },
  });
}
