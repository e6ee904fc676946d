import { z } from "zod";
import { httpUrl, id, optionalHttpUrl, optionalPastDate, optionalText, requiredText, version } from "../validation";

/** What describes a source: the same fields whether it is added or edited. */
const sourceFields = {
  url: httpUrl("URL"),
  title: requiredText(300, "Title"),
  publisher: optionalText(200, "Publisher"),
  publishedAt: optionalPastDate("Publication date"),
  accessedAt: optionalPastDate("Date accessed"),
  archiveUrl: optionalHttpUrl("Archived copy"),
  reliabilityNote: optionalText(1000, "Reliability note"),
};

/** A source cannot have been read before it was published. */
function accessedAfterPublished(v: { publishedAt?: Date; accessedAt?: Date }, ctx: z.RefinementCtx) {
  // Runs even when a day failed its own check (then it is still the text that was sent): dates only.
  if (v.publishedAt instanceof Date && v.accessedAt instanceof Date && v.accessedAt.getTime() < v.publishedAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["accessedAt"], message: "The day accessed cannot be before the publication date" });
  }
}

export const addSourceSchema = z
  .object({
    claimId: id("Claim"),
    ...sourceFields,
    withheld: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).default(false),
    withheldReason: optionalText(500, "Reason for withholding"),
  })
  .superRefine((v, ctx) => {
    accessedAfterPublished(v, ctx);
    if (v.withheld && !v.withheldReason) {
      ctx.addIssue({ code: "custom", path: ["withheldReason"], message: "Say why the source is withheld; readers see this reason" });
    }
  });
export type AddSourceInput = z.input<typeof addSourceSchema>;

export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
/** The stance as an adjective: "2 supporting, 1 refuting", "added refuting evidence". */
export const STANCE_ADJECTIVE: Record<(typeof STANCES)[number], string> = { SUPPORTS: "supporting", REFUTES: "refuting", CONTEXT: "context" };
export const STANCE_LABEL: Record<(typeof STANCES)[number], string> = {
  SUPPORTS: "Supports",
  REFUTES: "Refutes",
  CONTEXT: "Context",
};

const evidenceFields = {
  sourceId: id("Source"),
  stance: z.enum(STANCES, { error: "Choose whether the source supports, refutes or gives context" }),
  excerpt: requiredText(4000, "Excerpt"),
  note: optionalText(2000, "Note"),
};

export const addEvidenceSchema = z.object({ claimId: id("Claim"), ...evidenceFields });
export type AddEvidenceInput = z.input<typeof addEvidenceSchema>;

/**
 * Edits while research is open. Withholding is not among a source's fields here: it has its own
 * control, an editor's (lib/publishing/mutations.ts).
 */
export const editSourceSchema = z.object({ sourceId: id("Source"), version, ...sourceFields }).superRefine(accessedAfterPublished);
export type EditSourceInput = z.input<typeof editSourceSchema>;

export const removeSourceSchema = z.object({ sourceId: id("Source"), version });
export type RemoveSourceInput = z.input<typeof removeSourceSchema>;

export const editEvidenceSchema = z.object({ evidenceId: id("Evidence"), version, ...evidenceFields });
export type EditEvidenceInput = z.input<typeof editEvidenceSchema>;

export const removeEvidenceSchema = z.object({ evidenceId: id("Evidence"), version });
export type RemoveEvidenceInput = z.input<typeof removeEvidenceSchema>;
