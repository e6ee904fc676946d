import { z } from "zod";
import { RATING_VALUES } from "./ratings";
import { id, requiredText, version } from "../validation";

export const saveVerdictSchema = z.object({
  claimId: id("Claim"),
  /** 0 when the user started a new draft; otherwise the verdict version they saw. */
  version,
  rating: z.enum(RATING_VALUES, { error: "Choose a rating" }),
  summary: requiredText(280, "Summary", 10),
  rationale: requiredText(20000, "Rationale", 20),
});
export type SaveVerdictInput = z.input<typeof saveVerdictSchema>;
