import { describe, expect, it } from "vitest";
import {
  formatDuration,
  isoWeekName,
  isoWeekStart,
  median,
  overdueByAssignee,
  ratingCounts,
  statusFunnel,
  timeToPublish,
  weeklyCounts,
  weekWindowStart,
} from "@/lib/reports/dashboard-aggregate";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("statusFunnel", () => {
  it("lists every status in the life cycle's order, pipeline first, with zeros for the missing ones", () => {
    const rows = statusFunnel([
      { status: "DISMISSED", count: 2 },
      { status: "PUBLISHED", count: 4 },
      { status: "NEW", count: 7 },
      { status: "IN_REVIEW", count: 1 },
    ]);
    expect(rows.map((r) => [r.status, r.count, r.stage])).toEqual([
      ["NEW", 7, "pipeline"],
      ["RESEARCHING", 0, "pipeline"],
      ["IN_REVIEW", 1, "pipeline"],
      ["APPROVED", 0, "pipeline"],
      ["PUBLISHED", 4, "pipeline"],
      ["UNPUBLISHED", 0, "off"],
      ["DISMISSED", 2, "off"],
      ["COVERED", 0, "off"],
    ]);
    expect(rows[2].label).toBe("In review");
  });

  it("is all zeros for an empty desk", () => {
    expect(statusFunnel([]).every((r) => r.count === 0)).toBe(true);
    expect(statusFunnel([])).toHaveLength(8);
  });
});

describe("ratingCounts", () => {
  it("follows the rating scale from true to false, then unverifiable, zero-filled", () => {
    const rows = ratingCounts([
      { rating: "FALSE", count: 3 },
      { rating: "TRUE", count: 1 },
      { rating: "UNVERIFIABLE", count: 2 },
    ]);
    expect(rows.map((r) => `${r.label}:${r.count}`)).toEqual([
      "True:1",
      "Mostly true:0",
      "Mixed:0",
      "Misleading:0",
      "Mostly false:0",
      "False:3",
      "Unverifiable:2",
    ]);
  });
});

describe("ISO weeks", () => {
  it("starts a week on Monday, UTC", () => {
    expect(isoWeekStart(at("2026-11-29T23:59:59Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z"); // a Sunday
    expect(isoWeekStart(at("2026-11-30T00:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z"); // a Monday
    expect(isoWeekStart(at("2026-12-02T12:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("names weeks by ISO 8601, including week 53 and weeks that belong to the neighbouring year", () => {
    expect(isoWeekName(at("2026-11-29T12:00:00Z"))).toBe("2026-W48");
    expect(isoWeekName(at("2021-01-03T12:00:00Z"))).toBe("2020-W53"); // a Sunday in 2021, still 2020's last week
    expect(isoWeekName(at("2024-12-30T00:00:00Z"))).toBe("2025-W01"); // a Monday in 2024, already 2025's first week
    expect(isoWeekName(at("2026-01-01T00:00:00Z"))).toBe("2026-W01");
    expect(isoWeekName(at("2027-01-01T00:00:00Z"))).toBe("2026-W53");
  });
});

describe("weeklyCounts", () => {
  const now = at("2026-11-29T15:00:00Z"); // Sunday of 2026-W48

  it("gives the last 12 weeks oldest first, this week included, with empty weeks as zero", () => {
    const rows = weeklyCounts([at("2026-11-23T00:00:00Z"), at("2026-11-29T14:00:00Z"), at("2026-11-22T23:59:59Z"), at("2026-09-07T08:00:00Z")], now);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ week: "2026-W37", start: "2026-09-07", count: 1 });
    expect(rows[11]).toEqual({ week: "2026-W48", start: "2026-11-23", count: 2 });
    expect(rows[10]).toEqual({ week: "2026-W47", start: "2026-11-16", count: 1 });
    expect(rows.slice(1, 10).every((r) => r.count === 0)).toBe(true);
    // Consecutive weeks, a week apart.
    for (let i = 1; i < rows.length; i++) expect(Date.parse(rows[i].start) - Date.parse(rows[i - 1].start)).toBe(7 * DAY);
  });

  it("counts the desk's weeks, Monday to Sunday on its clock (FACTDESK_TIME_ZONE), not UTC's", () => {
    // Monday 30 November, 03:00 UTC is still Sunday 29 November, 22:00, in New York.
    const monday = at("2026-11-30T03:00:00Z");
    const inNewYork = weeklyCounts([at("2026-11-30T04:59:59Z"), at("2026-11-30T05:00:00Z")], monday, 12, "America/New_York");
    expect(inNewYork.at(-1)).toEqual({ week: "2026-W48", start: "2026-11-23", count: 1 });
    // The window opens on Monday 00:00 in New York: 05:00 UTC in winter, 04:00 in summer (7 September).
    expect(weekWindowStart(monday, 12, "America/New_York").toISOString()).toBe("2026-09-07T04:00:00.000Z");
    // The same moment in UTC is already week 49, whose first hours hold the one publication.
    const inUtc = weeklyCounts([at("2026-11-30T04:59:59Z"), at("2026-11-30T05:00:00Z")], monday, 12);
    expect(inUtc.at(-1)).toEqual({ week: "2026-W49", start: "2026-11-30", count: 2 });
    // Tokyo's week began on Sunday 29 November, 15:00 UTC.
    expect(weeklyCounts([at("2026-11-29T14:59:59Z"), at("2026-11-29T15:00:00Z")], monday, 2, "Asia/Tokyo").map((r) => r.count)).toEqual([1, 1]);
  });

  it("ignores dates before the window and after this week", () => {
    const rows = weeklyCounts([at("2026-09-06T23:59:59Z"), at("2026-11-30T00:00:00Z")], now);
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(0);
    expect(weekWindowStart(now, 12).toISOString()).toBe("2026-09-07T00:00:00.000Z");
  });

  it("crosses a year boundary", () => {
    const rows = weeklyCounts([at("2027-01-01T10:00:00Z")], at("2027-01-05T10:00:00Z"), 3);
    expect(rows.map((r) => [r.week, r.count])).toEqual([
      ["2026-W52", 0],
      ["2026-W53", 1],
      ["2027-W01", 0],
    ]);
  });
});

describe("median and time to publish", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([3, 3, 100])).toBe(3);
  });

  it("measures creation to first publication over the published claims only, and says how many", () => {
    const created = at("2026-11-01T00:00:00Z");
    const after = (ms: number) => new Date(created.getTime() + ms);
    const summary = timeToPublish([
      { createdAt: created, publishedAt: after(2 * DAY) },
      { createdAt: created, publishedAt: after(5 * HOUR) },
      { createdAt: created, publishedAt: null },
      { createdAt: created, publishedAt: after(3 * DAY + 6 * HOUR) },
    ]);
    expect(summary).toEqual({ medianMs: 2 * DAY, claims: 3 });
    expect(timeToPublish([{ createdAt: created, publishedAt: null }])).toBeNull();
    expect(timeToPublish([])).toBeNull();
  });

  it("says a duration in days and hours, or hours and minutes under a day", () => {
    expect(formatDuration(2 * DAY + 5 * HOUR + 10 * 60_000)).toBe("2 days 5 hours");
    expect(formatDuration(DAY)).toBe("1 day");
    expect(formatDuration(DAY - 60_000)).toBe("23 hours 59 minutes");
    expect(formatDuration(3 * HOUR)).toBe("3 hours");
    expect(formatDuration(HOUR + 60_000)).toBe("1 hour 1 minute");
    expect(formatDuration(25 * 60_000)).toBe("25 minutes");
    expect(formatDuration(1_500)).toBe("under a minute");
  });
});

describe("overdueByAssignee", () => {
  it("names each assignee, most overdue first, and counts the unassigned apart, open work only", () => {
    const names = new Map([
      ["u1", "Rita Reviewer"],
      ["u2", "Ravi Reviewer"],
      ["u3", "Ada Admin"],
    ]);
    const overdue = overdueByAssignee(
      [
        { assigneeId: "u1", status: "NEW", count: 1 },
        { assigneeId: null, status: "NEW", count: 3 },
        { assigneeId: null, status: "UNPUBLISHED", count: 1 },
        { assigneeId: "u2", status: "RESEARCHING", count: 2 },
        { assigneeId: "u2", status: "APPROVED", count: 1 },
        { assigneeId: "u3", status: "IN_REVIEW", count: 1 },
        // Closed: past their due date, but nothing is asked of anyone.
        { assigneeId: "u1", status: "PUBLISHED", count: 5 },
        { assigneeId: "u3", status: "DISMISSED", count: 2 },
        { assigneeId: null, status: "COVERED", count: 2 },
      ],
      names,
    );
    expect(overdue.byAssignee.map((r) => `${r.name}:${r.count}`)).toEqual(["Ravi Reviewer:3", "Ada Admin:1", "Rita Reviewer:1"]);
    expect(overdue.unassigned).toBe(4);
    expect(overdue.total).toBe(9);
  });

  it("leaves out an assignee whose overdue claims are all closed", () => {
    const overdue = overdueByAssignee([{ assigneeId: "u1", status: "PUBLISHED", count: 2 }], new Map([["u1", "Rita Reviewer"]]));
    expect(overdue).toEqual({ byAssignee: [], unassigned: 0, total: 0 });
  });

  it("is empty when nothing is overdue", () => {
    expect(overdueByAssignee([], new Map())).toEqual({ byAssignee: [], unassigned: 0, total: 0 });
  });
});
