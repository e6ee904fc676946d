import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { STALE_MESSAGE } from "@/lib/errors";
import { holdAtVersion, updateAtVersion } from "@/lib/optimistic-lock";
import { makeArticle, makeClaim, makeUser } from "../support/factories";

describe("optimistic locking (lib/optimistic-lock.ts)", () => {
  it("writes at the version read and counts one more version", async () => {
    const claim = await makeClaim(await makeUser("REVIEWER"));
    await db.$transaction((tx) => updateAtVersion(tx, "claim", claim, { priority: "HIGH" }));
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true, priority: true } })).toEqual({
      version: claim.version + 1,
      priority: "HIGH",
    });
  });

  it("refuses a stale version with STALE, naming what changed, and writes nothing", async () => {
    const claim = await makeClaim(await makeUser("REVIEWER"));
    await db.$transaction((tx) => updateAtVersion(tx, "claim", claim, { priority: "HIGH" }));
    // A second writer that read the same version as the first.
    await expect(db.$transaction((tx) => updateAtVersion(tx, "claim", claim, { priority: "LOW" }))).rejects.toMatchObject({
      code: "STALE",
      message: STALE_MESSAGE,
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true, priority: true } })).toEqual({
      version: claim.version + 1,
      priority: "HIGH",
    });

    const article = await makeArticle();
    await expect(
      db.$transaction((tx) => updateAtVersion(tx, "article", { id: article.id, version: article.version + 1 }, { text: "Other." })),
    ).rejects.toMatchObject({
      code: "STALE",
      message: STALE_MESSAGE.replace("this claim", "this article"),
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).text).toBe(article.text);
    await expect(db.$transaction((tx) => updateAtVersion(tx, "verdict", { id: "no-such-verdict", version: 0 }, { summary: "x" }))).rejects.toMatchObject({
      code: "STALE",
      message: STALE_MESSAGE.replace("this claim", "this verdict"),
    });
  });

  it("holds a row at its version without changing it, and refuses a stale one", async () => {
    const article = await makeArticle();
    await db.$transaction((tx) => holdAtVersion(tx, "article", article));
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(article.version);
    await expect(db.$transaction((tx) => holdAtVersion(tx, "article", { id: article.id, version: article.version - 1 }))).rejects.toMatchObject({
      code: "STALE",
    });
  });
});
