import type { ClaimStatus, Rating } from "../generated/prisma/enums";
import { hasRole, type Actor } from "../auth/roles";
import { approvalsText, type ReviewFacts } from "./review";

/**
 * The claim life cycle (DESIGN.md). This pure function is the only place that decides
 * whether a status may change; mutations call it and nothing else writes `status`.
 */
export const CLAIM_ACTIONS = [
  "triage",
  "dismiss",
  "reopen",
  "submit",
  "approve",
  "object",
  "sendBack",
  "publish",
  "correct",
  "unpublish",
  "rework",
  "reuse",
] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/**
 * What the rules need to know of a claim's verdict (null: none drafted). `writerIds` are everyone who
 * saved its text since it was last published or created, author and last editor included
 * (lib/verdicts/writers.ts loads them): a re-save of someone else's text must not launder authorship.
 */
export type VerdictFacts = { writerIds: string[]; rating?: Rating } | null;

/**
 * What a verdict rests on: how many sources and pieces of evidence the claim has (withheld sources count:
 * they are still there, only not shown). Absent means none are known, so a submission is refused.
 */
export type ResearchFacts = { sources: number; evidence: number };

export type TransitionInput = {
  status: ClaimStatus;
  action: ClaimAction;
  actor: Pick<Actor, "id" | "role">;
  verdict: VerdictFacts;
  /** The review round so far (approval policy); absent means one approval, none given yet. */
  review?: ReviewFacts;
  research?: ResearchFacts;
};

export type TransitionError = {
  code: "FORBIDDEN" | "INVALID_TRANSITION";
  message: string;
};

export type TransitionResult = { ok: true; next: ClaimStatus } | { ok: false; error: TransitionError };

type Rule = {
  from: ClaimStatus;
  to: ClaimStatus;
  editorOnly: boolean;
  label: string;
  /** The step as the end of "Only an editor can …" (editor-only steps). */
  act?: string;
  /** Why the step is an editor's, when "Only an editor can <act>" would not say it. */
  editorOnlyReason?: string;
};

export const TRANSITIONS: Record<ClaimAction, Rule> = {
  triage: { from: "NEW", to: "RESEARCHING", editorOnly: false, label: "Start research" },
  dismiss: { from: "NEW", to: "DISMISSED", editorOnly: false, label: "Dismiss" },
  reopen: { from: "DISMISSED", to: "NEW", editorOnly: true, label: "Reopen", act: "reopen a dismissed claim" },
  submit: { from: "RESEARCHING", to: "IN_REVIEW", editorOnly: false, label: "Submit for review" },
  // Approved once enough editors approved (lib/claims/review.ts); until then the claim stays in review.
  approve: { from: "IN_REVIEW", to: "APPROVED", editorOnly: true, label: "Approve", act: "approve a verdict" },
  object: { from: "IN_REVIEW", to: "IN_REVIEW", editorOnly: true, label: "Object", act: "object to a verdict in review" },
  sendBack: { from: "IN_REVIEW", to: "RESEARCHING", editorOnly: true, label: "Send back", act: "send a claim back to research" },
  publish: { from: "APPROVED", to: "PUBLISHED", editorOnly: true, label: "Publish", act: "publish a verdict" },
  correct: { from: "PUBLISHED", to: "PUBLISHED", editorOnly: true, label: "Correct", act: "correct a published verdict" },
  unpublish: { from: "PUBLISHED", to: "UNPUBLISHED", editorOnly: true, label: "Unpublish", act: "unpublish a verdict" },
  rework: { from: "UNPUBLISHED", to: "RESEARCHING", editorOnly: true, label: "Reopen research", act: "reopen research on an unpublished claim" },
  // A repeat of a claim whose verdict is already published: it is covered by that verdict. The published
  // fact-check then lists one more appearance (page, ClaimReview, API): a change to the public record.
  reuse: {
    from: "NEW",
    to: "COVERED",
    editorOnly: true,
    label: "Reuse the published verdict",
    editorOnlyReason:
      "Only an editor can reuse a published verdict: it adds an appearance to a published fact-check, which changes its public record. Ask an editor to do it.",
  },
};

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  NEW: "New",
  RESEARCHING: "Researching",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
  DISMISSED: "Dismissed",
  COVERED: "Covered by a published verdict",
};

export const STATUS_ORDER: ClaimStatus[] = ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED", "DISMISSED", "COVERED"];

function fail(code: TransitionError["code"], message: string): TransitionResult {
  return { ok: false, error: { code, message } };
}

/** What a submission still lacks ("a source and a piece of evidence"), or null when the verdict may go to review. */
export function missingResearch(verdict: VerdictFacts, research: ResearchFacts | undefined): string | null {
  // "Unverifiable" says the evidence is not there; its rationale (required) says why.
  if (verdict?.rating === "UNVERIFIABLE") return null;
  const missing = [(research?.sources ?? 0) < 1 && "a source", (research?.evidence ?? 0) < 1 && "a piece of evidence"].filter(Boolean);
  return missing.length === 0 ? null : missing.join(" and ");
}

export function transition({ status, action, actor, verdict, review, research }: TransitionInput): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule) return fail("INVALID_TRANSITION", "Unknown action.");
  if (!hasRole(actor, "REVIEWER")) return fail("FORBIDDEN", "Sign in as a desk member to change a claim.");
  if (rule.editorOnly && !hasRole(actor, "EDITOR")) {
    return fail("FORBIDDEN", rule.editorOnlyReason ?? `Only an editor can ${rule.act}.`);
  }
  if (status !== rule.from) {
    return fail(
      "INVALID_TRANSITION",
      `A claim that is ${STATUS_LABEL[status].toLowerCase()} cannot be moved with “${rule.label}”; it must be ${STATUS_LABEL[rule.from].toLowerCase()}.`,
    );
  }
  if ((action === "submit" || action === "approve" || action === "object" || action === "publish" || action === "correct" || action === "reuse") && !verdict) {
    return fail("INVALID_TRANSITION", "Draft a verdict (rating, summary and rationale) before this step.");
  }
  // No verdict without sources: what it rests on is there before an editor reads it.
  const missing = action === "submit" ? missingResearch(verdict, research) : null;
  if (missing) {
    return fail(
      "INVALID_TRANSITION",
      `Add ${missing} before submitting: a verdict rests on its sources. Only a verdict rated Unverifiable goes without, its rationale saying why.`,
    );
  }
  // The two-person rule: whoever wrote any of the text under review does not decide on it.
  if (action === "approve" && verdict?.writerIds.includes(actor.id)) {
    return fail("FORBIDDEN", "You wrote part of this verdict's text in this round, so another editor must approve it (two-person rule).");
  }
  if (action === "object" && verdict?.writerIds.includes(actor.id)) {
    return fail("FORBIDDEN", "You wrote part of this verdict's text in this round: objections come from the other editors (answer them in a comment).");
  }
  if ((action === "approve" || action === "object") && review) {
    // Enough approvals already (the number needed was lowered since): any of the approvers may conclude.
    const concluded = action === "approve" && review.approvals.length >= review.approvalsRequired;
    if (review.approvals.includes(actor.id) && !concluded)
      return fail("INVALID_TRANSITION", `You already approved this verdict in this round (${approvalsText(review)}); another editor decides next.`);
    if (review.objections.includes(actor.id))
      return fail("INVALID_TRANSITION", "You already objected to this verdict in this round; it can be sent back, or approved by other editors.");
  }
  if (action === "approve") {
    const approvals = (review?.approvals.filter((id) => id !== actor.id).length ?? 0) + 1;
    return { ok: true, next: approvals >= (review?.approvalsRequired ?? 1) ? "APPROVED" : "IN_REVIEW" };
  }
  return { ok: true, next: rule.to };
}

/** The actions this actor may take now: what the claim page offers, decided by the same rules. */
export function availableActions(input: Omit<TransitionInput, "action">): ClaimAction[] {
  return CLAIM_ACTIONS.filter((action) => transition({ ...input, action }).ok);
}

/** Steps that belong to the current status but are closed to this actor, with the reason why. */
export function blockedActions(input: Omit<TransitionInput, "action">): { action: ClaimAction; reason: string }[] {
  // Corrections and reuse have their own forms, which explain themselves.
  const special: ClaimAction[] = ["correct", "reuse"];
  return CLAIM_ACTIONS.filter((action) => TRANSITIONS[action].from === input.status && !special.includes(action)).flatMap((action) => {
    const result = transition({ ...input, action });
    return result.ok ? [] : [{ action, reason: result.error.message }];
  });
}

/**
 * Why this actor may not reuse a published verdict for this claim now (null: they may). Reuse has its own
 * controls (the tracking panel), one per published appearance; each has a verdict by construction.
 */
export function reuseBlockedReason({ status, actor }: Pick<TransitionInput, "status" | "actor">): string | null {
  const result = transition({ status, action: "reuse", actor, verdict: { writerIds: [] } });
  return result.ok ? null : result.error.message;
}
