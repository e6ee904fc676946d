import { afterEach, describe, expect, it, vi } from "vitest";
import { deskDayStart, deskTimeZone, deskToday, latestPastDay } from "@/lib/days";
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
    // The desk's tomorrow: in Paris at 23:30 UTC on 1 June, 3 June; in New York at 02:00 UTC on 2 June, 2 June.
    expect(latestPastDay(LATE)).toEqual(day("2026-06-03"));
    vi.stubEnv("FACTDESK_TIME_ZONE", "America/New_York");
    expect(latestPastDay(EARLY)).toEqual(day("2026-06-02"));
  });

  it("finds the moment a day begins on the desk's clock, across a change of clocks", () => {
    expect(deskDayStart("2024-06-21", "UTC").toISOString()).toBe("2024-06-21T00:00:00.000Z");
    expect(deskDayStart("2024-06-21", "Europe/Paris").toISOString()).toBe("2024-06-20T22:00:00.000Z");
    expect(deskDayStart("2024-01-15", "America/New_York").toISOString()).toBe("2024-01-15T05:00:00.000Z");
    // Paris goes from UTC+1 to UTC+2 at 02:00 on 31 March 2024: that day starts at UTC+1, the next at UTC+2.
    expect(deskDayStart("2024-03-31", "Europe/Paris").toISOString()).toBe("2024-03-30T23:00:00.000Z");
    expect(deskDayStart("2024-04-01", "Europe/Paris").toISOString()).toBe("2024-03-31T22:00:00.000Z");
    expect(deskDayStart("2024-06-21", "Pacific/Kiritimati").toISOString()).toBe("2024-06-20T10:00:00.000Z");
    // The calendar's ends, which the public filter takes (a year below 100 is no year after 1900).
    expect(deskDayStart("0001-01-01", "UTC").toISOString()).toBe("0001-01-01T00:00:00.000Z");
    expect(deskToday(new Date("0001-01-01T12:00:00Z"), "UTC").toISOString()).toBe("0001-01-01T00:00:00.000Z");
    expect(deskDayStart("9999-12-31", "Europe/Paris").toISOString()).toBe("9999-12-30T23:00:00.000Z");
    for (const zone of ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"]) {
      const start = deskDayStart("2024-11-03", zone);
      expect(deskToday(start, zone)).toEqual(day("2024-11-03"));
      expect(deskToday(new Date(start.getTime() - 1), zone)).toEqual(day("2024-11-02"));
    }
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
