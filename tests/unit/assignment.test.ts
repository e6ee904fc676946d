import { describe, expect, it } from "vitest";
import { compareWork, describeDue, dueState, isAcceptableDueDate, pageAcrossGroups, pageOfWork, startOfDay } from "@/lib/claims/assignment";
import fc from "fast-check";
import { assignSchema } from "@/lib/claims/schemas";

const NOW = new Date("2026-11-29T23:30:00Z");
const day = (iso: string) => new Date(iso + "T00:00:00Z");

describe("due dates", () => {
  it("say how a due day stands today, whatever the hour", () => {
    expect(dueState(null, NOW)).toBeNull();
    expect(dueState(day("2026-11-29"), NOW)).toEqual({ kind: "today" });
    expect(dueState(day("2026-11-28"), NOW)).toEqual({ kind: "overdue", days: 1 });
    expect(dueState(day("2026-11-19"), NOW)).toEqual({ kind: "overdue", days: 10 });
    expect(dueState(day("2026-11-30"), NOW)).toEqual({ kind: "upcoming", days: 1 });
    expect(dueState(day("2026-11-30"), new Date("2026-11-30T00:00:00Z"))).toEqual({ kind: "today" });
    expect(describeDue(dueState(day("2026-11-28"), NOW))).toBe("Overdue by 1 day");
    expect(describeDue(dueState(day("2026-12-02"), NOW))).toBe("Due in 3 days");
    expect(describeDue(null)).toBe("No due date");
    expect(startOfDay(NOW).toISOString()).toBe("2026-11-29T00:00:00.000Z");
  });

  it("may not be set in the past, but one already set may stay", () => {
    expect(isAcceptableDueDate(day("2026-11-29"), null, NOW)).toBe(true);
    expect(isAcceptableDueDate(day("2026-11-28"), null, NOW)).toBe(false);
    expect(isAcceptableDueDate(day("2026-11-28"), day("2026-11-28"), NOW)).toBe(true);
    expect(isAcceptableDueDate(day("2026-11-27"), day("2026-11-28"), NOW)).toBe(false);
  });
});

describe("the order of my work", () => {
  const item = (due: string | null, priority: "LOW" | "NORMAL" | "HIGH" | "URGENT", updated = "2026-11-01") => ({
    dueDate: due ? day(due) : null,
    priority,
    updatedAt: day(updated),
    label: `${due ?? "none"}/${priority}/${updated}`,
  });

  it("is by due date (overdue first), then priority, then the longest untouched; undated last", () => {
    const items = [
      item(null, "URGENT"),
      item("2026-12-05", "LOW"),
      item("2026-11-20", "LOW"),
      item("2026-12-05", "URGENT"),
      item(null, "LOW"),
      item("2026-12-05", "URGENT", "2026-10-01"),
      item(null, "URGENT", "2026-10-01"),
    ];
    expect(items.sort(compareWork).map((i) => i.label)).toEqual([
      "2026-11-20/LOW/2026-11-01",
      "2026-12-05/URGENT/2026-10-01",
      "2026-12-05/URGENT/2026-11-01",
      "2026-12-05/LOW/2026-11-01",
      "none/URGENT/2026-10-01",
      "none/URGENT/2026-11-01",
      "none/LOW/2026-11-01",
    ]);
  });
});

describe("the assignment form's schedule fields", () => {
  const base = { claimId: "c1", version: "3", assigneeId: "u1" };
  it("tell apart absent (leave as is), empty (clear) and a day", () => {
    expect(assignSchema.parse(base).dueDate).toBeUndefined();
    expect(assignSchema.parse({ ...base, dueDate: "" }).dueDate).toBeNull();
    expect(assignSchema.parse({ ...base, dueDate: " 2026-12-01 " }).dueDate).toEqual(day("2026-12-01"));
    expect(assignSchema.parse({ ...base, priority: "HIGH" }).priority).toBe("HIGH");
  });

  it("refuse impossible days and unknown priorities, each on its own field", () => {
    for (const bad of ["2026-02-30", "0000-01-01", "01/12/2026", "tomorrow"]) {
      const result = assignSchema.safeParse({ ...base, dueDate: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0].path).toEqual(["dueDate"]);
    }
    const result = assignSchema.safeParse({ ...base, priority: "urgent" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["priority"], message: "Choose a priority" });
  });
});

describe("a page of a list ordered by group (the queue's most urgent first)", () => {
  it("takes each group's slice in order, across group borders", () => {
    expect(pageAcrossGroups([3, 0, 5, 2], 0, 4)).toEqual([
      { group: 0, skip: 0, take: 3 },
      { group: 2, skip: 0, take: 1 },
    ]);
    expect(pageAcrossGroups([3, 0, 5, 2], 4, 4)).toEqual([{ group: 2, skip: 1, take: 4 }]);
    expect(pageAcrossGroups([3, 0, 5, 2], 8, 4)).toEqual([{ group: 3, skip: 0, take: 2 }]);
    expect(pageAcrossGroups([3, 0, 5, 2], 10, 4)).toEqual([]);
    expect(pageAcrossGroups([], 0, 20)).toEqual([]);
  });

  it("gives the same rows as slicing the whole list, for any sizes and page", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { maxLength: 5 }), fc.nat(100), fc.integer({ min: 1, max: 25 }), (sizes, skip, take) => {
        const whole = sizes.flatMap((n, g) => Array.from({ length: n }, (_, i) => `${g}:${i}`));
        const paged = pageAcrossGroups(sizes, skip, take).flatMap((s) => Array.from({ length: s.take }, (_, i) => `${s.group}:${s.skip + i}`));
        expect(paged).toEqual(whole.slice(skip, skip + take));
      }),
    );
  });
});

describe("pageOfWork", () => {
  const now = new Date("2026-12-04T10:00:00Z");
  const item = (i: number, due: string | null) => ({
    id: `c${i}`,
    dueDate: due ? new Date(due + "T00:00:00Z") : null,
    priority: "NORMAL" as const,
    updatedAt: now,
  });
  const items = Array.from({ length: 7 }, (_, i) => item(i, i < 3 ? "2026-12-01" : i < 5 ? "2026-12-09" : null));

  it("gives the page asked for, with the count and the overdue of the whole list", () => {
    const second = pageOfWork(items, 2, 3, now);
    expect(second.items.map((c) => c.id)).toEqual(["c3", "c4", "c5"]);
    expect(second).toMatchObject({ total: 7, overdue: 3, page: 2, pageCount: 3 });
  });

  it("shows the last page for a page past the end, and one empty page for no work", () => {
    expect(pageOfWork(items, 9, 3, now)).toMatchObject({ page: 3, items: [{ id: "c6" }] });
    expect(pageOfWork([], 4, 3, now)).toEqual({ items: [], total: 0, overdue: 0, page: 1, pageCount: 1 });
  });
});
