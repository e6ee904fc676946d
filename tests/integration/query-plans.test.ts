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
    expect(shape({ where: { id: "has\u0000nul" } })).toBeNull();
  });

  it("takes out a write's text values and times, but never an upsert's", () => {
    const shape = (args: object, action: string) => queryShape(JSON.stringify({ modelName: "Claim", action, query: { arguments: args, selection: {} } }));
    expect(shape({ data: { quote: "q", status: "NEW", start: 3, note: null } }, "createOne")?.values).toEqual(["q"]);
    const update = shape(
      {
        where: { id: "c1", version: 2 },
        data: { status: "RESEARCHING", updatedAt: { $type: "DateTime", value: "2026-12-06T09:00:00.000Z" }, version: { increment: 1 } },
      },
      "updateMany",
    );
    expect(update?.values).toEqual(["c1", "2026-12-06T09:00:00.000Z"]);
    expect(update?.key).toContain('"updatedAt":{"$type":"DateTime","value":"1000-01-01T00:00:00.001Z"}');
    expect(update?.key).toContain('"status":"RESEARCHING"');
    // Equal values share a marker (a plan may depend on two values being equal).
    const connecting = shape({ data: { quote: "q", covering: { connect: [{ id: "a" }, { id: "a" }, { id: "b" }] } } }, "createOne");
    expect(connecting?.values).toEqual(["q", "a", "b"]);
    expect(connecting?.key).toContain('"connect":[{"id":"\\u0000fd1\\u0000"},{"id":"\\u0000fd1\\u0000"},{"id":"\\u0000fd2\\u0000"}]');
    // Bulk creates, and writes holding a fraction, make nearly every shape new: planned as they come.
    expect(shape({ data: [{ quote: "a" }, { quote: "b" }] }, "createMany")).toBeNull();
    expect(shape({ data: { quote: "q", score: 0.73 } }, "createOne")).toBeNull();
    // Typed values other than times stay in the shape.
    expect(shape({ data: { note: { $type: "Json", value: "{}" } } }, "createOne")).toBeNull();
    // A write's plan may compare its filter with its data (an upsert is one statement when they agree).
    expect(shape({ where: { key: "k" }, create: { key: "k" }, update: {} }, "upsertOne")).toBeNull();
    expect(shape({ data: { article: { connectOrCreate: { where: { id: "a" }, create: { id: "a" } } } } }, "createOne")).toBeNull();
    // A query that holds a time marker's day, in any form, has no shape.
    expect(shape({ where: { id: "1000-01-01T00:00:00.000Z" } }, "findMany")).toBeNull();
    expect(shape({ data: { quote: "on 1000-01-01" } }, "createOne")).toBeNull();
  });

  it("plans a write once per shape, each with its own values, ids and times", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const note = (body: string) => db.comment.create({ data: { claimId: claim.id, authorId: reviewer.id, body } });
    const first = await note("First words");
    await new Promise((resolve) => setTimeout(resolve, 15));
    const hitsBefore = queryPlanStats().hits;
    const second = await note("Other words");
    expect(queryPlanStats().hits).toBeGreaterThan(hitsBefore);
    expect(second.id).not.toBe(first.id);
    expect(second.createdAt.getTime()).toBeGreaterThan(first.createdAt.getTime());
    const stored = await db.comment.findMany({ where: { id: { in: [first.id, second.id] } }, orderBy: { createdAt: "asc" } });
    expect(stored.map((c) => c.body)).toEqual(["First words", "Other words"]);

    const rename = (name: string) => db.user.update({ where: { id: reviewer.id }, data: { name } });
    const once = await rename("Same name");
    await new Promise((resolve) => setTimeout(resolve, 15));
    const twice = await rename("Another name");
    expect(twice.updatedAt.getTime()).toBeGreaterThan(once.updatedAt.getTime());
    expect(twice.name).toBe("Another name");

    // Times given in the data: each write stores its own (two claims at one version: numbers stay in the shape).
    const claims = [claim, await makeClaim(reviewer)];
    expect(claims[1].version).toBe(claim.version);
    const times = [new Date("2026-03-01T10:00:00.000Z"), new Date("2026-04-02T11:30:00.250Z")];
    for (const [i, time] of times.entries()) {
      const hits = queryPlanStats().hits;
      const { id, version } = claims[i];
      expect((await db.claim.updateMany({ where: { id, version }, data: { dueDate: time, version: { increment: 1 } } })).count).toBe(1);
      if (i > 0) expect(queryPlanStats().hits).toBeGreaterThan(hits);
    }
    const dated = await db.claim.findMany({ where: { id: { in: claims.map((c) => c.id) } }, select: { id: true, dueDate: true } });
    expect(claims.map((c) => dated.find((s) => s.id === c.id)?.dueDate?.toISOString())).toEqual(times.map((t) => t.toISOString()));
  });

  it("deletes only the rows its own values name", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const [keep, drop] = [
      await db.comment.create({ data: { claimId: claim.id, authorId: reviewer.id, body: "Kept" } }),
      await db.comment.create({ data: { claimId: claim.id, authorId: reviewer.id, body: "Dropped" } }),
    ];
    await db.comment.deleteMany({ where: { id: "no-such-comment" } });
    expect((await db.comment.deleteMany({ where: { id: drop.id } })).count).toBe(1);
    expect((await db.comment.findMany({ where: { claimId: claim.id } })).map((c) => c.id)).toEqual([keep.id]);
  });
});
