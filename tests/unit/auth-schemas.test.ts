import { describe, expect, it } from "vitest";
import { createUserSchema, signInSchema } from "@/lib/auth/schemas";
import { fieldErrorsOf, parsed, without } from "./helpers";

describe("signInSchema", () => {
  it("accepts credentials and normalises the email", () => {
    expect(parsed(signInSchema, { email: "  Ed.Itor@Example.ORG ", password: "hunter2" })).toEqual({
      email: "ed.itor@example.org",
      password: "hunter2",
    });
  });

  it.each(["email", "password"] as const)("a missing %s is reported on that field only", (field) => {
    const errors = fieldErrorsOf(signInSchema, without({ email: "a@b.org", password: "pw" }, field));
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("asks for an email and a password when blank", () => {
    const errors = fieldErrorsOf(signInSchema, { email: "  ", password: "" });
    expect(errors.email?.[0]).toBe("Enter your email address");
    expect(errors.password).toEqual(["Enter your password"]);
  });

  it("rejects a malformed email", () => {
    expect(fieldErrorsOf(signInSchema, { email: "not-an-email", password: "pw" }).email).toEqual(["Enter a valid email address"]);
  });
});

describe("createUserSchema", () => {
  const validUser = {
    email: " New.User@Example.org ",
    name: "  Nadia Reporter ",
    role: "EDITOR",
    password: "correct-horse-battery",
  };

  it("accepts a valid user", () => {
    expect(parsed(createUserSchema, validUser)).toEqual({
      email: "new.user@example.org",
      name: "Nadia Reporter",
      role: "EDITOR",
      password: "correct-horse-battery",
    });
  });

  it.each(["REVIEWER", "EDITOR", "ADMIN"])("accepts role %s", (role) => {
    expect(parsed(createUserSchema, { ...validUser, role }).role).toBe(role);
  });

  it.each(["GUEST", "admin", ""])("rejects role %j", (role) => {
    expect(fieldErrorsOf(createUserSchema, { ...validUser, role }).role).toEqual(["Role must be REVIEWER, EDITOR or ADMIN"]);
  });

  it.each(["email", "name", "role", "password"] as const)("a missing %s is reported on that field only", (field) => {
    const errors = fieldErrorsOf(createUserSchema, without(validUser, field));
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("rejects a one-letter name", () => {
    expect(fieldErrorsOf(createUserSchema, { ...validUser, name: " N " }).name).toEqual(["Name must be at least 2 characters"]);
  });

  it.each([
    ["abcdefghijk1", "letters + digit, 12 chars"],
    ["Passw0rdPassw0rd", "mixed case + digits"],
    ["only-letters-and-dashes", "letters + symbols"],
    ["ab1234567890", "mostly digits"],
  ])("accepts password %j (%s)", (password) => {
    expect(parsed(createUserSchema, { ...validUser, password }).password).toBe(password);
  });

  it.each([
    ["abcdefghij1", "11 characters"],
    ["a1", "2 characters"],
  ])("rejects password %j as too short (%s)", (password) => {
    expect(fieldErrorsOf(createUserSchema, { ...validUser, password }).password).toContain("Password must be at least 12 characters");
  });

  it.each([
    ["abcdefghijklmnop", "letters only"],
    ["ABCDEFGHIJKLMNOP", "capitals only"],
    ["123456789012", "digits only"],
    ["!!!!????####", "symbols only"],
  ])("rejects password %j (%s) for not mixing", (password) => {
    expect(fieldErrorsOf(createUserSchema, { ...validUser, password }).password).toEqual(["Password must mix letters with digits or symbols"]);
  });

  it("rejects a password over 72 bytes (bcrypt would ignore the rest)", () => {
    expect(fieldErrorsOf(createUserSchema, { ...validUser, password: "a1".repeat(37) }).password).toEqual([
      "Password must be at most 72 bytes (fewer characters with accented or non-Latin letters)",
    ]);
  });
});
