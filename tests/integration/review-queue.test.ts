import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listQueue } from "@/lib/claims/queries";
import { queueQuerySchema } from "@/lib/claims/schemas";
import { claimInReview, makeClaim, makeUser } from "../support/factories";

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

  it("falls back to the default order for an unknown sort", () => {
    expect(queueQuerySchema.parse({ sort: "waiting" }).sort).toBe("waiting");
    expect(queueQuerySchema.parse({ sort: "due" }).sort).toBe("due");
    expect(queueQuerySchema.parse({ sort: "submitted; DROP TABLE" }).sort).toBe("updated");
  });
});
