import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeDemo } from "@/lib/demo/remove";
import { hasData, seedDemo } from "@/prisma/seed-data/seed-demo";

// Its own database file (one per test file): a desk that holds nothing but the demo.
describe("a desk that removed its demo", () => {
  it("is not seeded again at the next start, though no user or article is left", async () => {
    await seedDemo({ password: "test-password-123" });
    await removeDemo();
    expect(await db.user.count()).toBe(0);
    expect(await db.article.count()).toBe(0);
    // The seed runs only when hasData() is false: the demo's public passwords must not come back.
    expect(await hasData()).toBe(true);
  }, 60_000);

  it("a database that never held anything is seeded", async () => {
    await db.auditEvent.deleteMany({});
    expect(await hasData()).toBe(false);
  });
});
