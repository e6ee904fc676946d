import { z } from "zod";
import { CLAIM_ACTIONS } from "./lifecycle";
import { STATUS_ORDER } from "./lifecycle";
import { RATING_VALUES } from "../verdicts/ratings";
import { clearableDate, id, INT_MAX, optionalPastDate, optionalText, pageParam, queryText, requiredText, version } from "../validation";
import { PRIORITIES } from "./assignment";

export const createClaimSchema = z
  .object({
    articleId: id("Article"),
    quote: requiredText(1000, "Quote", 3).describe("The exact text selected in the article"),
    start: z.coerce.number({ error: "Select the claim in the article text" }).int().min(0).max(INT_MAX, "Select the claim in the article text"),
    end: z.coerce.number({ error: "Select the claim in the article text" }).int().min(1).max(INT_MAX, "Select the claim in the article text"),
    claimant: requiredText(200, "Claimant", 2),
    claimantType: z.enum(["PERSON", "ORGANIZATION"], { error: "Choose person or organisation" }),
    claimDate: optionalPastDate("Date the claim was made"),
  })
  .refine((v) => v.end > v.start, { path: ["quote"], message: "Select some text in the article" });
export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const transitionSchema = z
  .object({
    claimId: id("Claim"),
    version,
    action: z.enum(CLAIM_ACTIONS, { error: "Unknown action" }),
    note: optionalText(2000, "Note"),
  })
  .superRefine((v, ctx) => {
    if (v.action === "dismiss" && !v.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the claim is dismissed" });
    }
    if (v.action === "object" && !v.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say what you object to" });
    }
    if (v.action === "sendBack" && !v.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Tell the fact-checker what to change" });
    }
    if (v.action === "unpublish" && !v.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Give the reason readers will see on the retraction notice" });
    }
    if (v.action === "reuse") {
      ctx.addIssue({ code: "custom", path: ["action"], message: "Reusing a verdict goes through the tracked claim, naming the published appearance" });
    }
    if (v.action === "correct") {
      ctx.addIssue({ code: "custom", path: ["action"], message: "Corrections go through the correction form, with the corrected verdict and a note" });
    }
  });
export type TransitionClaimInput = z.input<typeof transitionSchema>;

export const assignSchema = z.object({
  claimId: id("Claim"),
  version,
  assigneeId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  // Editors only. Absent: left as it is (a fact-checker taking a claim); empty: cleared.
  dueDate: clearableDate("Due date"),
  priority: z.enum(PRIORITIES, { error: "Choose a priority" }).optional(),
});
export type AssignClaimInput = z.input<typeof assignSchema>;

export const commentSchema = z.object({
  claimId: id("Claim"),
  body: requiredText(5000, "Comment"),
  // A reply: the comment answered (a reply to a reply joins its thread). Empty means a new thread.
  parentId: z.preprocess((v) => (v === "" || v === null ? undefined : v), id("Comment").optional()),
});
export type AddCommentInput = z.input<typeof commentSchema>;

export const PAGE_SIZE = 20;
export const SORTS = ["updated", "created", "status", "waiting", "due", "priority"] as const;

/** The queue's URL parameters; anything unrecognised falls back to a default instead of failing the page. */
export const queueQuerySchema = z.object({
  status: z.enum(STATUS_ORDER).optional().catch(undefined),
  assignee: queryText(64),
  article: queryText(64),
  rating: z.enum(RATING_VALUES).optional().catch(undefined),
  // "due": published verdicts whose re-check day has come.
  recheck: z.enum(["due"]).optional().catch(undefined),
  // "overdue": open work whose due day has passed.
  due: z.enum(["overdue"]).optional().catch(undefined),
  sort: z.enum(SORTS).default("updated").catch("updated"),
  page: pageParam(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

/** My work lists this many claims a page: a person holding hundreds need not receive them all at once. */
export const MY_WORK_PAGE_SIZE = 50;
/** My work's URL parameter; a page past the end shows the last. */
export const myWorkQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(1_000).default(1).catch(1) });
