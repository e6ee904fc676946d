import { z } from "zod";
import { httpUrl, id, optionalDate, optionalHttpUrl, optionalText, requiredText } from "../validation";

export const addSourceSchema = z.object({
  claimId: id("Claim"),
  url: httpUrl("URL"),
  title: requiredText(300, "Title"),
  publisher: optionalText(200, "Publisher"),
  publishedAt: optionalDate("Publication date"),
  accessedAt: optionalDate("Date accessed"),
  archiveUrl: optionalHttpUrl("Archived copy"),
  reliabilityNote: optionalText(1000, "Reliability note"),
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
