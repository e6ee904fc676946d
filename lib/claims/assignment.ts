import type { ClaimStatus, Priority } from "../generated/prisma/enums";

/** Pure rules of assignments: priorities, due dates and the order of a person's own work. */
export const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const satisfies readonly Priority[];
export const PRIORITY_LABEL: Record<Priority, string> = { URGENT: "Urgent", HIGH: "High", NORMAL: "Normal", LOW: "Low" };
const PRIORITY_RANK: Record<Priority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };

/** Statuses in which an assigned claim still asks something of its assignee. */
export const OPEN_WORK: ClaimStatus[] = ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "UNPUBLISHED"];

import { DAY, deskToday, startOfDay } from "../days";

export { deskToday, startOfDay };

export type DueState = { kind: "overdue"; days: number } | { kind: "today" } | { kind: "upcoming"; days: number } | null;

/** How a due date stands on the desk's today (FACTDESK_TIME_ZONE): overdue by N days, due today, or due in N days. */
export function dueState(dueDate: Date | null, now: Date, zone?: string): DueState {
  if (!dueDate) return null;
  const days = Math.round((startOfDay(dueDate).getTime() - deskToday(now, zone).getTime()) / DAY);
  if (days < 0) return { kind: "overdue", days: -days };
  if (days === 0) return { kind: "today" };
  return { kind: "upcoming", days };
}

export function describeDue(state: DueState): string {
  if (!state) return "No due date";
  if (state.kind === "today") return "Due today";
  if (state.kind === "overdue") return `Overdue by ${state.days} ${state.days === 1 ? "day" : "days"}`;
  return `Due in ${state.days} ${state.days === 1 ? "day" : "days"}`;
}

type WorkItem = { id?: string; dueDate: Date | null; priority: Priority; updatedAt: Date };

/** "My work": by due date (so overdue first), undated last; then the more urgent; then the longest untouched. */
export function compareWork(a: WorkItem, b: WorkItem): number {
  if (a.dueDate && b.dueDate && a.dueDate.getTime() !== b.dueDate.getTime()) return a.dueDate.getTime() - b.dueDate.getTime();
  if (!a.dueDate !== !b.dueDate) return a.dueDate ? -1 : 1;
  if (a.priority !== b.priority) return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (a.updatedAt.getTime() !== b.updatedAt.getTime()) return a.updatedAt.getTime() - b.updatedAt.getTime();
  // A full tie still has one order, so that pages neither repeat nor skip a claim.
  return a.id === undefined || b.id === undefined ? 0 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A due date may not be set in the past; one already set may stay as it is (an overdue claim is reassigned). */
export function isAcceptableDueDate(dueDate: Date, current: Date | null, now: Date, zone?: string): boolean {
  if (current && current.getTime() === dueDate.getTime()) return true;
  return dueDate.getTime() >= deskToday(now, zone).getTime();
}

/**
 * One page of a list ordered by group first (all URGENT claims, then HIGH, …), as a slice of each group
 * it spans: the database sorts within a group, so the groups' order needs no sortable column (SQLite
 * keeps an enum as text, whose order is alphabetical). `sizes`: each group's row count, in group order.
 */
export function pageAcrossGroups(sizes: number[], skip: number, take: number): { group: number; skip: number; take: number }[] {
  const slices: { group: number; skip: number; take: number }[] = [];
  let start = 0;
  let room = take;
  for (const [group, size] of sizes.entries()) {
    if (room <= 0) break;
    const from = Math.max(skip - start, 0);
    if (from < size) {
      const n = Math.min(size - from, room);
      slices.push({ group, skip: from, take: n });
      room -= n;
    }
    start += size;
  }
  return slices;
}

/**
 * One page of a person's work, already in work order, with what the page says of all of it: how many
 * claims and how many are overdue. A page past the end is the last page.
 */
export function pageOfWork<T extends WorkItem>(items: T[], page: number, pageSize: number, now: Date) {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return {
    items: items.slice((current - 1) * pageSize, current * pageSize),
    total: items.length,
    overdue: items.filter((c) => dueState(c.dueDate, now)?.kind === "overdue").length,
    page: current,
    pageCount,
  };
}
