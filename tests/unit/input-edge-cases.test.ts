import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addSourceSchema } from "@/lib/sources/schemas";
import { saveVerdictSchema } from "@/lib/verdicts/schemas";
import { createUserSchema } from "@/lib/auth/schemas";
import { segmentText } from "@/lib/articles/anchor";

const fieldErrors = (r: { success: boolean; error?: z.ZodError }) => (r.success ? {} : z.flattenError(r.error!).fieldErrors);

describe("edge cases found in review", () => {
  it.each(["2024-02-31", "2023-02-29", "2024-04-31"])("refuses the impossible date %s instead of rolling it over", (date) => {
    const result = addSourceSchema.safeParse({ claimId: "c", url: "https://example.org", title: "T", publishedAt: date });
    expect(fieldErrors(result)).toHaveProperty("publishedAt");
  });

  it("accepts a real leap day", () => {
    const result = addSourceSchema.safeParse({ claimId: "c", url: "https://example.org", title: "T", publishedAt: "2024-02-29" });
    expect(result.success && result.data.publishedAt?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it.each(["", null])("does not read an empty version (%j) as 0, which would mean a new draft", (version) => {
    const result = saveVerdictSchema.safeParse({
      claimId: "c",
      version,
      rating: "TRUE",
      summary: "A summary here.",
      rationale: "A rationale that is long enough.",
    });
    expect(fieldErrors(result)).toHaveProperty("version");
  });

  it("ignores spans that fall outside the text when highlighting", () => {
    const segments = segmentText("0123456789", [
      { id: "ok", start: 2, end: 5 },
      { id: "bad", start: 3, end: 50 },
      { id: "neg", start: -1, end: 4 },
    ]);
    expect(segments.map((s) => [s.text, s.claimIds])).toEqual([
      ["01", []],
      ["234", ["ok"]],
      ["56789", []],
    ]);
  });

  it("does not count white space as the symbol a password needs, and counts accented letters as letters", () => {
    const base = { email: "a@b.test", name: "Ann", role: "REVIEWER" };
    expect(createUserSchema.safeParse({ ...base, password: "passwordpass " }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...base, password: "éàüöçñøåæœ12" }).success).toBe(true);
  });
});
