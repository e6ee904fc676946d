import { z } from "zod";
import { RATING_VALUES } from "./ratings";
import { clearableDate, clearablePastDate, id, requiredText, version } from "../validation";

/** Both days set: the re-check comes after the day the facts were checked. */
function recheckAfterValid(v: { validAsOf?: Date | null; recheckOn?: Date | null }, ctx: z.RefinementCtx) {
  // Runs even when a day failed its own check (then it is still the text that was sent): dates only.
  if (v.validAsOf instanceof Date && v.recheckOn instanceof Date && v.recheckOn.getTime() <= v.validAsOf.getTime()) {
    ctx.addIssue({ code: "custom", path: ["recheckOn"], message: "The re-check day comes after the “valid as of” day" });
  }
}

export const saveVerdictSchema = z
  .object({
    claimId: id("Claim"),
    /** 0 when the user started a new draft; otherwise the verdict version they saw. */
    version,
    rating: z.enum(RATING_VALUES, { error: "Choose a rating" }),
    summary: requiredText(280, "Summary", 10),
    rationale: requiredText(20000, "Rationale", 20),
    // Absent: left as they are; empty: cleared.
    validAsOf: clearablePastDate("“Valid as of”"),
    recheckOn: clearableDate("The re-check day"),
  })
  .superRefine(recheckAfterValid);
export type SaveVerdictInput = z.input<typeof saveVerdictSchema>;

/** A published verdict re-checked: the facts still hold as of a day, and when to look again. */
export const recheckSchema = z
  .object({
    claimId: id("Claim"),
    /** The claim version the editor saw. */
    version,
    validAsOf: clearablePastDate("“Valid as of”"),
    recheckOn: clearableDate("The next re-check day"),
  })
  .superRefine((v, ctx) => {
    if (!v.validAsOf) ctx.addIssue({ code: "custom", path: ["validAsOf"], message: "Give the day the facts were checked again" });
    recheckAfterValid(v, ctx);
  });
export type RecheckInput = z.input<typeof recheckSchema>;
