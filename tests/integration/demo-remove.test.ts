import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { authenticate } from "@/lib/auth/users";
import { findActiveActor } from "@/lib/auth/users";
import { countUsableDemoAccounts } from "@/lib/demo/accounts";
import { removeDemo } from "@/lib/demo/remove";
import { createClaim } from "@/lib/claims/mutations";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { makeClaim, makeUser } from "../support/factories";

const PASSWORD = "test-password-123";
let demo: Awaited<ReturnType<typeof seedDemo>>;
let realReviewer: Actor;

/** Everything that is not the demo: it must come out of the removal exactly as it went in. */
async function nonDemo(demoUserIds: string[]) {
  const notDemoUser = { notIn: demoUserIds };
  return {
    users: await db.user.findMany({ where: { id: notDemoUser }, orderBy: { id: "asc" } }),
    articles: await db.article.findMany({ where: { isDemo: false }, orderBy: { id: "asc" } }),
    claims: await db.claim.findMany({ where: { isDemo: false, article: { isDemo: false } }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.findMany({
      where: {
        OR: [{ claim: { is: { isDemo: false, article: { isDemo: false } } } }, { claimId: null, entityType: "User", entityId: notDemoUser }],
      },
      orderBy: { id: "asc" },
    }),
  };
}

beforeAll(async () => {
  demo = await seedDemo({ password: PASSWORD });
  realReviewer = await makeUser("REVIEWER");
  await makeClaim(realReviewer);
}, 60_000);

describe("the admins' demo warning", () => {
  it("counts the demo accounts that can sign in, for admins only", async () => {
    expect(await countUsableDemoAccounts({ actor: demo.actors.admin })).toBe(4);
    await expect(countUsableDemoAccounts({ actor: demo.actors.editor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(countUsableDemoAccounts({ actor: realReviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(countUsableDemoAccounts({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("npm run demo:remove", () => {
  it("refuses while nobody outside the demo could administer the desk, changing nothing", async () => {
    const before = await db.user.count({ where: { disabled: false } });
    await expect(removeDemo()).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.user.count({ where: { disabled: false } })).toBe(before);
    expect(await db.article.count({ where: { isDemo: true } })).toBe(1);
  });

  it("removes every demo article, claim and account, keeps a demo account that did real work disabled, and touches nothing else", async () => {
    const realAdmin = await makeUser("ADMIN");
    // Someone tried the desk on the demo article: that claim goes with the article.
    const article = await db.article.findFirstOrThrow({ where: { isDemo: true } });
    const quote = article.text.slice(0, 40);
    await createClaim({ actor: realReviewer, input: { articleId: article.id, quote, start: 0, end: 40, claimant: "Practice", claimantType: "PERSON" } });
    // The demo editor did real work: a claim on a real article, which the record must keep naming.
    const realWork = await makeClaim(demo.actors.editor, "Unemployment fell to 4.1% last year");
    const demoIds = Object.values(demo.actors).map((a) => a.id);
    const before = await nonDemo(demoIds);

    const removed = await removeDemo();
    expect(removed.articles).toBe(1);
    expect(removed.claims).toBeGreaterThan(10);
    expect(removed.publishedSlugs.length).toBeGreaterThan(0);
    expect(removed.usersDisabled).toEqual(["editor@factdesk.test"]);
    expect(removed.usersDeleted.sort()).toEqual(["admin@factdesk.test", "ravi@factdesk.test", "rita@factdesk.test"]);

    expect(await db.article.count({ where: { isDemo: true } })).toBe(0);
    expect(await db.claim.count({ where: { OR: [{ isDemo: true }, { articleId: article.id }] } })).toBe(0);
    expect(await db.user.count({ where: { email: { endsWith: "@factdesk.test" }, disabled: false } })).toBe(0);
    // The kept account can neither sign in with the published password nor use a session it had.
    expect(await authenticate("editor@factdesk.test", PASSWORD)).toBeNull();
    expect(await findActiveActor(demo.actors.editor.id)).toBeNull();
    expect(await db.claim.findUnique({ where: { id: realWork.id }, select: { createdById: true } })).toEqual({ createdById: demo.actors.editor.id });
    expect(await nonDemo(demoIds)).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "demo.remove" } })).toBe(1);
    expect(await countUsableDemoAccounts({ actor: realAdmin })).toBe(0);
  });

  it("is safe to run twice: the second run finds nothing and changes nothing", async () => {
    const counts = async () => ({ users: await db.user.count(), claims: await db.claim.count(), audit: await db.auditEvent.count() });
    const before = await counts();
    const again = await removeDemo();
    expect(again).toEqual({ articles: 0, claims: 0, auditEvents: 0, usersDeleted: [], usersDisabled: [], publishedSlugs: [] });
    expect(await counts()).toEqual(before);
  });
});
