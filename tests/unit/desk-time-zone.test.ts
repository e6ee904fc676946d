import { afterEach, describe, expect, it, vi } from "vitest";
import { deskTimeZone, deskToday, latestPastDay } from "@/lib/days";
import { dueState, isAcceptableDueDate } from "@/lib/claims/assignment";
import { isDayDue } from "@/lib/verdicts/days";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 23:30 UTC on 1 June: already 2 June in Paris, still the evening of 1 June in New York.
const LATE = new Date("2026-06-01T23:30:00Z");
// 02:00 UTC on 2 June: 2 June in Paris and in UTC, 22:00 on 1 June in New York.
const EARLY = new Date("2026-06-02T02:00:00Z");

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the desk's time zone (FACTDESK_TIME_ZONE)", () => {
  it("is UTC when unset, the name given otherwise, and refuses a name the runtime does not know", () => {
    expect(deskTimeZone({})).toBe("UTC");
    expect(deskTimeZone({ FACTDESK_TIME_ZONE: "  " })).toBe("UTC");
    expect(deskTimeZone({ FACTDESK_TIME_ZONE: " Europe/Paris " })).toBe("Europe/Paris");
    expect(() => deskTimeZone({ FACTDESK_TIME_ZONE: "Mars/Olympus_Mons" })).toThrow(/FACTDESK_TIME_ZONE is not a time zone .*"Mars\/Olympus_Mons"/);
  });

  it("gives the desk's calendar day at a moment, as that day's UTC midnight", () => {
    expect(deskToday(LATE, "UTC")).toEqual(day("2026-06-01"));
    expect(deskToday(LATE, "Europe/Paris")).toEqual(day("2026-06-02"));
    expect(deskToday(LATE, "America/New_York")).toEqual(day("2026-06-01"));
    expect(deskToday(EARLY, "America/New_York")).toEqual(day("2026-06-01"));
    expect(deskToday(EARLY, "Pacific/Kiritimati")).toEqual(day("2026-06-02"));
    // A year's turn: 1 January in Auckland is still 31 December in UTC.
    expect(deskToday(new Date("2026-12-31T12:00:00Z"), "Pacific/Auckland")).toEqual(day("2027-01-01"));
  });

  it("decides due today and overdue on the desk's day, not UTC's", () => {
    expect(dueState(day("2026-06-02"), LATE, "UTC")).toEqual({ kind: "upcoming", days: 1 });
    expect(dueState(day("2026-06-02"), LATE, "Europe/Paris")).toEqual({ kind: "today" });
    expect(dueState(day("2026-06-01"), EARLY, "UTC")).toEqual({ kind: "overdue", days: 1 });
    expect(dueState(day("2026-06-01"), EARLY, "America/New_York")).toEqual({ kind: "today" });
  });

  it("refuses a due day before the desk's today, and finds a re-check due from the desk's day on", () => {
    expect(isAcceptableDueDate(day("2026-06-01"), null, LATE, "UTC")).toBe(true);
    expect(isAcceptableDueDate(day("2026-06-01"), null, LATE, "Europe/Paris")).toBe(false);
    expect(isAcceptableDueDate(day("2026-06-01"), null, EARLY, "America/New_York")).toBe(true);
    expect(isDayDue(day("2026-06-02"), LATE, "UTC")).toBe(false);
    expect(isDayDue(day("2026-06-02"), LATE, "Europe/Paris")).toBe(true);
  });

  it("reads the setting for the default zone, and lets a day about the past be as late as the desk's today", () => {
    vi.stubEnv("FACTDESK_TIME_ZONE", "Europe/Paris");
    expect(deskToday(LATE)).toEqual(day("2026-06-02"));
    expect(dueState(day("2026-06-02"), LATE)).toEqual({ kind: "today" });
    // The latest day about the past is UTC's tomorrow, which no desk's today passes: Kiritimati (UTC+14) at
    // 11:00 UTC on 1 June is 01:00 on 2 June.
    for (const zone of ["Europe/Paris", "Pacific/Kiritimati", "America/New_York", "UTC"]) {
      for (const now of [LATE, EARLY, new Date("2026-06-01T11:00:00Z")])
        expect(latestPastDay(now).getTime()).toBeGreaterThanOrEqual(deskToday(now, zone).getTime());
    }
    expect(latestPastDay(LATE)).toEqual(day("2026-06-02"));
  });

  it("writes moments in the desk's zone and stored days as they are", async () => {
    vi.stubEnv("FACTDESK_TIME_ZONE", "Europe/Paris");
    const site = await import("@/lib/site");
    expect(site.formatDateTime(new Date("2024-06-20T23:30:00Z"))).toBe("21 Jun 2024, 01:30 CEST");
    expect(site.formatDayOf(new Date("2024-06-20T23:30:00Z"))).toBe("21 June 2024");
    // A due date or a publication day is a calendar day: the same in any zone.
    expect(site.formatDate(day("2024-06-20"))).toBe("20 June 2024");
    expect(site.formatDayOf(null)).toBe("—");
  });

  it("writes moments in UTC when the setting is unset", async () => {
    vi.stubEnv("FACTDESK_TIME_ZONE", "");
    const site = await import("@/lib/site");
    expect(site.formatDateTime(new Date("2024-06-20T23:30:00Z"))).toBe("20 Jun 2024, 23:30 UTC");
    expect(site.formatDayOf(new Date("2024-06-20T23:30:00Z"))).toBe("20 June 2024");
  });
});
