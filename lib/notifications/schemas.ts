import { z } from "zod";
import { formatCount } from "../site";
import { id } from "../validation";

export const markReadSchema = z.object({ notificationId: id("Notification") });
export type MarkReadInput = z.input<typeof markReadSchema>;

/** Notifications on one page of the inbox. */
export const INBOX_PAGE_SIZE = 50;
/** Notifications the inbox reaches, newest first: past them it says it shows the newest this many. */
export const INBOX_LIMIT = 1_000;
/** Pages the newest INBOX_LIMIT notifications make. */
export const INBOX_PAGES = INBOX_LIMIT / INBOX_PAGE_SIZE;

/** Unread notifications as the menu and the inbox say it: counted up to INBOX_LIMIT, "1,000+" past it. */
export function unreadLabel(count: number): string {
  return count > INBOX_LIMIT ? `${formatCount(INBOX_LIMIT)}+` : formatCount(count);
}

/** The inbox's address: ?page=N, a page past the last reachable one is the last; anything else is the first. */
export const inboxQuerySchema = z.object({
  page: z.coerce
    .number()
    .int()
    .min(1)
    .transform((page) => Math.min(page, INBOX_PAGES))
    .default(1)
    .catch(1),
});
