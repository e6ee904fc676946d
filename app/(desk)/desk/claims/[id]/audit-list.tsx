import { formatDateTime } from "@/lib/site";

type Event = { id: string; action: string; createdAt: Date; before: string | null; after: string | null; actor: { name: string } | null };

function pretty(json: string | null): string | null {
  if (!json) return null;
  try {
    return Object.entries(JSON.parse(json) as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join("; ");
  } catch {
    return json;
  }
}

export function AuditList({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-sm text-stone-600">No history yet.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {events.map((e) => (
        <li key={e.id} className="border-b border-stone-100 pb-2">
          <p>
            <strong>{e.action}</strong> by {e.actor?.name ?? "system"} · <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
          </p>
          {e.before && <p className="text-stone-600">Before: {pretty(e.before)}</p>}
          {e.after && <p className="break-words text-stone-600">After: {pretty(e.after)}</p>}
        </li>
      ))}
    </ol>
  );
}
