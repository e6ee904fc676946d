import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/reports/dashboard";
import type { Actor } from "@/lib/auth/roles";
import type { ClaimAction } from "@/lib/claims/lifecycle";
import type { Rating } from "@/lib/generated/prisma/enums";
import { draftVerdict, makeClaim, makeUser, step } from "../support/factories";

// Sunday of ISO week 2026-W48; "today" for due dates is 29 November.
const NOW = new Date("2026-11-29T15:00:00Z");
const DAY = 86_400_000;
const day = (iso: string) => new Date(iso + "T00:00:00Z");

const ROAD: Record<string, ClaimAction[]> = {
  NEW: [],
  RESEARCHING: ["triage"],
  IN_REVIEW: ["triage", "submit"],
  APPROVED: ["triage", "submit", "approve"],
  PUBLISHED: ["triage", "submit", "approve", "publish"],
  UNPUBLISHED: ["triage", "submit", "approve", "publish", "unpublish"],
  DISMISSED: ["dismiss"],
};

type Spec = {
  status: keyof typeof ROAD;
  assignee?: Actor;
  due?: string;
  rating?: Rating;
  /** Created at `published` minus this many days, and first published at `published`. */
  published?: string;
  days?: number;
};

/** A claim walked through the real life cycle to `status`, then given known times, due date and rating. */
async function claimIn(cast: { author: Actor; editor: Actor }, spec: Spec) {
  const claim = await makeClaim(cast.author);
  for (const action of ROAD[spec.status]) {
    if (action === "submit") await draftVerdict(cast.author, claim.id);
    const actor = ["approve", "publish", "unpublish"].includes(action) ? cast.editor : cast.author;
    await step(actor, claim.id, action, action === "dismiss" || action === "unpublish" ? "Dashboard test note" : undefined);
  }
  const published = spec.published ? new Date(spec.published) : undefined;
  await db.claim.update({
    where: { id: claim.id },
    data: {
      assigneeId: spec.assignee?.id ?? null,
      dueDate: spec.due ? day(spec.due) : null,
      ...(published && { publishedAt: published, createdAt: new Date(published.getTime() - (spec.days ?? 0) * DAY) }),
    },
  });
  if (spec.rating) await db.verdict.update({ where: { claimId: claim.id }, data: { rating: spec.rating } });
  return claim;
}

// The tests share this file's database and run in order: the empty desk comes first.
describe("the editors' dashboard", () => {
  it("has nothing to show on an empty desk, and says so with empty numbers", async () => {
    const editor = await makeUser("EDITOR");
    const dashboard = await getDashboard({ actor: editor, now: NOW });
    expect(dashboard.totalClaims).toBe(0);
    expect(dashboard.funnel.every((r) => r.count === 0)).toBe(true);
    expect(dashboard.ratings.every((r) => r.count === 0)).toBe(true);
    expect(dashboard.weekly).toHaveLength(12);
    expect(dashboard.weekly.every((w) => w.count === 0)).toBe(true);
    expect(dashboard.timeToPublish).toBeNull();
    expect(dashboard.overdue).toEqual({ byAssignee: [], unassigned: 0, total: 0 });
  });

  it("counts claims by status, verdicts by rating, weekly publications, the median and overdue work exactly", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const rita = await makeUser("REVIEWER", "Rita Dashboard");
    const ravi = await makeUser("REVIEWER", "Ravi Dashboard");
    const cast = { author, editor };

    // Open work: overdue when due before today, whatever its status, as long as it is open.
    await claimIn(cast, { status: "NEW", assignee: rita, due: "2026-11-20" });
    await claimIn(cast, { status: "NEW", due: "2026-11-25" }); // overdue and unassigned
    await claimIn(cast, { status: "RESEARCHING", assignee: ravi, due: "2026-11-28" });
    await claimIn(cast, { status: "RESEARCHING", assignee: ravi, due: "2026-11-29" }); // due today: not overdue
    await claimIn(cast, { status: "IN_REVIEW", assignee: rita, due: "2026-11-27" });
    await claimIn(cast, { status: "APPROVED", assignee: rita, due: "2026-11-01" });
    // Published in the window: weeks W48 (23–29 Nov) and W46 (9–15 Nov); a past due date no longer counts.
    await claimIn(cast, { status: "PUBLISHED", rating: "MOSTLY_TRUE", published: "2026-11-24T10:00:00Z", days: 1, assignee: rita, due: "2026-11-02" });
    await claimIn(cast, { status: "PUBLISHED", rating: "MOSTLY_TRUE", published: "2026-11-10T10:00:00Z", days: 2 });
    await claimIn(cast, { status: "PUBLISHED", rating: "FALSE", published: "2026-11-11T10:00:00Z", days: 5 });
    // Published before the 12 weeks: in the status and rating counts, not in the weekly chart or the median.
    await claimIn(cast, { status: "PUBLISHED", rating: "TRUE", published: "2026-06-01T10:00:00Z", days: 30 });
    // First published in W48, then retracted: it was checked that week; its verdict is no longer public.
    await claimIn(cast, { status: "UNPUBLISHED", rating: "FALSE", published: "2026-11-25T09:00:00Z", days: 3, assignee: ravi, due: "2026-11-15" });
    await claimIn(cast, { status: "DISMISSED", assignee: ravi, due: "2026-11-10" }); // closed: not overdue

    const dashboard = await getDashboard({ actor: editor, now: NOW });
    expect(dashboard.totalClaims).toBe(12);
    expect(Object.fromEntries(dashboard.funnel.map((r) => [r.status, r.count]))).toEqual({
      NEW: 2,
      RESEARCHING: 2,
      IN_REVIEW: 1,
      APPROVED: 1,
      PUBLISHED: 4,
      UNPUBLISHED: 1,
      DISMISSED: 1,
      COVERED: 0,
    });
    expect(dashboard.funnel.map((r) => r.status)).toEqual(["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED", "DISMISSED", "COVERED"]);
    expect(dashboard.ratings.map((r) => [r.rating, r.count])).toEqual([
      ["TRUE", 1],
      ["MOSTLY_TRUE", 2],
      ["MIXED", 0],
      ["MISLEADING", 0],
      ["MOSTLY_FALSE", 0],
      ["FALSE", 1],
      ["UNVERIFIABLE", 0],
    ]);
    expect(dashboard.weekly.map((w) => w.week)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-W${37 + i}`));
    expect(Object.fromEntries(dashboard.weekly.filter((w) => w.count > 0).map((w) => [w.week, w.count]))).toEqual({ "2026-W46": 2, "2026-W48": 2 });
    expect(dashboard.weekly.at(-1)).toEqual({ week: "2026-W48", start: "2026-11-23", count: 2 });
    // 1, 2, 3 and 5 days: the median of four is halfway between 2 and 3.
    expect(dashboard.timeToPublish).toEqual({ medianMs: 2.5 * DAY, claims: 4 });
    expect(dashboard.overdue).toEqual({
      byAssignee: [
        { assigneeId: rita.id, name: "Rita Dashboard", count: 3 },
        { assigneeId: ravi.id, name: "Ravi Dashboard", count: 2 },
      ],
      unassigned: 1,
      total: 6,
    });

    // An admin sees the same; the next day the claim due today is overdue too.
    const admin = await makeUser("ADMIN");
    const tomorrow = await getDashboard({ actor: admin, now: new Date(NOW.getTime() + DAY) });
    expect(tomorrow.overdue.byAssignee.find((r) => r.assigneeId === ravi.id)?.count).toBe(3);
  });

  it("counts the desk's weeks on its clock (FACTDESK_TIME_ZONE), not UTC's", async () => {
    const author = await makeUser("REVIEWER", "Rita Zone");
    const editor = await makeUser("EDITOR", "Ed Zone");
    // Sunday 29 November, 15:30 UTC: still week 48 in UTC, already Monday 00:30 of week 49 in Tokyo.
    await claimIn({ author, editor }, { status: "PUBLISHED", published: "2026-11-29T15:30:00Z", days: 1 });
    const now = new Date("2026-11-29T16:00:00Z");
    const utc = await getDashboard({ actor: editor, now });
    expect(utc.weekly.at(-1)).toEqual({ week: "2026-W48", start: "2026-11-23", count: 3 });
    try {
      vi.stubEnv("FACTDESK_TIME_ZONE", "Asia/Tokyo");
      const tokyo = await getDashboard({ actor: editor, now });
      expect(tokyo.weekly.map((w) => w.week)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-W${38 + i}`));
      expect(tokyo.weekly.at(-1)).toEqual({ week: "2026-W49", start: "2026-11-30", count: 1 });
      expect(tokyo.weekly.at(-2)).toEqual({ week: "2026-W48", start: "2026-11-23", count: 2 });
    } finally {
      vi.stubEnv("FACTDESK_TIME_ZONE", "");
    }
  });

  it("refuses a fact-checker and a signed-out caller", async () => {
    const reviewer = await makeUser("REVIEWER");
    await expect(getDashboard({ actor: reviewer, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN", message: "Only editors can see the desk dashboard." });
    await expect(getDashboard({ actor: null, now: NOW })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
