import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
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
    const error = catchError(() =>
      parseInput(saveVerdictSchema, { claimId: "c1", version: 0, rating: "NOPE", summary: "short", rationale: "" }),
    );
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
    const schema = z
      .object({ a: z.string(), b: z.string() })
      .refine((v) => v.a === v.b, { message: "The two values must match" });
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
