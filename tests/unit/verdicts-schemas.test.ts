import { describe, expect, it } from "vitest";
import { recheckSchema, saveVerdictSchema } from "@/lib/verdicts/schemas";
import { fieldErrorsOf, parsed, without } from "./helpers";

const validVerdict = {
  claimId: "c1",
  version: "0",
  rating: "MOSTLY_FALSE",
  summary: "Unemployment fell by a fifth, not by half.",
  rationale: "The official series shows a fall from 5.1% to 4.1% over the period the minister cited.",
};

describe("saveVerdictSchema", () => {
  it("accepts a valid verdict and coerces the version", () => {
    expect(parsed(saveVerdictSchema, validVerdict)).toEqual({ ...validVerdict, version: 0 });
  });

  it.each(["TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"])("accepts rating %s", (rating) => {
    expect(parsed(saveVerdictSchema, { ...validVerdict, rating }).rating).toBe(rating);
  });

  it.each(["PANTS_ON_FIRE", "true", "", "HALF_TRUE"])("rejects rating %j", (rating) => {
    expect(fieldErrorsOf(saveVerdictSchema, { ...validVerdict, rating }).rating).toEqual(["Choose a rating"]);
  });

  it.each(["claimId", "version", "rating", "summary", "rationale"] as const)("a missing %s is reported on that field only", (field) => {
    const errors = fieldErrorsOf(saveVerdictSchema, without(validVerdict, field));
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("rejects a summary under 10 characters (after trimming) and accepts exactly 10", () => {
    expect(fieldErrorsOf(saveVerdictSchema, { ...validVerdict, summary: "  123456789  " }).summary).toEqual(["Summary must be at least 10 characters"]);
    expect(parsed(saveVerdictSchema, { ...validVerdict, summary: " 1234567890 " }).summary).toBe("1234567890");
  });

  it("rejects a summary over 280 characters", () => {
    expect(fieldErrorsOf(saveVerdictSchema, { ...validVerdict, summary: "s".repeat(281) }).summary).toEqual(["Summary must be at most 280 characters"]);
    expect(parsed(saveVerdictSchema, { ...validVerdict, summary: "s".repeat(280) }).summary).toHaveLength(280);
  });

  it("rejects a rationale under 20 characters and accepts exactly 20", () => {
    expect(fieldErrorsOf(saveVerdictSchema, { ...validVerdict, rationale: "r".repeat(19) }).rationale).toEqual(["Rationale must be at least 20 characters"]);
    expect(parsed(saveVerdictSchema, { ...validVerdict, rationale: "r".repeat(20) }).rationale).toHaveLength(20);
  });

  it("rejects negative and non-numeric versions", () => {
    expect(fieldErrorsOf(saveVerdictSchema, { ...validVerdict, version: -1 }).version).toBeDefined();
    expect(fieldErrorsOf(saveVerdictSchema, { ...validVerdict, version: "v2" }).version).toBeDefined();
  });
});

describe("valid-as-of and re-check days", () => {
  const base = { claimId: "c1", version: 0, rating: "TRUE", summary: "A summary of ten.", rationale: "A rationale long enough to save." };

  it("are optional, cleared by an empty field, and calendar days at UTC midnight", () => {
    const absent = saveVerdictSchema.parse(base);
    expect(absent.validAsOf).toBeUndefined();
    expect(absent.recheckOn).toBeUndefined();
    expect(saveVerdictSchema.parse({ ...base, validAsOf: "", recheckOn: "" })).toMatchObject({ validAsOf: null, recheckOn: null });
    expect(saveVerdictSchema.parse({ ...base, validAsOf: "2026-11-30" }).validAsOf).toEqual(new Date("2026-11-30T00:00:00Z"));
  });

  it("put the re-check after the valid-as-of day", () => {
    for (const recheckOn of ["2026-11-30", "2026-11-01"]) {
      const result = saveVerdictSchema.safeParse({ ...base, validAsOf: "2026-11-30", recheckOn });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["recheckOn"] });
    }
    expect(saveVerdictSchema.safeParse({ ...base, validAsOf: "2026-11-30", recheckOn: "2026-12-01" }).success).toBe(true);
  });

  it("report a malformed day next to its field, without comparing it (a past 500)", () => {
    const result = recheckSchema.safeParse({ claimId: "c1", version: 0, validAsOf: "!", recheckOn: "2026-11-30" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["validAsOf"]);
    expect(saveVerdictSchema.safeParse({ ...base, validAsOf: "2026-11-30", recheckOn: "soon" }).error?.issues.map((i) => i.path[0])).toEqual(["recheckOn"]);
  });

  it('refuse a valid-as-of day in the future (readers would see "checked as of" a day to come); the re-check may be any day', () => {
    for (const schema of [saveVerdictSchema, recheckSchema]) {
      const result = schema.safeParse({ ...base, version: 1, validAsOf: "2099-05-05", recheckOn: "2099-06-01" });
      expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["validAsOf", "“Valid as of” cannot be in the future"]]);
    }
    expect(recheckSchema.safeParse({ claimId: "c1", version: 1, validAsOf: "2026-11-30", recheckOn: "2099-06-01" }).success).toBe(true);
  });

  it("need the day of a re-check", () => {
    const result = recheckSchema.safeParse({ claimId: "c1", version: 3, recheckOn: "2027-01-01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["validAsOf"]);
    expect(recheckSchema.parse({ claimId: "c1", version: 3, validAsOf: "2026-11-30", recheckOn: "" })).toMatchObject({ recheckOn: null });
  });
});
