import { cache } from "react";
import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { INBOX_LIMIT, INBOX_PAGE_SIZE } from "./schemas";

// Once per request: the desk layout's menu and the inbox page both show it (outside a render, every call asks).
// Counted up to just past INBOX_LIMIT (what the inbox reaches): every desk page asks, so the count is bounded
// however many a person never read (unreadLabel says "1,000+").
const unreadOf = cache((userId: string) => db.notification.count({ where: { userId, readAt: null }, take: INBOX_LIMIT + 1 }));

/** The person's unread notifications, up to INBOX_LIMIT + 1 (more than the inbox reaches). */
export async function unreadCount({ actor }: { actor: Actor | null }) {
  assertCan(actor, "notification.read");
  return unreadOf(actor.id);
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
 * INBOX_LIMIT make (`capped` when there are more than that: older ones are not reached). Before, the
 * inbox was one page of the newest 100: 160 KB of HTML for a busy reviewer, and nothing older.
 */
export async function listNotifications({ actor, page = 1, pageSize = INBOX_PAGE_SIZE }: { actor: Actor | null; page?: number; pageSize?: number }) {
  assertCan(actor, "notification.read");
  const where = { userId: actor.id };
  const size = Math.max(1, Math.trunc(pageSize) || 1);
  const shown = Math.max(1, Math.trunc(page) || 1);
  // Only the newest INBOX_LIMIT are reached: a page past them reads nothing (an offset of tens of
  // thousands would walk the whole index for it).
  const skip = (shown - 1) * size;
  const take = Math.min(size, INBOX_LIMIT - skip);
  const [counted, items] = await Promise.all([
    // Counted up to just past the limit, in the (userId, createdAt) index's order: with no order Prisma
    // orders by id, and SQLite sorted every notification the person ever had (22 ms for 50,000).
    db.notification.count({ where, take: INBOX_LIMIT + 1, orderBy: { createdAt: "desc" } }),
    take > 0
      ? db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take, select: NOTIFICATION_FIELDS })
      : Promise.resolve([]),
  ]);
  const total = Math.min(counted, INBOX_LIMIT);
  return { items, page: shown, pageCount: Math.max(1, Math.ceil(total / size)), total, capped: counted > INBOX_LIMIT };
}
