import { IntentLink } from "@/app/_components/intent-link";
import type { listQueue } from "@/lib/claims/queries";
import { OPEN_WORK } from "@/lib/claims/assignment";
import { isRecheckDue } from "@/lib/verdicts/days";
import { formatDate, formatDateTime } from "@/lib/site";
import { DemoBadge, DueBadge, PriorityBadge, RatingBadge, StatusBadge } from "@/app/_components/badges";

type Row = Awaited<ReturnType<typeof listQueue>>["items"][number];

// On a phone each row is a card: the cells stack, each under its column's name (data-label), so
// nothing needs a sideways scroll. From the md breakpoint up it is an ordinary table. The cells' and
// rows' styles are classes of their own (app/globals.css): written out as utilities on each of a
// page's 175 cells they were nearly half of its HTML and again of its RSC payload (docs/benchmark.md).
const CELL = "queue-cell";
const LABELLED = "queue-cell queue-labelled";

export function QueueTable({ items, now }: { items: Row[]; now: Date }) {
  return (
    <table className="block w-full border-collapse text-sm md:table" data-testid="queue">
      <thead className="hidden md:table-header-group">
        <tr className="border-b border-stone-300 text-left">
          <th className="py-2 pr-3">Claim</th>
          <th className="py-2 pr-3">Claimant</th>
          <th className="py-2 pr-3">Article</th>
          <th className="py-2 pr-3">Status</th>
          <th className="py-2 pr-3">Assignee</th>
          <th className="py-2 pr-3">Due</th>
          <th className="py-2 pr-3">Last change</th>
        </tr>
      </thead>
      <tbody className="block md:table-row-group">
        {items.map((c) => (
          <tr key={c.id} data-testid="queue-row" className="queue-row">
            <td className={`${CELL} md:max-w-md`}>
              <IntentLink href={`/desk/claims/${c.id}`} data-claim-link className="font-medium text-blue-800 hover:underline md:font-normal">
                “{c.quote.length > 140 ? c.quote.slice(0, 140) + "…" : c.quote}”
              </IntentLink>{" "}
              {c.isDemo && <DemoBadge />}
            </td>
            <td className={LABELLED} data-label="Claimant">
              {c.claimant}
            </td>
            <td className={LABELLED} data-label="Article">
              {c.article.title}
            </td>
            <td className={`${CELL} space-x-1 md:whitespace-nowrap`}>
              <StatusBadge status={c.status} />
              {c.verdict && <RatingBadge rating={c.verdict.rating} />}
              {c.status === "IN_REVIEW" && c.submittedAt && (
                <span className="block text-xs text-stone-600" data-testid="waiting-since">
                  waiting since {formatDateTime(c.submittedAt)}
                </span>
              )}
              {c.verdict?.recheckOn && isRecheckDue({ status: c.status, recheckOn: c.verdict.recheckOn }, now) && (
                <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900" data-testid="recheck-badge">
                  Re-check due {formatDate(c.verdict.recheckOn)}
                </span>
              )}
            </td>
            <td className={LABELLED} data-label="Assignee">
              {c.assignee?.name ?? <span className="text-stone-600 italic">Unassigned</span>}
            </td>
            <td className={`${LABELLED} space-x-1 md:space-y-1 md:space-x-0`} data-label="Due" data-testid="queue-due">
              {/* How a due date stands matters only while the work is open; afterwards it is a date. */}
              {c.dueDate && OPEN_WORK.includes(c.status) ? <DueBadge dueDate={c.dueDate} now={now} /> : c.dueDate ? formatDate(c.dueDate) : "—"}
              {c.priority !== "NORMAL" && (
                <span className="md:block">
                  <PriorityBadge priority={c.priority} />
                </span>
              )}
            </td>
            <td className={`${LABELLED} md:whitespace-nowrap`} data-label="Last change">
              {formatDateTime(c.updatedAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
