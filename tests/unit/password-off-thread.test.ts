import { describe, expect, it, vi } from "vitest";

// bcrypt is about 0.3 s of CPU a password. Run on the request thread, each sign-in held every other
// request for that long. It runs in lib/auth/password-worker.mjs's threads: here, on the test's own
// thread, loading bcryptjs fails, so any hash or comparison made on this thread would fail the test.
vi.mock("bcryptjs", () => {
  throw new Error("bcryptjs was loaded on the request thread");
});
// The strength check too: from 0.1 s to 4 s a password, and megabytes of dictionaries.
vi.mock("@zxcvbn-ts/core", () => {
  throw new Error("zxcvbn was loaded on the request thread");
});

const { hashPassword, PASSWORD_QUEUE_LIMIT, verifyPassword } = await import("@/lib/auth/password");
const { isToldSignInError, PASSWORDS_BUSY_MESSAGE } = await import("@/lib/auth/sign-in-messages");
const { toErrorResponse } = await import("@/lib/http/route");

// A thread to start, bcrypt at cost 12 and zxcvbn's dictionaries to load: seconds on a slow machine.
vi.setConfig({ testTimeout: 30_000 });
const { weakPasswordReason } = await import("@/lib/auth/password-policy");

describe("passwords are hashed and compared off the request thread", () => {
  it("hashes at cost 12 and checks the hash, right and wrong", async () => {
    const hash = await hashPassword("correct-horse-42");
    expect(hash).toMatch(/^\$2b\$12\$[./A-Za-z0-9]{53}$/);
    expect(await verifyPassword("correct-horse-42", hash)).toBe(true);
    expect(await verifyPassword("correct-horse-43", hash)).toBe(false);
  });

  it("accepts a hash stored before, at its own cost", async () => {
    // bcryptjs.hashSync("correct-horse-42", 4), made once: stored hashes keep their cost and salt.
    const stored = "$2b$04$JyGjyKdVL9dxNUYChR9kvOiVzh8eTG/h/RiiZsyjL4MhR9JFRG73K";
    expect(await verifyPassword("correct-horse-42", stored)).toBe(true);
    expect(await verifyPassword("Correct-horse-42", stored)).toBe(false);
  });

  it("refuses over 72 bytes before any thread is asked", async () => {
    await expect(hashPassword("ж".repeat(37))).rejects.toThrow(/72 bytes/);
    expect(await verifyPassword("x".repeat(73), "$2b$04$JyGjyKdVL9dxNUYChR9kvOiVzh8eTG/h/RiiZsyjL4MhR9JFRG73K")).toBe(false);
  });
});

describe("the strength check runs off the request thread", () => {
  it("refuses a common password and a near-miss of one; accepts a phrase", async () => {
    expect(await weakPasswordReason("password1234")).toMatch(/too common/);
    expect(await weakPasswordReason("passw0rd1234")).toMatch(/too common/);
    expect(await weakPasswordReason("lantern orbit cabbage 71")).toBeNull();
  });

  it("checks a long password without the near-miss search, and still refuses a long pattern", async () => {
    // 72 characters: with the near-miss search this took 4 s of one thread.
    expect(await weakPasswordReason("1234567890".repeat(7) + "ab")).toMatch(/too common/);
    expect(await weakPasswordReason("violet harbour quietly measures 42 unusual kettles beside the old mill")).toBeNull();
  });
});

describe("a flood of password checks", () => {
  it("waits in a bounded queue: past it a check is refused at once with a message the sign-in form shows", async () => {
    const stored = "$2b$04$JyGjyKdVL9dxNUYChR9kvOiVzh8eTG/h/RiiZsyjL4MhR9JFRG73K";
    const results = await Promise.allSettled(Array.from({ length: PASSWORD_QUEUE_LIMIT + 20 }, () => verifyPassword("correct-horse-42", stored)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "BUSY", message: PASSWORDS_BUSY_MESSAGE });
    // An admin's action or a route that hashes a password tells the person, with 503 and when to retry.
    const answer = toErrorResponse("test", (refused[0] as PromiseRejectedResult).reason);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(await answer.json()).toMatchObject({ code: "BUSY", error: PASSWORDS_BUSY_MESSAGE });
    expect(results.filter((r) => r.status === "fulfilled").every((r) => (r as PromiseFulfilledResult<boolean>).value === true)).toBe(true);
    expect(isToldSignInError(PASSWORDS_BUSY_MESSAGE)).toBe(true);
    expect(isToldSignInError("Too many sign-in attempts. Try again in 60 seconds.")).toBe(true);
    expect(isToldSignInError("CredentialsSignin")).toBe(false);
    // Once the queue has drained, checks go through again.
    expect(await verifyPassword("correct-horse-42", stored)).toBe(true);
  });
});
