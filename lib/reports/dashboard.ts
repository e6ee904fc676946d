import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { deskToday, OPEN_WORK } from "../claims/assignment";
import { deskTimeZone } from "../days";
import { publishedRatingTally, statusTally } from "../claims/tally";
import {
  overdueByAssignee,
  ratingCounts,
  statusFunnel,
  timeToPublish,
  weeklyCounts,
  weekWindowStart,
  type FunnelRow,
  type Overdue,
  type RatingRow,
  type TimeToPublish,
  type WeekRow,
} from "./dashboard-aggregate";

/** How many ISO weeks the weekly chart and the median look back over, this week included. */
export const DASHBOARD_WEEKS = 12;

export type Dashboard = {
  asOf: Date;
  totalClaims: number;
  funnel: FunnelRow[];
  ratings: RatingRow[];
  weekly: WeekRow[];
  timeToPublish: TimeToPublish;
  overdue: Overdue;
};

/**
 * The editors' dashboard. Every number is a grouped count or a bounded read, so it stays cheap on a
 * large desk, and only portable Prisma queries are used (the same code on SQLite and PostgreSQL):
 * - claims by status and published verdicts by rating: the counts the database keeps (lib/claims/tally.ts);
 * - claims checked per week and the median time to publish: the creation and first-publication times
 *   (`publishedAt`, kept through corrections, retractions and republishing) of the claims first
 *   published in the last DASHBOARD_WEEKS weeks, and nothing else;
 * - overdue: claims due before today, counted per assignee and status (open statuses kept), then
 *   those assignees' names.
 */
export async function getDashboard({ actor, now = new Date() }: { actor: Actor | null | undefined; now?: Date }): Promise<Dashboard> {
  assertCan(actor, "desk.dashboard");
  // The desk's weeks, Monday to Sunday on its clock (FACTDESK_TIME_ZONE).
  const zone = deskTimeZone();
  const since = weekWindowStart(now, DASHBOARD_WEEKS, zone);
  const [statusGroups, ratingGroups, published, overdueGroups] = await Promise.all([
    statusTally(),
    publishedRatingTally(),
    db.claim.findMany({ where: { publishedAt: { gte: since, lte: now } }, select: { createdAt: true, publishedAt: true } }),
    // Filtered on the due date alone, so SQLite walks the (assigneeId, dueDate) index instead of every
    // open claim by status (57 ms → 4 ms at 100,000 claims); open statuses are picked afterwards.
    db.claim.groupBy({ by: ["assigneeId", "status"], where: { dueDate: { lt: deskToday(now) } }, _count: { _all: true } }),
  ]);
  const assigneeIds = [...new Set(overdueGroups.flatMap((g) => (g.assigneeId && OPEN_WORK.includes(g.status) ? [g.assigneeId] : [])))];
  const people = assigneeIds.length ? await db.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, name: true } }) : [];

  const funnel = statusFunnel(statusGroups);
  return {
    asOf: now,
    totalClaims: funnel.reduce((sum, row) => sum + row.count, 0),
    funnel,
    ratings: ratingCounts(ratingGroups),
    weekly: weeklyCounts(
      published.flatMap((c) => (c.publishedAt ? [c.publishedAt] : [])),
      now,
      DASHBOARD_WEEKS,
      zone,
    ),
    timeToPublish: timeToPublish(published),
    overdue: overdueByAssignee(
      overdueGroups.map((g) => ({ assigneeId: g.assigneeId, status: g.status, count: g._count._all })),
      new Map(people.map((p) => [p.id, p.name])),
    ),
  };
}
