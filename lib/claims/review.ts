import type { ReviewDecision } from "../generated/prisma/enums";

/**
 * The approval policy's arithmetic (pure). A verdict in review is approved when `approvalsRequired`
 * editors — never its author — approved it since it was last submitted; each editor decides once
 * per round, approving or objecting, and every decision is kept with its note.
 */
export type ReviewRow = { reviewerId: string; decision: ReviewDecision; createdAt: Date };
export type ReviewFacts = { approvalsRequired: number; approvals: string[]; objections: string[] };

export const MAX_APPROVALS = 5;

/** The decisions of the current round: those made since the verdict was last submitted. */
export function currentRound<T extends ReviewRow>(reviews: T[], submittedAt: Date | null): T[] {
  return reviews.filter((r) => !submittedAt || r.createdAt.getTime() >= submittedAt.getTime());
}

export function reviewFacts(reviews: ReviewRow[], submittedAt: Date | null, approvalsRequired: number): ReviewFacts {
  const round = currentRound(reviews, submittedAt);
  const who = (decision: ReviewDecision) => [...new Set(round.filter((r) => r.decision === decision).map((r) => r.reviewerId))];
  return { approvalsRequired, approvals: who("APPROVE"), objections: who("OBJECT") };
}

/** "1 of 2 approvals", in words for the claim page and the refusal messages. */
export function approvalsText({ approvalsRequired, approvals }: Pick<ReviewFacts, "approvalsRequired" | "approvals">): string {
  return `${approvals.length} of ${approvalsRequired} approval${approvalsRequired === 1 ? "" : "s"}`;
}
