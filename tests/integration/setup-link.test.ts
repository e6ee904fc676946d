import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/users";
import { createFirstAdmin, issueSetupToken, SETUP_TOKEN_TTL_MS, setupLinkState } from "@/lib/setup/first-admin";

const PASSWORD = "first-admin-pass-1";
let spentToken = "";
const admin = (token: string, email = "first@example.org") => ({ token, email, name: "First Admin", password: PASSWORD });

// One database for the file, in order: empty desk → first admin → closed.
describe("the one-time setup link", () => {
  it("stores only a hash of the token, with an expiry", async () => {
    const token = (await issueSetupToken())!;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const rows = await db.setupToken.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].expiresAt.getTime() - Date.now()).toBeGreaterThan(SETUP_TOKEN_TTL_MS - 60_000);
  });

  it("keeps only the newest link: an earlier one stops working", async () => {
    const first = (await issueSetupToken())!;
    const second = (await issueSetupToken())!;
    expect(await setupLinkState({ token: first })).toBe("invalid");
    expect(await setupLinkState({ token: second })).toBe("valid");
  });

  it("refuses a wrong token and an expired one, spending nothing", async () => {
    const token = (await issueSetupToken())!;
    expect(await setupLinkState({ token: token.slice(0, -1) + (token.endsWith("A") ? "B" : "A") })).toBe("invalid");
    await expect(createFirstAdmin({ input: admin("not-the-token") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const later = new Date(Date.now() + SETUP_TOKEN_TTL_MS + 1000);
    expect(await setupLinkState({ token, now: later })).toBe("invalid");
    await expect(createFirstAdmin({ input: admin(token), now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createFirstAdmin({ input: { ...admin(token), password: "short" } })).rejects.toMatchObject({ code: "VALIDATION" });
    // The first admin meets the same policy as every account: no common password.
    await expect(createFirstAdmin({ input: { ...admin(token), password: "Password12345" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await db.user.count()).toBe(0);
    expect(await setupLinkState({ token })).toBe("valid");
  });

  it("creates exactly one admin from a valid token, even when two visitors submit at once", async () => {
    const token = (spentToken = (await issueSetupToken())!);
    const results = await Promise.allSettled([
      createFirstAdmin({ input: admin(token, "one@example.org") }),
      createFirstAdmin({ input: admin(token, "two@example.org") }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const users = await db.user.findMany({ select: { email: true, role: true } });
    expect(users).toHaveLength(1);
    expect(users[0].role).toBe("ADMIN");
    expect(await authenticate(users[0].email, PASSWORD)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.create", entityType: "User" } })).toBe(1);
  });

  it("is valid once: the spent token does not work again, even if the account is gone", async () => {
    // Only a test can take the desk back to no accounts: the spent token must still refuse.
    await db.auditEvent.deleteMany({ where: { entityType: "User" } });
    const [user] = await db.user.findMany();
    await db.user.delete({ where: { id: user.id } });
    expect(await setupLinkState({ token: spentToken })).toBe("invalid");
    await expect(createFirstAdmin({ input: admin(spentToken, "again@example.org") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.count()).toBe(0);
    await db.user.create({ data: { email: user.email, name: user.name, role: user.role, passwordHash: "restored" } });
  });

  it("refuses every token once an account exists, and issues none", async () => {
    expect(await db.user.count()).toBeGreaterThan(0);
    expect(await issueSetupToken()).toBeNull();
    expect(await db.setupToken.count()).toBe(0);
    expect(await setupLinkState({ token: "anything" })).toBe("closed");
    await expect(createFirstAdmin({ input: admin("anything", "late@example.org") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
