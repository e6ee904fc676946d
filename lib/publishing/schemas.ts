import { z } from "zod";
import { RATING_VALUES } from "../verdicts/ratings";
import { id, requiredText, version } from "../validation";

export const correctVerdictSchema = z.object({
  claimId: id("Claim"),
  /** The claim version the editor saw. */
  version,
  rating: z.enum(RATING_VALUES, { error: "Choose a rating" }),
  summary: requiredText(280, "Summary", 10),
  rationale: requiredText(20000, "Rationale", 20),
  note: requiredText(1000, "Correction note", 10).describe("Shown to readers: what was corrected and why"),
});
export type CorrectVerdictInput = z.input<typeof correctVerdictSchema>;

export const withholdSourceSchema = z
  .object({
    sourceId: id("Source"),
    withheld: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
    reason: z
      .string()
      .trim()
      .max(500, "Reason must be at most 500 characters")
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((v, ctx) => {
    if (v.withheld && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why the source is withheld; readers see this reason" });
  });
export type WithholdSourceInput = z.input<typeof withholdSourceSchema>;
