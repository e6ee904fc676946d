import { beforeEach, describe, expect, it, vi } from "vitest";

// Count how many attempts actually reach the password check. The subject here is counting attempts,
// not hashing: bcrypt at cost 4 instead of 12 (~290 ms a hash or a check) keeps every check real and the
// file fast. tests/integration/auth.test.ts signs in at cost 12.
const checked = vi.hoisted(() => ({ count: 0, failHashes: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    hashPassword: async (password: string) => {
      if (checked.failHashes > 0) {
        checked.failHashes--;
        throw new Error("The server is busy checking passwords. Try again in a few seconds.");
      }
      return original.hashPassword(password, 4);
    },
    verifyPassword: (password: string, hash: string) => {
      checked.count++;
      return original.verifyPassword(password, hash);
    },
  };
});

import { authOptions } from "@/lib/auth/options";
import { authenticate, createUser } from "@/lib/auth/users";
import { consumeSignInAttempt, resetSignInLimits, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";
import { db } from "@/lib/db";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const attempt = (email: string, password: string, address = "203.0.113.7", extra: Record<string, string> = {}) =>
  authorize({ email, password }, { headers: { ...extra, [CLIENT_ADDRESS_HEADER]: address } });
const THROTTLED = /^Too many sign-in attempts\. Try again in (\d+) seconds\.$/;
const LIMIT = SIGN_IN_LIMITS.consecutivePerAccountAndAddress;

beforeEach(async () => {
  await resetSignInLimits();
  checked.count = 0;
});

describe("an unknown email's sign-in", () => {
  it("spends a check on a stand-in hash, made again after a failure instead of failing every later one", async () => {
    // The stand-in is made at the first unknown email: this file's first use of it.
    checked.failHashes = 1;
    await expect(authenticate("nobody-1@example.test", "some-password-1")).rejects.toThrow(/busy/);
    const before = checked.count;
    expect(await authenticate("nobody-2@example.test", "some-password-1")).toBeNull();
    expect(checked.count).toBe(before + 1);
  });
});

describe("sign-in rate limits", () => {
  it("checks at most the limit of sixty parallel wrong guesses; the rest are refused unchecked", async () => {
    await createUser({ input: { email: "flood@example.test", name: "Flood", role: "EDITOR", password: "the-right-pass-5" } });
    checked.count = 0;
    const results = await Promise.allSettled(Array.from({ length: 60 }, () => attempt("flood@example.test", "wrong-pass-123")));
    const refused = results.filter((r) => r.status === "rejected");
    expect(checked.count).toBeLessThanOrEqual(LIMIT);
    expect(results.filter((r) => r.status === "fulfilled" && r.value === null).length).toBe(checked.count);
    expect(refused.length).toBe(60 - checked.count);
    for (const r of refused) expect((r as PromiseRejectedResult).reason.message).toMatch(THROTTLED);
  }, 120_000);

  it("blocks an account at one address after consecutive failures, with the wait in seconds, even for the right password", async () => {
    await createUser({ input: { email: "target@example.test", name: "Target", role: "EDITOR", password: "the-right-pass-1" } });
    for (let i = 0; i < LIMIT; i++) expect(await attempt("target@example.test", "wrong-pass-123")).toBeNull();
    checked.count = 0;
    const error = await attempt("target@example.test", "the-right-pass-1").catch((e: Error) => e);
    expect((error as Error).message).toMatch(THROTTLED);
    const seconds = Number(THROTTLED.exec((error as Error).message)![1]);
    expect(seconds).toBeGreaterThan(SIGN_IN_LIMITS.consecutiveBlockSeconds - 60);
    expect(seconds).toBeLessThanOrEqual(SIGN_IN_LIMITS.consecutiveBlockSeconds);
    expect(checked.count).toBe(0);
  }, 60_000);

  it("a stranger's failures from another address do not lock the owner out", async () => {
    await createUser({ input: { email: "owner@example.test", name: "Owner", role: "EDITOR", password: "the-right-pass-2" } });
    for (let i = 0; i < LIMIT + 3; i++) await attempt("owner@example.test", "wrong-pass-123", "198.51.100.66").catch(() => undefined);
    await expect(attempt("owner@example.test", "wrong-pass-123", "198.51.100.66")).rejects.toThrow(THROTTLED);
    expect(await attempt("owner@example.test", "the-right-pass-2", "192.0.2.10")).toMatchObject({ email: "owner@example.test" });
  }, 60_000);

  it("ignores X-Forwarded-For: only the address the server stamped counts", async () => {
    await createUser({ input: { email: "spoof@example.test", name: "Spoof", role: "EDITOR", password: "the-right-pass-6" } });
    for (let i = 0; i < LIMIT; i++) await attempt("spoof@example.test", "wrong-pass-123", "203.0.113.9", { "x-forwarded-for": `10.0.0.${i}` });
    await expect(attempt("spoof@example.test", "wrong-pass-123", "203.0.113.9", { "x-forwarded-for": "10.9.9.9" })).rejects.toThrow(THROTTLED);
  }, 60_000);

  it("a successful sign-in resets the account-and-address failures", async () => {
    await createUser({ input: { email: "reset@example.test", name: "Reset", role: "EDITOR", password: "the-right-pass-3" } });
    for (let i = 0; i < LIMIT - 1; i++) await attempt("reset@example.test", "wrong-pass-123");
    expect(await attempt("reset@example.test", "the-right-pass-3")).toMatchObject({ email: "reset@example.test" });
    for (let i = 0; i < LIMIT - 1; i++) expect(await attempt("reset@example.test", "wrong-pass-123")).toBeNull();
    expect(await attempt("reset@example.test", "the-right-pass-3")).toMatchObject({ email: "reset@example.test" });
  }, 120_000);

  it("counts in the database: another instance (fresh limiters, same database) sees the same failures", async () => {
    await createUser({ input: { email: "shared@example.test", name: "Shared", role: "EDITOR", password: "the-right-pass-4" } });
    for (let i = 0; i < LIMIT; i++) await attempt("shared@example.test", "wrong-pass-123");
    // What a second server process starts with: no limiter objects of its own yet.
    delete (globalThis as { factdeskSignInLimiters?: unknown }).factdeskSignInLimiters;
    await expect(attempt("shared@example.test", "the-right-pass-4")).rejects.toThrow(THROTTLED);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "signin-consecutive" } } })).toBeGreaterThan(0);
  }, 60_000);

  it("limits one address trying many accounts per day; successes do not use up the address", async () => {
    await createUser({ input: { email: "daily@example.test", name: "Daily", role: "EDITOR", password: "the-right-pass-7" } });
    for (let i = 0; i < 5; i++) expect(await attempt("daily@example.test", "the-right-pass-7", "192.0.2.99")).not.toBeNull();
    // The attempts themselves, without a hundred bcrypt runs: each spends a point as a guess would.
    for (let i = 0; i < SIGN_IN_LIMITS.perAddressPerDay; i++) await consumeSignInAttempt({ email: `nobody${i}@example.test`, address: "192.0.2.99" });
    await expect(attempt("someone@example.test", "whatever-pass-1", "192.0.2.99")).rejects.toThrow(THROTTLED);
    expect(await attempt("someone@example.test", "whatever-pass-1", "192.0.2.100")).toBeNull();
  }, 60_000);

  it("limits an IPv6 /56 and /48 however many /64s they use; another network is not refused", async () => {
    // Each /64 of one /56 (2001:db8:aa:1X00::/56) spends under its own daily limit.
    const in56 = (i: number) => `2001:db8:aa:${(0x1200 + (i % 256)).toString(16)}::${i + 1}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perSitePerDay; i++) await consumeSignInAttempt({ email: `site${i}@example.test`, address: in56(i) });
    await expect(consumeSignInAttempt({ email: "next@example.test", address: "2001:db8:aa:12ff::77" })).rejects.toThrow(THROTTLED);
    // Another /56 of the same /48, and another /48, still sign in.
    await expect(consumeSignInAttempt({ email: "next@example.test", address: "2001:db8:aa:1300::1" })).resolves.toBeUndefined();
    await expect(consumeSignInAttempt({ email: "next@example.test", address: "2001:db8:bb::1" })).resolves.toBeUndefined();
    // The /48: its /56s each under their own limit, together past the network's.
    const in48 = (i: number) => `2001:db8:cc:${((i % 200) * 0x100).toString(16)}::${Math.floor(i / 200) + 1}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perNetworkPerDay; i++) await consumeSignInAttempt({ email: `net${i}@example.test`, address: in48(i) });
    await expect(consumeSignInAttempt({ email: "next@example.test", address: "2001:db8:cc:ff00::9" })).rejects.toThrow(THROTTLED);
    await expect(consumeSignInAttempt({ email: "next@example.test", address: "2001:db8:dd::1" })).resolves.toBeUndefined();
  }, 120_000);

  it("lets no single /64 use up its /56: past its own daily limit it spends no more of the network's", async () => {
    const one64 = "2001:db8:ee:100::1";
    for (let i = 0; i < SIGN_IN_LIMITS.perSitePerDay + 20; i++)
      await consumeSignInAttempt({ email: `one${i}@example.test`, address: one64 }).catch((error: Error) => expect(error.message).toMatch(THROTTLED));
    await expect(consumeSignInAttempt({ email: "again@example.test", address: one64 })).rejects.toThrow(THROTTLED);
    // Its neighbours in the /56 still sign in: it spent only its own hundred of their points.
    await expect(consumeSignInAttempt({ email: "neighbour@example.test", address: "2001:db8:ee:101::1" })).resolves.toBeUndefined();
  }, 120_000);
});
