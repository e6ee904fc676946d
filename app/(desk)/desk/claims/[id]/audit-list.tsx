import type { ClaimWorkspaceView } from "@/lib/claims/workspace";
import { formatCount, formatDateTime } from "@/lib/site";

/** The claim's history in words (lib/audit/describe.ts): who did what, the note once, what an edit changed. */
export function AuditList({ events, total }: { events: ClaimWorkspaceView["history"]; total: number }) {
  if (events.length === 0) return <p className="text-sm text-stone-600">No history yet.</p>;
  return (
    <>
      {total > events.length && (
        <p className="mb-2 text-sm text-stone-600" data-testid="history-shown">
          The newest {formatCount(events.length)} of {formatCount(total)} events. Editors can export the whole history with the audit log (CSV or JSON, from the
          queue).
        </p>
      )}
      <ol className="space-y-2 text-sm">
        {events.map((e) => (
          <li key={e.id} className="border-b border-stone-100 pb-2" data-testid="history-event">
            <p>
              {/* Isolated: a right-to-left name or title in the sentence must not reorder the time after it. */}
              <strong>
                <bdi>{e.actor}</bdi>
              </strong>{" "}
              <bdi>{e.text}</bdi> · <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
            </p>
            {e.note && <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 break-words text-stone-700">{e.note}</blockquote>}
            {e.changes.length > 0 && (
              <ul className="mt-1 list-disc pl-5 break-words text-stone-600">
                {e.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
