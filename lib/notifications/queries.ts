import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

/** Notifications on one page of the inbox. */
export const INBOX_PAGE_SIZE = 50;
/** Notifications counted for the pages, at most: past it the inbox says it shows the newest this many. */
export const INBOX_LIMIT = 1_000;

export async function unreadCount({ actor }: { actor: Actor | null }) {
  assertCan(actor, "notification.read");
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

const NOTIFICATION_FIELDS = {
  id: true,
  kind: true,
  readAt: true,
  createdAt: true,
  note: true,
  actor: { select: { name: true } },
  claim: { select: { id: true, quote: true } },
  comment: { select: { body: true } },
} as const;

/**
 * One page of a person's notifications, unread and read, newest first, and how many pages the newest
 * INBOX_LIMIT make. (The whole list was one page of the newest 100: 160 KB of HTML for a busy reviewer,
 * and nothing older could be reached.)
 */
export async function listNotifications({ actor, page = 1, pageSize = INBOX_PAGE_SIZE }: { actor: Actor | null; page?: number; pageSize?: number }) {
  assertCan(actor, "notification.read");
  const where = { userId: actor.id };
  const [total, items] = await Promise.all([
    // Counted up to the limit only, in the (userId, createdAt) index's order: with no order Prisma orders
    // by id, and SQLite sorted every notification the person ever had (22 ms for 50,000) to count 1,000.
    db.notification.count({ where, take: INBOX_LIMIT, orderBy: { createdAt: "desc" } }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: NOTIFICATION_FIELDS,
    }),
  ]);
  return { items, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), total, capped: total >= INBOX_LIMIT };
}
