import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statusTally } from "@/lib/claims/tally";
import { loadCorpus } from "@/bench/corpus";
import { makeUser } from "../support/factories";

// The benchmark's corpus (bench/corpus.ts) is loaded in batches, two at a time on PostgreSQL: every batch
// arrives whole, with the counts the triggers keep.
describe("the benchmark corpus", () => {
  it("loads every claim of every batch, with its verdicts and the status counts", async () => {
    await makeUser("REVIEWER");
    await makeUser("EDITOR");
    const before = { claims: await db.claim.count(), tally: (await statusTally()).reduce((n, t) => n + t.count, 0) };
    const loaded = await loadCorpus({ claims: 4_321, batch: 500 });
    expect(loaded.claims).toBe(4_321);
    expect(await db.claim.count()).toBe(before.claims + 4_321);
    expect((await statusTally()).reduce((n, t) => n + t.count, 0)).toBe(before.tally + 4_321);
    const published = await db.claim.count({ where: { status: "PUBLISHED", verdict: { is: null } } });
    expect(published).toBe(0);
  }, 120_000);
});
