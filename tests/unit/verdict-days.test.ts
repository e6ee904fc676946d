import { describe, expect, it } from "vitest";
import { formDay, isDayDue, isRecheckDue } from "@/lib/verdicts/days";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const noonOn = (iso: string) => new Date(`${iso}T12:30:00Z`);

describe("a verdict's days, one rule for the pages and the mutations", () => {
  it("writes a day as a date input holds it, and no day as empty", () => {
    expect(formDay(day("2026-03-07"))).toBe("2026-03-07");
    expect(formDay(null)).toBe("");
    expect(formDay(undefined)).toBe("");
  });

  it("finds a re-check day due from its own day on, not the day before", () => {
    expect(isDayDue(day("2026-03-07"), noonOn("2026-03-06"))).toBe(false);
    expect(isDayDue(day("2026-03-07"), noonOn("2026-03-07"))).toBe(true);
    expect(isDayDue(day("2026-03-07"), new Date("2026-03-07T00:00:00Z"))).toBe(true);
    expect(isDayDue(day("2026-03-07"), noonOn("2026-04-01"))).toBe(true);
    expect(isDayDue(null, noonOn("2026-04-01"))).toBe(false);
  });

  it("calls only a published verdict due for re-checking", () => {
    const recheckOn = day("2026-03-07");
    const now = noonOn("2026-03-08");
    expect(isRecheckDue({ status: "PUBLISHED", recheckOn }, now)).toBe(true);
    for (const status of ["RESEARCHING", "IN_REVIEW", "APPROVED", "UNPUBLISHED", "DISMISSED"] as const) {
      expect(isRecheckDue({ status, recheckOn }, now), status).toBe(false);
    }
    expect(isRecheckDue({ status: "PUBLISHED", recheckOn: null }, now)).toBe(false);
    expect(isRecheckDue({ status: "PUBLISHED", recheckOn }, noonOn("2026-03-06"))).toBe(false);
  });
});
