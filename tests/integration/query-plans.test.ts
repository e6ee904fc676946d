import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryPlanStats, queryShape } from "@/lib/query-plans";
import { makeClaim, makeUser } from "../support/factories";

// lib/query-plans.ts keeps the query compiler's plans per query shape (text values of `where` and of raw
// parameters taken out) or per exact query text: a kept plan must answer exactly what a fresh one would,
// values computed when the query runs (ids, times) included.
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

  it("answers queries of one shape with their own values, never another's", async () => {
    const [a, b] = [await makeUser("REVIEWER", "Plan A"), await makeUser("REVIEWER", "Plan B")];
    const before = queryPlanStats().shapes;
    for (let i = 0; i < 3; i++) {
      expect((await db.user.findUnique({ where: { id: a.id } }))?.name).toBe("Plan A");
      expect((await db.user.findUnique({ where: { id: b.id } }))?.name).toBe("Plan B");
      expect((await db.user.findMany({ where: { OR: [{ id: a.id }, { email: b.email }] }, orderBy: { name: "asc" } })).map((u) => u.name)).toEqual([
        "Plan A",
        "Plan B",
      ]);
      // A plan that derives from a value ("%Plan A%") is kept per exact text: still each its own answer.
      expect((await db.user.findMany({ where: { name: { contains: "Plan A" }, id: { in: [a.id, b.id] } } })).map((u) => u.id)).toEqual([a.id]);
      expect((await db.user.findMany({ where: { name: { contains: "Plan B" }, id: { in: [a.id, b.id] } } })).map((u) => u.id)).toEqual([b.id]);
      const placeholder = process.env.FACTDESK_TEST_DB === "postgres" ? "$1" : "?";
      const raw = async (id: string) =>
        (await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" AS name FROM "User" WHERE "id" = ${placeholder}`, id))[0].name;
      expect([await raw(a.id), await raw(b.id)]).toEqual(["Plan A", "Plan B"]);
    }
    expect(queryPlanStats().shapes).toBeGreaterThan(before);
  });

  it("never lets a query whose text is a shape stand for that shape", async () => {
    const a = await makeUser("REVIEWER", "Shape Anna");
    const named = (part: string) => db.user.findMany({ where: { name: { contains: part } }, select: { id: true } });
    expect(await named("Shape Anna")).toEqual([{ id: a.id }]);
    // Its text is the shape's ("contains" is kept per exact text, so the shape is marked as not kept).
    await named("\u0000fd0\u0000").catch(() => []); // PostgreSQL refuses a NUL in text: the plan is made first
    expect(await named("Shape Anna")).toEqual([{ id: a.id }]);
  });

  it("takes out only the values that cannot change a plan", () => {
    const shape = (args: object, action = "findMany") => queryShape(JSON.stringify({ modelName: "Claim", action, query: { arguments: args, selection: {} } }));
    const found = shape({
      where: { id: "c1", status: "PUBLISHED", version: 3, assigneeId: null, OR: [{ slug: "s1" }], articleId: { in: ["a1", "a2"] } },
      take: 5,
    });
    expect(found?.values).toEqual(["c1", "s1"]);
    expect(found?.key).toContain('"status":"PUBLISHED"');
    expect(found?.key).toContain('"in":["a1","a2"]');
    expect(shape({ where: { claimant: { equals: "x", mode: "insensitive" } } })?.values).toEqual(["x"]);
    expect(shape({ data: { quote: "no where" } }, "createOne")).toBeNull();
    // A write's plan may compare its filter with its data (an upsert is one statement when they agree).
    expect(shape({ where: { key: "k" }, create: { key: "k" }, update: {} }, "upsertOne")).toBeNull();
    expect(shape({ where: { id: "c1" }, data: { quote: "q" } }, "updateMany")).toBeNull();
    expect(shape({ where: { id: "has\u0000nul" } })).toBeNull();
  });

  it("plans writes as they come, their ids and times their own", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const note = () => db.comment.create({ data: { claimId: claim.id, authorId: reviewer.id, body: "Same words twice" } });
    const first = await note();
    await new Promise((resolve) => setTimeout(resolve, 15));
    const hitsBefore = queryPlanStats().hits;
    const second = await note();
    expect(queryPlanStats().hits).toBe(hitsBefore);
    expect(second.id).not.toBe(first.id);
    expect(second.createdAt.getTime()).toBeGreaterThan(first.createdAt.getTime());

    const rename = () => db.user.update({ where: { id: reviewer.id }, data: { name: "Same name" } });
    const once = await rename();
    await new Promise((resolve) => setTimeout(resolve, 15));
    const twice = await rename();
    expect(twice.updatedAt.getTime()).toBeGreaterThan(once.updatedAt.getTime());
  });
});
