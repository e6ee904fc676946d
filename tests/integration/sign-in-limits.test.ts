import { beforeEach, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { createUser } from "@/lib/auth/users";
import { resetSignInLimits, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const attempt = (email: string, password: string, ip = "203.0.113.7") => authorize({ email, password }, { headers: { "x-forwarded-for": ip } });

beforeEach(() => resetSignInLimits());

describe("sign-in rate limits", () => {
  it("lock an account after repeated failures, with a clear wait, even for the right password", async () => {
    await createUser({ input: { email: "target@example.test", name: "Target", role: "EDITOR", password: "the-right-pass-1" } });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) expect(await attempt("target@example.test", "wrong-pass-123")).toBeNull();
    await expect(attempt("target@example.test", "the-right-pass-1")).rejects.toThrow(/^Too many sign-in attempts\. Try again in \d+ seconds\.$/);
    // Another account from another address is unaffected.
    await createUser({ input: { email: "other@example.test", name: "Other", role: "EDITOR", password: "the-right-pass-2" } });
    expect(await attempt("other@example.test", "the-right-pass-2", "198.51.100.1")).toMatchObject({ email: "other@example.test" });
  });

  it("resets an account's failures after a successful sign-in", async () => {
    await createUser({ input: { email: "reset@example.test", name: "Reset", role: "EDITOR", password: "the-right-pass-3" } });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) await attempt("reset@example.test", "wrong-pass-123");
    expect(await attempt("reset@example.test", "the-right-pass-3")).toMatchObject({ email: "reset@example.test" });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) expect(await attempt("reset@example.test", "wrong-pass-123")).toBeNull();
  });

  it("counts in the database: another instance (fresh limiters, same database) sees the same failures", async () => {
    await createUser({ input: { email: "shared@example.test", name: "Shared", role: "EDITOR", password: "the-right-pass-4" } });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) await attempt("shared@example.test", "wrong-pass-123");
    // What a second server process starts with: no limiter objects of its own yet.
    delete (globalThis as { factdeskSignInLimiters?: unknown }).factdeskSignInLimiters;
    await expect(attempt("shared@example.test", "the-right-pass-4")).rejects.toThrow(/Try again in \d+ seconds/);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "signin-account" } } })).toBeGreaterThan(0);
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await attempt(`nobody${i}@example.test`, "whatever-pass-1", "192.0.2.99");
    await expect(attempt("someone@example.test", "whatever-pass-1", "192.0.2.99")).rejects.toThrow(/Try again in \d+ seconds/);
    expect(await attempt("someone@example.test", "whatever-pass-1", "192.0.2.100")).toBeNull();
  }, 60_000);
});
