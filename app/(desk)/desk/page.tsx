import type { Metadata } from "next";
import { Suspense } from "react";
import { IntentLink } from "@/app/_components/intent-link";
import { DeskLoading } from "./desk-loading";
import { Pager } from "@/app/_components/pager";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { hasRole } from "@/lib/auth/roles";
import { countRecheckDue, listDeskMembers, listQueue } from "@/lib/claims/queries";
import { queueQuerySchema } from "@/lib/claims/schemas";
import { STATUS_LABEL, STATUS_ORDER } from "@/lib/claims/lifecycle";
import { listArticleChoices } from "@/lib/articles/queries";
import { QueueFilters } from "./queue-filters";
import { queueHref } from "./queue-href";
import { QueueTable } from "./queue-table";
import { formatCount } from "@/lib/site";
import { firstValues } from "@/lib/http/search-params";

export const metadata: Metadata = { title: "Claim queue" };

async function QueueList({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const query = queueQuerySchema.parse(firstValues(raw));
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
          <IntentLink href={queueHref(query, { recheck: undefined })} className="underline">
            Show every claim
          </IntentLink>
        </p>
      ) : (
        recheckDue > 0 && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="recheck-due">
            {recheckDue} published verdict{recheckDue === 1 ? " is" : "s are"} due for re-checking.{" "}
            <IntentLink href={queueHref(query, { recheck: "due", status: undefined })} className="font-medium underline">
              Show {recheckDue === 1 ? "it" : "them"}
            </IntentLink>
          </p>
        )
      )}

      {hasRole(actor, "EDITOR") && queue.counts.IN_REVIEW > 0 && !(query.status === "IN_REVIEW" && query.sort === "waiting") && (
        <p role="status" className="rounded border border-blue-300 bg-blue-50 p-2 text-sm" data-testid="waiting-for-review">
          {queue.counts.IN_REVIEW} verdict{queue.counts.IN_REVIEW === 1 ? " is" : "s are"} waiting for review.{" "}
          <IntentLink href={queueHref(query, { status: "IN_REVIEW", sort: "waiting", recheck: undefined })} className="font-medium underline">
            Waiting for review, longest first
          </IntentLink>
        </p>
      )}

      <nav aria-label="Status" className="flex flex-wrap gap-2 text-sm">
        <IntentLink
          href={queueHref(query, { status: undefined, recheck: undefined })}
          aria-current={!query.status ? "page" : undefined}
          className={`rounded border px-2 py-1 ${!query.status ? "border-blue-700 bg-blue-50" : "border-stone-300"}`}
        >
          All <span className="text-stone-600">{formatCount(allCount)}</span>
        </IntentLink>
        {STATUS_ORDER.map((s) => (
          <IntentLink
            key={s}
            href={queueHref(query, { status: s, recheck: undefined })}
            data-testid={`count-${s}`}
            aria-current={query.status === s ? "page" : undefined}
            className={`rounded border px-2 py-1 ${query.status === s ? "border-blue-700 bg-blue-50" : "border-stone-300"}`}
          >
            {STATUS_LABEL[s]} <span className="text-stone-600">{formatCount(queue.counts[s])}</span>
          </IntentLink>
        ))}
      </nav>

      {/* Keyed by the query: a link to another filter or sort remounts the selects, so they show it. */}
      <QueueFilters key={queueHref(query, {})} query={query} members={members} articles={articles} />

      {queue.items.length === 0 ? (
        <div className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600" data-testid="queue-empty">
          No claims match these filters.{" "}
          <IntentLink href="/desk" className="text-blue-700 underline">
            Clear filters
          </IntentLink>{" "}
          or open an{" "}
          <IntentLink href="/desk/articles" className="text-blue-700 underline">
            article
          </IntentLink>{" "}
          to create claims.
        </div>
      ) : (
        <QueueTable items={queue.items} now={now} />
      )}

      <Pager
        page={query.page}
        pageCount={queue.pageCount}
        href={(page) => queueHref(query, { page })}
        note={`${formatCount(queue.total)} ${queue.total === 1 ? "claim" : "claims"}`}
      />
    </div>
  );
}

// Its own boundary, not a loading.tsx: that would hold the records below this page too (desk-loading.tsx).
export default function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <Suspense fallback={<DeskLoading />}>
      <QueueList searchParams={searchParams} />
    </Suspense>
  );
}
