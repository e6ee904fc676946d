import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { hasRole } from "@/lib/auth/roles";
import { PRIORITY_LABEL } from "@/lib/claims/assignment";
import { countRecheckDue, listDeskMembers, listQueue } from "@/lib/claims/queries";
import { isRecheckDue } from "@/lib/verdicts/days";
import { queueQuerySchema, type QueueQuery } from "@/lib/claims/schemas";
import { STATUS_LABEL, STATUS_ORDER } from "@/lib/claims/lifecycle";
import { listArticleChoices } from "@/lib/articles/queries";
import { RATINGS } from "@/lib/verdicts/ratings";
import { formatDate, formatDateTime } from "@/lib/site";
import { DemoBadge, RatingBadge, StatusBadge } from "@/app/_components/badges";

export const metadata: Metadata = { title: "Claim queue" };

function href(query: QueueQuery, change: Partial<QueueQuery>) {
  const next = { ...query, page: 1, ...change } as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) {
    if (v !== undefined && v !== null && v !== "" && !(k === "page" && v === 1) && !(k === "sort" && v === "updated")) params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `/desk?${qs}` : "/desk";
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const query = queueQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [queue, members, articles, recheckDue] = await Promise.all([
    listQueue({ query, actor }),
    listDeskMembers({ actor }),
    listArticleChoices({ actor, selected: query.article }),
    countRecheckDue({ actor }),
  ]);
  const now = new Date();
  const allCount = Object.values(queue.counts).reduce((a, b) => a + b, 0);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">Claim queue</h1>
        {can(actor, "audit.export") && (
          <span className="ml-auto text-sm">
            {/* eslint-disable @next/next/no-html-link-for-pages -- CSV downloads, not pages */}
            Export:{" "}
            <a href="/api/export/claims" className="underline">
              claims (CSV)
            </a>{" "}
            ·{" "}
            <a href="/api/export/verdicts" className="underline">
              verdicts (CSV)
            </a>
            {/* eslint-enable @next/next/no-html-link-for-pages */} · Audit log:{" "}
            <a href="/api/audit/export?format=csv" className="underline">
              CSV
            </a>{" "}
            ·{" "}
            <a href="/api/audit/export?format=json" className="underline">
              JSON
            </a>
          </span>
        )}
      </div>

      {query.recheck === "due" ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="recheck-filter">
          Showing published verdicts due for re-checking.{" "}
          <Link href={href(query, { recheck: undefined })} className="underline">
            Show every claim
          </Link>
        </p>
      ) : (
        recheckDue > 0 && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="recheck-due">
            {recheckDue} published verdict{recheckDue === 1 ? " is" : "s are"} due for re-checking.{" "}
            <Link href={href(query, { recheck: "due", status: undefined })} className="font-medium underline">
              Show {recheckDue === 1 ? "it" : "them"}
            </Link>
          </p>
        )
      )}

      {hasRole(actor, "EDITOR") && queue.counts.IN_REVIEW > 0 && !(query.status === "IN_REVIEW" && query.sort === "waiting") && (
        <p role="status" className="rounded border border-blue-300 bg-blue-50 p-2 text-sm" data-testid="waiting-for-review">
          {queue.counts.IN_REVIEW} verdict{queue.counts.IN_REVIEW === 1 ? " is" : "s are"} waiting for review.{" "}
          <Link href={href(query, { status: "IN_REVIEW", sort: "waiting", recheck: undefined })} className="font-medium underline">
            Waiting for review, longest first
          </Link>
        </p>
      )}

      <nav aria-label="Status" className="flex flex-wrap gap-2 text-sm">
        <Link
          href={href(query, { status: undefined, recheck: undefined })}
          aria-current={!query.status ? "page" : undefined}
          className={`rounded border px-2 py-1 ${!query.status ? "border-blue-700 bg-blue-50" : "border-stone-300"}`}
        >
          All <span className="text-stone-600">{allCount}</span>
        </Link>
        {STATUS_ORDER.map((s) => (
          <Link
            key={s}
            href={href(query, { status: s, recheck: undefined })}
            data-testid={`count-${s}`}
            aria-current={query.status === s ? "page" : undefined}
            className={`rounded border px-2 py-1 ${query.status === s ? "border-blue-700 bg-blue-50" : "border-stone-300"}`}
          >
            {STATUS_LABEL[s]} <span className="text-stone-600">{queue.counts[s]}</span>
          </Link>
        ))}
      </nav>

      {/* Keyed by the query: a link to another filter or sort remounts the selects, so they show it. */}
      <form key={href(query, {})} method="get" action="/desk" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filters">
        {query.status && <input type="hidden" name="status" value={query.status} />}
        {query.recheck && <input type="hidden" name="recheck" value={query.recheck} />}
        <label className="space-y-1">
          <span className="block font-medium">Assignee</span>
          <select name="assignee" defaultValue={query.assignee ?? ""} className="rounded border border-stone-300 bg-white px-2 py-1">
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Unassigned</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Article</span>
          <select name="article" defaultValue={query.article ?? ""} className="max-w-xs rounded border border-stone-300 bg-white px-2 py-1">
            <option value="">All articles</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Rating</span>
          <select name="rating" defaultValue={query.rating ?? ""} className="rounded border border-stone-300 bg-white px-2 py-1">
            <option value="">Any rating</option>
            {RATINGS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Sort</span>
          <select name="sort" defaultValue={query.sort} className="rounded border border-stone-300 bg-white px-2 py-1">
            <option value="updated">Last change</option>
            <option value="created">Newest</option>
            <option value="status">Status</option>
            <option value="waiting">Waiting for review longest</option>
            <option value="due">Due soonest</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
          Apply
        </button>
      </form>

      {queue.items.length === 0 ? (
        <div className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600" data-testid="queue-empty">
          No claims match these filters.{" "}
          <Link href="/desk" className="text-blue-700 underline">
            Clear filters
          </Link>{" "}
          or open an{" "}
          <Link href="/desk/articles" className="text-blue-700 underline">
            article
          </Link>{" "}
          to create claims.
        </div>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="queue">
            <thead>
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
            <tbody>
              {queue.items.map((c) => (
                <tr key={c.id} className="border-b border-stone-200 align-top">
                  <td className="max-w-md py-2 pr-3">
                    <Link href={`/desk/claims/${c.id}`} data-claim-link className="text-blue-800 hover:underline">
                      “{c.quote.length > 140 ? c.quote.slice(0, 140) + "…" : c.quote}”
                    </Link>{" "}
                    {c.isDemo && <DemoBadge />}
                  </td>
                  <td className="py-2 pr-3">{c.claimant}</td>
                  <td className="py-2 pr-3">{c.article.title}</td>
                  <td className="space-x-1 py-2 pr-3 whitespace-nowrap">
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
                  <td className="py-2 pr-3">{c.assignee?.name ?? <span className="text-stone-600 italic">Unassigned</span>}</td>
                  <td className="py-2 pr-3 whitespace-nowrap" data-testid="queue-due">
                    {c.dueDate ? formatDate(c.dueDate) : "—"}
                    {c.priority !== "NORMAL" && <span className="block text-xs text-stone-600">{PRIORITY_LABEL[c.priority]} priority</span>}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {queue.pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {query.page > 1 && (
            <Link href={href(query, { page: query.page - 1 })} className="underline">
              Previous
            </Link>
          )}
          <span>
            Page {query.page} of {queue.pageCount} · {queue.total} claims
          </span>
          {query.page < queue.pageCount && (
            <Link href={href(query, { page: query.page + 1 })} className="underline">
              Next
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
