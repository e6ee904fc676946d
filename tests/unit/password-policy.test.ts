import { describe, expect, it } from "vitest";
import { hashPassword, utf8Length, verifyPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { createUserSchema } from "@/lib/auth/schemas";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo";

const base = { email: "a@example.test", name: "Ada", role: "REVIEWER" };
const passwordErrors = (password: string) => {
  const result = createUserSchema.safeParse({ ...base, password });
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === "password").map((i) => i.message);
};

describe("password length in bytes (bcrypt reads 72)", () => {
  it("counts UTF-8 bytes, not characters", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("🔑")).toBe(4);
  });

  it("accepts exactly 72 bytes and refuses 73, also for multibyte text that is short in characters", () => {
    expect(passwordErrors("a1-" + "x".repeat(69))).toEqual([]);
    expect(passwordErrors("a1-" + "x".repeat(70))[0]).toMatch(/at most 72 bytes/);
    // 38 characters, 74 bytes: a character limit would have let it through.
    const cyrillic = "пароль-" + "ж".repeat(30) + "1";
    expect(cyrillic.length).toBe(38);
    expect(utf8Length(cyrillic)).toBeGreaterThan(72);
    expect(passwordErrors(cyrillic)[0]).toMatch(/at most 72 bytes/);
    expect(passwordErrors("🔑".repeat(18) + "a1")[0]).toMatch(/at most 72 bytes/);
  });

  it("never matches a longer input that shares the first 72 bytes", async () => {
    const stored = "q".repeat(70) + "z1";
    const hash = await hashPassword(stored);
    expect(await verifyPassword(stored, hash)).toBe(true);
    expect(await verifyPassword(stored + "anything", hash)).toBe(false);
    expect(await verifyPassword(stored + "é", hash)).toBe(false);
  }, 20_000);

  it("refuses to hash a password over 72 bytes", async () => {
    await expect(hashPassword("ж".repeat(37))).rejects.toThrow(/72 bytes/);
  });
});

describe("common passwords", () => {
  it.each(["password1234", "Password1234!", "qwertyuiop12", "iloveyou2024", "letmein12345", "1q2w3e4r5t6y", "trustno1trustno1"])(
    "refuses %j",
    async (password) => {
      expect(await weakPasswordReason(password)).toMatch(/too common or too easy to guess/);
    },
    20_000,
  );

  it("refuses a password made of the person's own email or name", async () => {
    expect(await weakPasswordReason("margarethe-2024", ["margarethe@example.test", "Margarethe Example"])).toMatch(/too common/);
  }, 20_000);

  it.each([DEMO_PASSWORD, "correct-horse-42", "matrix-target-pass-1", "éàüöçñøåæœ12", "a-long-passphrase-9"])(
    "accepts %j (demo and test passwords)",
    async (password) => {
      expect(await weakPasswordReason(password)).toBeNull();
    },
    20_000,
  );
});
