import type { ClaimStatus, Rating } from "../generated/prisma/enums";
import { STATUS_LABEL, STATUS_ORDER } from "../claims/lifecycle";
import { OPEN_WORK } from "../claims/assignment";
import { RATINGS } from "../verdicts/ratings";
import { deskDayStart, deskToday } from "../days";

/**
 * Pure aggregation for the editors' dashboard: the database hands over grouped counts and a few
 * dates, these functions put them in the life cycle's order, fill the gaps with zeros and summarise.
 * No database access here, so every rule is unit-tested on its own (tests/unit/dashboard.test.ts).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** The main road of the life cycle; the other statuses are ways off it. */
export const PIPELINE: ClaimStatus[] = ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED"];

export type FunnelRow = { status: ClaimStatus; label: string; count: number; stage: "pipeline" | "off" };

/** Claims by current status, every status present (zero when none), in the life cycle's order: pipeline first. */
export function statusFunnel(groups: { status: ClaimStatus; count: number }[]): FunnelRow[] {
  const counts = new Map(groups.map((g) => [g.status, g.count]));
  const order = [...PIPELINE, ...STATUS_ORDER.filter((s) => !PIPELINE.includes(s))];
  return order.map((status) => ({
    status,
    label: STATUS_LABEL[status],
    count: counts.get(status) ?? 0,
    stage: PIPELINE.includes(status) ? "pipeline" : "off",
  }));
}

export type RatingRow = { rating: Rating; label: string; count: number };

/** Published verdicts by rating, on the desk's scale from true to false, then unverifiable. */
export function ratingCounts(groups: { rating: Rating; count: number }[]): RatingRow[] {
  const counts = new Map(groups.map((g) => [g.rating, g.count]));
  return RATINGS.map((r) => ({ rating: r.value, label: r.label, count: counts.get(r.value) ?? 0 }));
}

/** Monday 00:00 UTC of the ISO week that holds `date`. */
export function isoWeekStart(date: Date): Date {
  const midnight = Math.floor(date.getTime() / DAY) * DAY;
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(midnight - weekday * DAY);
}

/** The ISO 8601 week of `date`, as "2026-W48" (the week-year is the year of the week's Thursday). */
export function isoWeekName(date: Date): string {
  const thursday = new Date(isoWeekStart(date).getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(isoWeekStart(new Date(Date.UTC(year, 0, 4))).getTime() + 3 * DAY);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / WEEK);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const dayName = (day: Date) => day.toISOString().slice(0, 10);

/** The calendar days (each as its UTC midnight) that open the last `weeks` ISO weeks of the desk's calendar, oldest first. */
function weekStartDays(now: Date, weeks: number, zone: string): Date[] {
  const thisWeek = isoWeekStart(deskToday(now, zone)).getTime();
  return Array.from({ length: weeks }, (_, i) => new Date(thisWeek - (weeks - 1 - i) * WEEK));
}

/**
 * The first instant counted by `weeklyCounts`: Monday 00:00, on the desk's clock (FACTDESK_TIME_ZONE; UTC here
 * unless a zone is given), of the oldest of the `weeks` weeks up to this one.
 */
export function weekWindowStart(now: Date, weeks: number, zone = "UTC"): Date {
  return deskDayStart(dayName(weekStartDays(now, weeks, zone)[0]), zone);
}

export type WeekRow = { week: string; start: string; count: number };

/**
 * How many of `dates` fall in each of the last `weeks` ISO weeks of the desk's calendar (this one included), oldest
 * first, weeks without any as zero; dates outside the window are ignored. A week runs from Monday 00:00 to Monday
 * 00:00 on the desk's clock, so a week across a change of clocks is an hour shorter or longer.
 */
export function weeklyCounts(dates: Date[], now: Date, weeks = 12, zone = "UTC"): WeekRow[] {
  const days = weekStartDays(now, weeks, zone);
  // Where each week starts and the last one ends, as instants: thirteen look-ups, none per date.
  const bounds = [...days, new Date(days[days.length - 1].getTime() + WEEK)].map((d) => deskDayStart(dayName(d), zone).getTime());
  const counts = new Array<number>(weeks).fill(0);
  for (const date of dates) {
    const t = date.getTime();
    if (t < bounds[0] || t >= bounds[weeks]) continue;
    let i = weeks - 1;
    while (bounds[i] > t) i--;
    counts[i]++;
  }
  return counts.map((count, i) => ({ week: isoWeekName(days[i]), start: dayName(days[i]), count }));
}

/** The median of `values`, the mean of the two middle ones for an even count; null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export type TimeToPublish = { medianMs: number; claims: number } | null;

/** Median time from a claim's creation to its first publication, and how many claims it rests on. */
export function timeToPublish(claims: { createdAt: Date; publishedAt: Date | null }[]): TimeToPublish {
  const durations = claims.flatMap((c) => (c.publishedAt ? [Math.max(0, c.publishedAt.getTime() - c.createdAt.getTime())] : []));
  const middle = median(durations);
  return middle === null ? null : { medianMs: middle, claims: durations.length };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A duration in words, to the hour once it is a day or more: "2 days 5 hours", "3 hours 10 minutes". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return "under a minute";
  if (ms < HOUR) return plural(Math.round(ms / 60_000), "minute");
  if (ms < DAY) {
    const minutes = Math.round(ms / 60_000);
    const [h, m] = [Math.floor(minutes / 60), minutes % 60];
    return m === 0 ? plural(h, "hour") : `${plural(h, "hour")} ${plural(m, "minute")}`;
  }
  const hours = Math.round(ms / HOUR);
  const [d, h] = [Math.floor(hours / 24), hours % 24];
  return h === 0 ? plural(d, "day") : `${plural(d, "day")} ${plural(h, "hour")}`;
}

export type OverdueRow = { assigneeId: string; name: string; count: number };
export type Overdue = { byAssignee: OverdueRow[]; unassigned: number; total: number };

/**
 * Overdue claims per assignee, most first (then by name), and those nobody holds. `groups` are claims
 * already past their due date, counted per assignee and status; only open work counts (a published,
 * dismissed or covered claim asks nothing of anyone any more).
 */
export function overdueByAssignee(groups: { assigneeId: string | null; status: ClaimStatus; count: number }[], names: Map<string, string>): Overdue {
  const perAssignee = new Map<string, number>();
  let unassigned = 0;
  for (const g of groups) {
    if (!OPEN_WORK.includes(g.status) || g.count <= 0) continue;
    if (g.assigneeId) perAssignee.set(g.assigneeId, (perAssignee.get(g.assigneeId) ?? 0) + g.count);
    else unassigned += g.count;
  }
  const byAssignee = [...perAssignee]
    .map(([assigneeId, count]) => ({ assigneeId, name: names.get(assigneeId) ?? "Unknown member", count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
  return { byAssignee, unassigned, total: unassigned + byAssignee.reduce((sum, r) => sum + r.count, 0) };
}
