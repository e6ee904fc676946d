import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError, minutesToWait } from "@/lib/errors";
import { clearablePastDate, INT_MAX, isStorable, latestPastDay, optionalDate, optionalPastDate, parseInput } from "@/lib/validation";
import { saveVerdictSchema } from "@/lib/verdicts/schemas";

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("Expected the function to throw");
}

describe("parseInput", () => {
  it("returns the parsed (transformed) data on success", () => {
    const out = parseInput(saveVerdictSchema, {
      claimId: " c1 ",
      version: "2",
      rating: "FALSE",
      summary: "  The figure is wrong.  ",
      rationale: "The cited report says the opposite of the claim.",
    });
    expect(out).toEqual({
      claimId: "c1",
      version: 2,
      rating: "FALSE",
      summary: "The figure is wrong.",
      rationale: "The cited report says the opposite of the claim.",
    });
  });

  it("throws a VALIDATION DomainError with messages per field", () => {
    const error = catchError(() => parseInput(saveVerdictSchema, { claimId: "c1", version: 0, rating: "NOPE", summary: "short", rationale: "" }));
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect(domainError.code).toBe("VALIDATION");
    expect(domainError.name).toBe("DomainError");
    expect(domainError.message).toBe("Some fields need attention. Nothing was saved.");
    expect(domainError.fieldErrors).toEqual({
      rating: ["Choose a rating"],
      summary: ["Summary must be at least 10 characters"],
      rationale: ["Rationale is required"],
    });
  });

  it("uses the first form-level error as the message", () => {
    const schema = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, { message: "The two values must match" });
    const error = catchError(() => parseInput(schema, { a: "x", b: "y" })) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("The two values must match");
    expect(error.fieldErrors).toEqual({});
  });

  it("rejects non-object input", () => {
    const error = catchError(() => parseInput(saveVerdictSchema, null)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("VALIDATION");
  });
});

describe("what every supported database can store (found by the property tests on PostgreSQL)", () => {
  const verdict = {
    claimId: "c1",
    version: 0,
    rating: "FALSE",
    summary: "The figure is wrong.",
    rationale: "The cited report says the opposite of the claim.",
  };

  it("isStorable refuses NUL characters and lone surrogates, accepts other text", () => {
    expect(isStorable("plain text, “quotes” and emoji 🙂")).toBe(true);
    expect(isStorable("a\u0000b")).toBe(false);
    expect(isStorable("a\uD800b")).toBe(false);
  });

  it("a NUL character in any field is a VALIDATION error on that field, not a server error", () => {
    const error = catchError(() => parseInput(saveVerdictSchema, { ...verdict, rationale: "The cited report\u0000 says the opposite." })) as DomainError;
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.rationale?.[0]).toMatch(/invalid character/);
  });

  it("a version beyond a 4-byte integer is refused", () => {
    const error = catchError(() => parseInput(saveVerdictSchema, { ...verdict, version: INT_MAX + 1 })) as DomainError;
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.version).toBeDefined();
    expect(parseInput(saveVerdictSchema, { ...verdict, version: INT_MAX }).version).toBe(INT_MAX);
  });

  it("year 0000 is not a date; year 0001 is", () => {
    const schema = z.object({ claimDate: optionalDate("Claim date") });
    expect((catchError(() => parseInput(schema, { claimDate: "0000-12-31" })) as DomainError).fieldErrors?.claimDate?.[0]).toMatch(/valid date/);
    expect(parseInput(schema, { claimDate: "0001-01-01" }).claimDate?.toISOString()).toBe("0001-01-01T00:00:00.000Z");
  });
});

describe("minutesToWait", () => {
  it("rounds a wait up to whole minutes, one at least, and says 'minute' for one", () => {
    expect(minutesToWait(0)).toBe("1 minute");
    expect(minutesToWait(59_000)).toBe("1 minute");
    expect(minutesToWait(60_001)).toBe("2 minutes");
    expect(minutesToWait(45 * 60_000)).toBe("45 minutes");
  });
});

describe("days about the past (published, accessed, checked as of)", () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const dayFrom = (offset: number) => iso(new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset)));

  it("end tomorrow in UTC, so that a desk ahead of UTC can give its own today", () => {
    expect(iso(latestPastDay(new Date("2026-12-07T23:59:59Z")))).toBe("2026-12-08");
    expect(iso(latestPastDay(new Date("2026-12-31T00:00:00Z")))).toBe("2027-01-01");
  });

  it("take today, tomorrow and any earlier day, and refuse a later one next to its field", () => {
    for (const schema of [z.object({ day: optionalPastDate("Publication date") }), z.object({ day: clearablePastDate("“Valid as of”") })]) {
      for (const day of [dayFrom(-3650), dayFrom(0), dayFrom(1)]) expect(parseInput(schema, { day }).day?.toISOString().slice(0, 10)).toBe(day);
      for (const day of [dayFrom(2), "2099-05-05"]) {
        const error = catchError(() => parseInput(schema, { day })) as DomainError;
        expect(error.fieldErrors?.day).toEqual([expect.stringMatching(/cannot be in the future$/)]);
      }
      // A day that is no date is told so, once.
      expect((catchError(() => parseInput(schema, { day: "2099-02-30" })) as DomainError).fieldErrors?.day).toEqual([expect.stringMatching(/valid date/)]);
    }
    expect(parseInput(z.object({ day: clearablePastDate("x") }), { day: "" }).day).toBeNull();
  });
});
