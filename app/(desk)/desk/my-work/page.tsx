import type { Metadata } from "next";
import { IntentLink } from "@/app/_components/intent-link";
import { requirePageActor } from "@/lib/auth/guard";
import { listMyWork, MY_WORK_LIMIT } from "@/lib/claims/queries";
import { myWorkQuerySchema } from "@/lib/claims/schemas";
import { DemoBadge, DueBadge, PriorityBadge, StatusBadge } from "@/app/_components/badges";
import { Pager } from "@/app/_components/pager";
import { formatCount } from "@/lib/site";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const query = myWorkQuerySchema.parse({ page: Array.isArray(raw.page) ? raw.page[0] : raw.page });
  const now = new Date();
  const work = await listMyWork({ actor, page: query.page, now });
  const { items, overdue } = work;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">My work</h1>
        <p className="text-sm text-stone-700" data-testid="my-work-summary">
          {work.total === 0
            ? "Nothing assigned to you"
            : `${formatCount(work.total)}${work.total === MY_WORK_LIMIT ? "+" : ""} open ${work.total === 1 ? "claim" : "claims"}`}
          {overdue > 0 && <strong className="text-red-800"> · {overdue} overdue</strong>}
        </p>
      </div>
      {work.total === 0 ? (
        <div className="rounded border border-dashed border-stone-300 p-6 text-sm" data-testid="my-work-empty">
          <p>No open claim is assigned to you.</p>
          <p className="mt-2">
            <IntentLink href="/desk?assignee=none" className="text-blue-800 underline">
              Unassigned claims in the queue
            </IntentLink>{" "}
            — open one and choose “Assign to me”.
          </p>
        </div>
      ) : (
        <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label="My open claims, by due date">
          {items.map((c) => (
            <li key={c.id} className="space-y-1 p-3" data-testid="my-work-item">
              <div className="flex flex-wrap items-center gap-2">
                <DueBadge dueDate={c.dueDate} now={now} />
                <PriorityBadge priority={c.priority} />
                <StatusBadge status={c.status} />
                {c.isDemo && <DemoBadge />}
              </div>
              <IntentLink href={`/desk/claims/${c.id}`} data-claim-link className="block font-medium text-blue-900 hover:underline">
                “{c.quote}”
              </IntentLink>
              <p className="text-sm text-stone-700">
                {c.claimant} · {c.article.title} ({c.article.outlet})
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pager page={work.page} pageCount={work.pageCount} href={(n) => (n === 1 ? "/desk/my-work" : `/desk/my-work?page=${n}`)} testId="my-work-pages" />
      {work.total === MY_WORK_LIMIT && (
        <p className="text-sm text-stone-700">Showing the {MY_WORK_LIMIT} earliest due; the queue filtered by “Me” lists the rest.</p>
      )}
    </div>
  );
}
