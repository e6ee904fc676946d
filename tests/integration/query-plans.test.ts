import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryPlanStats } from "@/lib/query-plans";
import { makeClaim, makeUser } from "../support/factories";

// lib/query-plans.ts keeps the query compiler's plans per query text: a kept plan must answer exactly
// what a fresh one would, values computed when the query runs (ids, times) included.
describe("kept query plans", () => {
  it("answers the same query again from its kept plan, with the rows as they are now", async () => {
    const editor = await makeUser("EDITOR");
    const ask = () => db.user.findUnique({ where: { id: editor.id }, select: { name: true } });
    expect(await ask()).toEqual({ name: editor.name });
    const before = queryPlanStats();
    await db.user.update({ where: { id: editor.id }, data: { name: "Renamed Editor" } });
    expect(await ask()).toEqual({ name: "Renamed Editor" });
    expect(queryPlanStats().hits).toBeGreaterThan(before.hits);
  });

  it("never answers one query with another's plan", async () => {
    const [a, b] = [await makeUser("REVIEWER", "Plan A"), await makeUser("REVIEWER", "Plan B")];
    for (let i = 0; i < 3; i++) {
      expect((await db.user.findUnique({ where: { id: a.id } }))?.name).toBe("Plan A");
      expect((await db.user.findUnique({ where: { id: b.id } }))?.name).toBe("Plan B");
    }
  });

  it("computes defaults and update times when the query runs, not when it was planned", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const note = () => db.comment.create({ data: { claimId: claim.id, authorId: reviewer.id, body: "Same words twice" } });
    const first = await note();
    await new Promise((resolve) => setTimeout(resolve, 15));
    const hitsBefore = queryPlanStats().hits;
    const second = await note();
    expect(queryPlanStats().hits).toBeGreaterThan(hitsBefore);
    expect(second.id).not.toBe(first.id);
    expect(second.createdAt.getTime()).toBeGreaterThan(first.createdAt.getTime());

    const rename = () => db.user.update({ where: { id: reviewer.id }, data: { name: "Same name" } });
    const once = await rename();
    await new Promise((resolve) => setTimeout(resolve, 15));
    const twice = await rename();
    expect(twice.updatedAt.getTime()).toBeGreaterThan(once.updatedAt.getTime());
  });
});
