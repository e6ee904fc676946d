import { z } from "zod";
import { RATING_VALUES } from "../verdicts/ratings";
import { id, isRealDate, queryText, requiredText, version } from "../validation";

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

/**
 * The public list's filters (/claims?rating=&claimant=&from=&to=), from the URL: anything unrecognised
 * is ignored rather than failing the page. Days are calendar days (UTC), `to` included.
 */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // A real calendar day from the year 1 (not 0000, which PostgreSQL refuses; not 02-30, which Date rolls over).
  .refine(isRealDate)
  .optional()
  .catch(undefined);
export const publicListQuerySchema = z.object({
  rating: z.enum(RATING_VALUES).optional().catch(undefined),
  claimant: queryText(200),
  from: day,
  to: day,
});
export type PublicListQuery = z.infer<typeof publicListQuerySchema>;

/** The public list's days the wrong way round ("from" after "to"): what the reader meant, to offer, or null. */
export function swappedRange(filter: Pick<PublicListQuery, "from" | "to">): { from: string; to: string } | null {
  return filter.from && filter.to && filter.from > filter.to ? { from: filter.to, to: filter.from } : null;
}
