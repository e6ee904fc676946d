import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime } from "@/lib/site";

describe("dates as the pages write them (lib/site.ts)", () => {
  it("writes a day in words and a moment with its time zone, in UTC", () => {
    expect(formatDate(new Date("2024-06-20T23:30:00Z"))).toBe("20 June 2024");
    expect(formatDate("2024-01-05")).toBe("5 January 2024");
    expect(formatDateTime(new Date("2024-06-20T23:30:00Z"))).toBe("20 Jun 2024, 23:30 UTC");
    expect(formatDateTime("2026-12-04T09:05:00.000Z")).toBe("4 Dec 2026, 09:05 UTC");
  });

  it("writes a dash for no date or one that is not a date", () => {
    for (const none of [null, undefined, "", "not a date"]) {
      expect(formatDate(none)).toBe("—");
      expect(formatDateTime(none)).toBe("—");
    }
  });
});

describe("counts as the pages write them (lib/site.ts)", () => {
  it("groups thousands and writes small counts as they are", () => {
    expect([0, 1, 999, 1000, 4001, 100000, 1234567].map(formatCount)).toEqual(["0", "1", "999", "1,000", "4,001", "100,000", "1,234,567"]);
  });
});
