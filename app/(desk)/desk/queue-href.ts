import type { QueueQuery } from "@/lib/claims/schemas";

/** The queue's address for the current query with some of it changed; a change of filter goes back to page 1. */
export function queueHref(query: QueueQuery, change: Partial<QueueQuery>) {
  const next = { ...query, page: 1, ...change } as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) {
    if (v !== undefined && v !== null && v !== "" && !(k === "page" && v === 1) && !(k === "sort" && v === "updated")) params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `/desk?${qs}` : "/desk";
}
