import { z } from "zod";
import { httpUrl, id, optionalDate, optionalHttpUrl, optionalText, requiredText } from "../validation";

export const addSourceSchema = z
  .object({
    claimId: id("Claim"),
    url: httpUrl("URL"),
    title: requiredText(300, "Title"),
    publisher: optionalText(200, "Publisher"),
    publishedAt: optionalDate("Publication date"),
    accessedAt: optionalDate("Date accessed"),
    archiveUrl: optionalHttpUrl("Archived copy"),
    reliabilityNote: optionalText(1000, "Reliability note"),
    withheld: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).default(false),
    withheldReason: optionalText(500, "Reason for withholding"),
  })
  .superRefine((v, ctx) => {
    if (v.withheld && !v.withheldReason) {
      ctx.addIssue({ code: "custom", path: ["withheldReason"], message: "Say why the source is withheld; readers see this reason" });
    }
  });
export type AddSourceInput = z.input<typeof addSourceSchema>;

export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const STANCE_LABEL: Record<(typeof STANCES)[number], string> = {
  SUPPORTS: "Supports",
  REFUTES: "Refutes",
  CONTEXT: "Context",
};

export const addEvidenceSchema = z.object({
  claimId: id("Claim"),
  sourceId: id("Source"),
  stance: z.enum(STANCES, { error: "Choose whether the source supports, refutes or gives context" }),
  excerpt: requiredText(4000, "Excerpt"),
  note: optionalText(2000, "Note"),
});
export type AddEvidenceInput = z.input<typeof addEvidenceSchema>;
