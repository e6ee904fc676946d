import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, createUser } from "@/lib/auth/users";

describe("accounts and sign-in", () => {
  it("creates an account with a hashed password that never leaves the data layer by default", async () => {
    const user = await createUser({ input: { email: "  Nora@Example.test ", name: "Nora", role: "EDITOR", password: "a-long-passphrase-9" } });
    expect(user.email).toBe("nora@example.test");
    expect(user).not.toHaveProperty("passwordHash");
    const raw = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(raw.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(raw.passwordHash).not.toContain("a-long-passphrase-9");
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.create" } })).toBe(1);
  });

  it("authenticates the right password only, case-insensitively by email", async () => {
    await createUser({ input: { email: "sam@example.test", name: "Sam", role: "REVIEWER", password: "another-passphrase-7" } });
    expect(await authenticate("SAM@example.test", "another-passphrase-7")).toMatchObject({ email: "sam@example.test", role: "REVIEWER" });
    expect(await authenticate("sam@example.test", "wrong-passphrase-7")).toBeNull();
    expect(await authenticate("nobody@example.test", "another-passphrase-7")).toBeNull();
  });

  it("refuses a disabled account", async () => {
    const user = await createUser({ input: { email: "off@example.test", name: "Off", role: "REVIEWER", password: "disabled-passphrase-1" } });
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await authenticate("off@example.test", "disabled-passphrase-1")).toBeNull();
  });

  it("refuses weak passwords and duplicate emails with field errors", async () => {
    await expect(createUser({ input: { email: "weak@example.test", name: "Weak", role: "REVIEWER", password: "short1" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { password: expect.any(Array) },
    });
    await createUser({ input: { email: "dup@example.test", name: "Dup", role: "REVIEWER", password: "duplicate-pass-2" } });
    await expect(createUser({ input: { email: "dup@example.test", name: "Dup 2", role: "REVIEWER", password: "duplicate-pass-2" } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: expect.any(Array) },
    });
  });
});
