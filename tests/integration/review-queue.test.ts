import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listQueue } from "@/lib/claims/queries";
import { queueQuerySchema } from "@/lib/claims/schemas";
import { PAGE_SIZE } from "@/lib/claims/schemas";
import { claimInReview, makeClaim, makeUser } from "../support/factories";
import { publishedClaim } from "../support/publishing";

// Issue 15: an editor works through "Waiting for review" longest first, and sees what is due soonest.
describe("the review queue", () => {
  it("lists claims in review by how long they have waited, longest first", async () => {
    const author = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const [first, second, third] = [await claimInReview(author), await claimInReview(author), await claimInReview(author)];
    // Submitted on three days, in another order than they were made.
    const days = { [first.id]: "2026-03-03T09:00:00Z", [second.id]: "2026-03-01T09:00:00Z", [third.id]: "2026-03-02T09:00:00Z" };
    for (const [id, at] of Object.entries(days)) await db.claim.update({ where: { id }, data: { submittedAt: new Date(at) } });
    const queue = await listQueue({ actor: editor, query: queueQuerySchema.parse({ status: "IN_REVIEW", sort: "waiting" }) });
    const mine = queue.items.filter((c) => c.id in days);
    expect(mine.map((c) => c.id)).toEqual([second.id, third.id, first.id]);
    expect(mine[0].submittedAt).toEqual(new Date(days[second.id]));
  });

  it("sorts by due date, soonest first and undated last, and shows each claim's priority", async () => {
    const editor = await makeUser("EDITOR");
    const [late, soon, none] = [await makeClaim(editor), await makeClaim(editor), await makeClaim(editor)];
    await db.claim.update({ where: { id: late.id }, data: { dueDate: new Date("2026-05-20T00:00:00Z"), priority: "URGENT" } });
    await db.claim.update({ where: { id: soon.id }, data: { dueDate: new Date("2026-05-02T00:00:00Z") } });
    const queue = await listQueue({ actor: editor, query: queueQuerySchema.parse({ status: "NEW", sort: "due" }) });
    const ids = queue.items.map((c) => c.id);
    expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(late.id));
    expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(none.id));
    expect(queue.items.find((c) => c.id === late.id)).toMatchObject({ priority: "URGENT", dueDate: new Date("2026-05-20T00:00:00Z") });
  });

  it("sorts most urgent first, then soonest due, across pages, on either database", async () => {
    const editor = await makeUser("EDITOR");
    const owner = await makeUser("REVIEWER");
    // More claims than one page holds, so the order must hold across the page border too.
    const plan = [
      ...Array.from({ length: 9 }, (_, i) => ({ priority: "NORMAL" as const, day: i + 1 })),
      ...Array.from({ length: 6 }, (_, i) => ({ priority: "LOW" as const, day: i + 1 })),
      ...Array.from({ length: 5 }, (_, i) => ({ priority: "HIGH" as const, day: 10 - i })),
      ...Array.from({ length: 4 }, (_, i) => ({ priority: "URGENT" as const, day: i % 2 ? null : 20 - i })),
    ];
    for (const { priority, day } of plan) {
      const claim = await makeClaim(editor);
      await db.claim.update({
        where: { id: claim.id },
        data: { priority, assigneeId: owner.id, dueDate: day === null ? null : new Date(Date.UTC(2027, 0, day)) },
      });
    }
    const read = async (page: number) =>
      (await listQueue({ actor: editor, query: queueQuerySchema.parse({ assignee: owner.id, sort: "priority", page: String(page) }) })).items;
    const [first, second] = [await read(1), await read(2)];
    expect(first).toHaveLength(PAGE_SIZE);
    const rows = [...first, ...second];
    expect(rows).toHaveLength(plan.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(plan.length);
    const rank = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      expect(rank[a.priority]).toBeLessThanOrEqual(rank[b.priority]);
      if (a.priority === b.priority && b.dueDate) expect(a.dueDate!.getTime()).toBeLessThanOrEqual(b.dueDate.getTime());
    }
    expect(rows.slice(0, 4).map((r) => r.dueDate?.getUTCDate() ?? null)).toEqual([18, 20, null, null]);
  });

  it("filters overdue work: open claims whose due day has passed, not finished ones", async () => {
    const editor = await makeUser("EDITOR");
    const owner = await makeUser("REVIEWER");
    const day = 86_400_000;
    const [late, future, undated] = [await makeClaim(editor), await makeClaim(editor), await makeClaim(editor)];
    const { claim: done } = await publishedClaim();
    const due = {
      [late.id]: new Date(Date.now() - 3 * day),
      [future.id]: new Date(Date.now() + 3 * day),
      [undated.id]: null,
      [done.id]: new Date(Date.now() - 3 * day),
    };
    for (const [id, dueDate] of Object.entries(due)) await db.claim.update({ where: { id }, data: { dueDate, assigneeId: owner.id } });
    const queue = await listQueue({ actor: editor, query: queueQuerySchema.parse({ assignee: owner.id, due: "overdue" }) });
    expect(queue.items.map((c) => c.id)).toEqual([late.id]);
    // The status tabs count within the filter.
    expect(queue.counts.NEW).toBe(1);
    expect(queue.counts.PUBLISHED).toBe(0);
    expect(queueQuerySchema.parse({ due: "tomorrow" }).due).toBeUndefined();
  });

  it("falls back to the default order for an unknown sort", () => {
    expect(queueQuerySchema.parse({ sort: "waiting" }).sort).toBe("waiting");
    expect(queueQuerySchema.parse({ sort: "due" }).sort).toBe("due");
    expect(queueQuerySchema.parse({ sort: "priority" }).sort).toBe("priority");
    expect(queueQuerySchema.parse({ sort: "submitted; DROP TABLE" }).sort).toBe("updated");
  });
});
