import type { Metadata } from "next";
import { IntentLink } from "@/app/_components/intent-link";
import { requirePageActor } from "@/lib/auth/guard";
import { Pager } from "@/app/_components/pager";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { INBOX_LIMIT, inboxQuerySchema, unreadLabel } from "@/lib/notifications/schemas";
import { handleOf, NOTIFICATION_TEXT } from "@/lib/notifications/rules";
import { formatCount, formatDateTime } from "@/lib/site";
import { MarkAllReadButton, MarkReadButton } from "./inbox-controls";

export const metadata: Metadata = { title: "Inbox" };

const excerpt = (text: string, max = 120) => (text.length > max ? text.slice(0, max) + "…" : text);

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const query = inboxQuerySchema.parse({ page: Array.isArray(raw.page) ? raw.page[0] : raw.page });
  // Unread across every page, not only this one's.
  const [inbox, unread] = await Promise.all([listNotifications({ actor, page: query.page }), unreadCount({ actor })]);
  const { items } = inbox;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">Inbox</h1>
        <p className="text-sm text-stone-700" data-testid="inbox-summary">
          {unread === 0 ? "Nothing unread" : `${unreadLabel(unread)} unread`}
        </p>
        {unread > 0 && (
          <div className="ml-auto">
            <MarkAllReadButton />
          </div>
        )}
      </div>
      {inbox.total === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-sm" data-testid="inbox-empty">
          No notifications yet. You will hear here when a claim is assigned to you, when someone mentions you with your handle (@{handleOf(actor.email)}), and
          when a claim you work on is sent back, approved, published, corrected or unpublished.
        </p>
      ) : items.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-sm" data-testid="inbox-past-end">
          This page is past your oldest notification.
        </p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label="Notifications, newest first">
          {items.map((n) => (
            <li
              key={n.id}
              data-testid="notification"
              data-unread={n.readAt ? "false" : "true"}
              className={`flex flex-wrap items-start gap-3 p-3 ${n.readAt ? "" : "bg-blue-50"}`}
            >
              <div className="min-w-0 flex-1 space-y-1">
                <p className="text-sm">
                  {!n.readAt && <span className="sr-only">Unread: </span>}
                  <strong>{n.actor.name}</strong> {NOTIFICATION_TEXT[n.kind]}{" "}
                  <IntentLink href={`/desk/claims/${n.claim.id}`} className="text-blue-900 underline">
                    “{excerpt(n.claim.quote)}”
                  </IntentLink>
                </p>
                {n.comment && <p className="text-sm text-stone-700 italic">{excerpt(n.comment.body, 200)}</p>}
                {n.note && (
                  <blockquote className="border-l-2 border-stone-300 pl-2 text-sm text-stone-800" data-testid="notification-note">
                    {n.note}
                  </blockquote>
                )}
                <p className="text-xs text-stone-600">{formatDateTime(n.createdAt)}</p>
              </div>
              {!n.readAt && <MarkReadButton notificationId={n.id} />}
            </li>
          ))}
        </ol>
      )}
      <Pager
        page={inbox.page}
        pageCount={inbox.pageCount}
        href={(n) => (n === 1 ? "/desk/inbox" : `/desk/inbox?page=${n}`)}
        note={inbox.capped ? `the newest ${formatCount(INBOX_LIMIT)}` : undefined}
        testId="inbox-pages"
      />
    </div>
  );
}
