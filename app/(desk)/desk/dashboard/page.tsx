import type { Metadata } from "next";
import { IntentLink } from "@/app/_components/intent-link";
import { requirePageActor } from "@/lib/auth/guard";
import { can, deniedMessage } from "@/lib/auth/permissions";
import { DASHBOARD_WEEKS, getDashboard } from "@/lib/reports/dashboard";
import { formatDuration } from "@/lib/reports/dashboard-aggregate";
import type { ClaimStatus, Rating } from "@/lib/generated/prisma/enums";
import { formatCount, formatDateTime } from "@/lib/site";
import { DashboardChart } from "./dashboard-chart";

export const metadata: Metadata = { title: "Dashboard" };

// Bar colours: the road to publication in the accent blue, the ways off it in grey; ratings as their badges.
const ROAD = "#1d4ed8";
const OFF_ROAD = "#78716c";
const RATING_COLOR: Record<Rating, string> = {
  TRUE: "#166534",
  MOSTLY_TRUE: "#15803d",
  MIXED: "#b45309",
  MISLEADING: "#9a3412",
  MOSTLY_FALSE: "#b91c1c",
  FALSE: "#7f1d1d",
  UNVERIFIABLE: "#57534e",
};
// Axis labels have little room; the tables say the full names.
const SHORT_STATUS: Partial<Record<ClaimStatus, string>> = { COVERED: "Covered" };

const WEEK_START = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const weekStart = (iso: string) => WEEK_START.format(new Date(iso + "T00:00:00Z"));
const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function Panel({ id, title, note, children }: { id: string; title: string; note?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id} className="space-y-3 rounded border border-stone-200 bg-white p-4 break-inside-avoid">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {note && <p className="text-sm text-stone-700">{note}</p>}
      </div>
      {children}
    </section>
  );
}

/** The chart and, beside it, the same numbers as a table (for screen readers, printing and copying). */
function ChartAndTable({ chart, table }: { chart: React.ReactNode; table: React.ReactNode }) {
  return (
    <div className="grid items-start gap-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div>{chart}</div>
      {table}
    </div>
  );
}

function NumbersTable({
  testId,
  caption,
  head,
  rows,
  foot,
}: {
  testId: string;
  caption: string;
  head: [string, string];
  rows: { key: string; label: React.ReactNode; count: number }[];
  foot?: { label: string; count: number };
}) {
  return (
    <table className="w-full border-collapse text-sm" data-testid={testId}>
      <caption className="pb-1 text-left text-xs text-stone-600">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="py-1 pr-3 font-medium">
            {head[0]}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {head[1]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-stone-100" data-row={r.key}>
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              {r.label}
            </th>
            <td className="py-1 text-right tabular-nums">{formatCount(r.count)}</td>
          </tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr className="font-medium" data-row="total">
            <th scope="row" className="py-1 pr-3 text-left">
              {foot.label}
            </th>
            <td className="py-1 text-right tabular-nums">{formatCount(foot.count)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function Empty({ testId, children }: { testId: string; children: React.ReactNode }) {
  return (
    <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-700" data-testid={testId}>
      {children}
    </p>
  );
}

export default async function DashboardPage() {
  const actor = await requirePageActor();
  // The desk layout sends a signed-out visitor to sign in; the page renders alongside it, so it asks nothing then.
  if (!actor) return null;
  if (!can(actor, "desk.dashboard")) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
        {deniedMessage("desk.dashboard")}
      </p>
    );
  }
  const d = await getDashboard({ actor });
  const published = d.ratings.reduce((sum, r) => sum + r.count, 0);
  const checked = d.weekly.reduce((sum, w) => sum + w.count, 0);
  const lookback = `the last ${DASHBOARD_WEEKS} weeks`;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold">Dashboard</h1>
        <p className="text-sm text-stone-700">Figures as of {formatDateTime(d.asOf)}</p>
        <p className="ml-auto text-sm">
          {/* eslint-disable @next/next/no-html-link-for-pages -- CSV downloads, not pages */}
          Export:{" "}
          <a href="/api/export/claims" className="underline">
            claims (CSV)
          </a>{" "}
          ·{" "}
          <a href="/api/export/verdicts" className="underline">
            verdicts (CSV)
          </a>
          {/* eslint-enable @next/next/no-html-link-for-pages */}
        </p>
      </div>

      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="dashboard-figures">
        {[
          { key: "claims", term: "Claims on the desk", value: formatCount(d.totalClaims) },
          { key: "published", term: "Published verdicts", value: formatCount(published) },
          { key: "checked", term: `Checked in ${lookback}`, value: formatCount(checked) },
          { key: "overdue", term: "Overdue open claims", value: formatCount(d.overdue.total) },
        ].map((f) => (
          <div key={f.key} className="rounded border border-stone-200 bg-white p-3" data-testid={`figure-${f.key}`}>
            <dt className="text-sm text-stone-700">{f.term}</dt>
            <dd className={`text-2xl font-bold tabular-nums ${f.key === "overdue" && d.overdue.total > 0 ? "text-red-800" : ""}`}>{f.value}</dd>
          </div>
        ))}
      </dl>

      <Panel
        id="dashboard-funnel"
        title="Claims by status"
        note={
          <>
            Where every claim stands now, in the order of the life cycle. <span className="font-medium text-blue-800">Blue</span>: on the way to publication;{" "}
            <span className="font-medium text-stone-600">grey</span>: taken off it.
          </>
        }
      >
        {d.totalClaims === 0 ? (
          <Empty testId="funnel-empty">
            No claims yet.{" "}
            <IntentLink href="/desk/articles/new" className="text-blue-800 underline">
              Import an article
            </IntentLink>{" "}
            to start.
          </Empty>
        ) : (
          <ChartAndTable
            chart={
              <DashboardChart
                title="Claims by status"
                rows
                height={300}
                data={d.funnel.map((r) => ({ name: SHORT_STATUS[r.status] ?? r.label, count: r.count, color: r.stage === "pipeline" ? ROAD : OFF_ROAD }))}
              />
            }
            table={
              <NumbersTable
                testId="funnel-table"
                caption="Claims by status"
                head={["Status", "Claims"]}
                rows={d.funnel.map((r) => ({ key: r.status, label: r.label, count: r.count }))}
                foot={{ label: "All claims", count: d.totalClaims }}
              />
            }
          />
        )}
      </Panel>

      <Panel id="dashboard-ratings" title="Published verdicts by rating" note="The current rating of every verdict that is public now, from true to false.">
        {published === 0 ? (
          <Empty testId="ratings-empty">No verdict is published yet.</Empty>
        ) : (
          <ChartAndTable
            chart={
              <DashboardChart
                title="Published verdicts by rating"
                unit="Verdicts"
                rows
                height={280}
                data={d.ratings.map((r) => ({ name: r.label, count: r.count, color: RATING_COLOR[r.rating] }))}
              />
            }
            table={
              <NumbersTable
                testId="ratings-table"
                caption="Published verdicts by rating"
                head={["Rating", "Verdicts"]}
                rows={d.ratings.map((r) => ({ key: r.rating, label: r.label, count: r.count }))}
                foot={{ label: "All published", count: published }}
              />
            }
          />
        )}
      </Panel>

      <Panel
        id="dashboard-weekly"
        title="Claims checked per week"
        note={`Claims by the ISO week (Monday to Sunday, UTC) of their first publication, over ${lookback}; later corrections and retractions do not move them.`}
      >
        {checked === 0 ? (
          <Empty testId="weekly-empty">No claim was first published in {lookback}.</Empty>
        ) : (
          <ChartAndTable
            chart={
              <DashboardChart
                title={`Claims checked per week, ${lookback}`}
                height={300}
                data={d.weekly.map((w) => ({ name: weekStart(w.start), count: w.count }))}
              />
            }
            table={
              <NumbersTable
                testId="weekly-table"
                caption="Claims first published per week"
                head={["Week", "Claims"]}
                rows={d.weekly.map((w) => ({ key: w.week, label: `${w.week} (from ${weekStart(w.start)})`, count: w.count }))}
                foot={{ label: "Total", count: checked }}
              />
            }
          />
        )}
      </Panel>

      <Panel
        id="dashboard-time"
        title="Time to publish"
        note={`Median time from a claim's creation to its first publication, over the claims first published in ${lookback}.`}
      >
        {d.timeToPublish ? (
          <p data-testid="time-to-publish">
            <span className="text-3xl font-bold" data-testid="median-time">
              {formatDuration(d.timeToPublish.medianMs)}
            </span>{" "}
            <span className="text-sm text-stone-700" data-testid="median-basis">
              Based on {plural(d.timeToPublish.claims, "claim", "claims")}.
            </span>
          </p>
        ) : (
          <Empty testId="time-empty">Not enough data: no claim was first published in {lookback}.</Empty>
        )}
      </Panel>

      <Panel
        id="dashboard-overdue"
        title="Overdue per assignee"
        note="Open claims (new, researching, in review, approved or unpublished) whose due date is before today."
      >
        {d.overdue.total === 0 ? (
          <Empty testId="overdue-empty">Nothing is overdue.</Empty>
        ) : (
          <ChartAndTable
            chart={
              <DashboardChart
                title="Overdue claims per assignee"
                rows
                height={Math.max(120, 40 * (d.overdue.byAssignee.length + (d.overdue.unassigned > 0 ? 1 : 0)) + 40)}
                data={[
                  ...d.overdue.byAssignee.map((r) => ({ name: r.name, count: r.count, color: "#991b1b" })),
                  ...(d.overdue.unassigned > 0 ? [{ name: "Unassigned", count: d.overdue.unassigned, color: OFF_ROAD }] : []),
                ]}
              />
            }
            table={
              <NumbersTable
                testId="overdue-table"
                caption="Overdue open claims per assignee"
                head={["Assignee", "Overdue"]}
                rows={[
                  ...d.overdue.byAssignee.map((r) => ({
                    key: r.assigneeId,
                    label: (
                      <IntentLink href={`/desk?assignee=${r.assigneeId}`} className="text-blue-800 underline hover:no-underline">
                        {r.name}
                      </IntentLink>
                    ),
                    count: r.count,
                  })),
                  {
                    key: "unassigned",
                    label: (
                      <IntentLink href="/desk?assignee=none" className="text-blue-800 underline hover:no-underline">
                        Unassigned
                      </IntentLink>
                    ),
                    count: d.overdue.unassigned,
                  },
                ]}
                foot={{ label: "Total", count: d.overdue.total }}
              />
            }
          />
        )}
      </Panel>
    </div>
  );
}
