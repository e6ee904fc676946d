import type { ClaimStatus } from "../generated/prisma/enums";
import { DomainError } from "../errors";
import { can, deniedMessage, type Permission } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import {
  availableActions,
  CLAIM_ACTIONS,
  reuseBlockedReason,
  STATUS_LABEL,
  transition,
  type ClaimAction,
  type ResearchFacts,
  type VerdictFacts,
} from "./lifecycle";
import type { ReviewFacts } from "./review";
import { RESEARCH_STATUSES } from "./editable";

/**
 * Who may do what to one claim, in its status: the one answer the claim page uses to show its
 * controls and the mutations use to allow the change, so the two cannot drift. Status changes are
 * the life cycle's (lib/claims/lifecycle.ts), asked from here; the rest is a permission plus the
 * statuses in which the step makes sense.
 */
export type ClaimFacts = { status: ClaimStatus; verdict: VerdictFacts; review?: ReviewFacts; research?: ResearchFacts };
export type Decision = { ok: true } | { ok: false; code: "UNAUTHENTICATED" | "FORBIDDEN" | "INVALID_TRANSITION"; message: string };

type Step = { permission: Permission; statuses?: ClaimStatus[]; needsVerdict?: boolean; closed: (status: ClaimStatus) => string };

const lower = (status: ClaimStatus) => STATUS_LABEL[status].toLowerCase();

export const CLAIM_STEPS = {
  addSource: {
    permission: "source.add",
    statuses: RESEARCH_STATUSES,
    closed: (s) => `Sources can only be added while a claim is new or being researched; this one is ${lower(s)}.`,
  },
  addEvidence: {
    permission: "evidence.add",
    statuses: RESEARCH_STATUSES,
    closed: (s) => `Evidence can only be added while a claim is new or being researched; this one is ${lower(s)}.`,
  },
  editResearch: {
    permission: "research.edit",
    statuses: RESEARCH_STATUSES,
    closed: (s) => `Sources and evidence can only be changed while a claim is new or being researched; this one is ${lower(s)}.`,
  },
  draftVerdict: {
    permission: "verdict.draft",
    statuses: ["RESEARCHING"],
    closed: (s) =>
      s === "NEW"
        ? "Start research on this claim before drafting its verdict."
        : "The verdict is locked while the claim is in review or published. An editor can send it back for changes.",
  },
  withholdSource: { permission: "source.withhold", closed: () => "" },
  recheckVerdict: {
    permission: "verdict.recheck",
    statuses: ["PUBLISHED"],
    needsVerdict: true,
    closed: () => "Only a published verdict is re-checked; a draft carries its dates in the verdict form.",
  },
  comment: { permission: "comment.add", closed: () => "" },
} satisfies Record<string, Step>;
export type ClaimStep = keyof typeof CLAIM_STEPS;

const OK: Decision = { ok: true };

/** May this actor take this step on a claim with these facts now? */
export function decide(actor: Actor | null | undefined, claim: ClaimFacts, step: ClaimStep | ClaimAction): Decision {
  if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again to continue." };
  if ((CLAIM_ACTIONS as readonly string[]).includes(step)) {
    const result = transition({
      status: claim.status,
      action: step as ClaimAction,
      actor,
      verdict: claim.verdict,
      review: claim.review,
      research: claim.research,
    });
    return result.ok ? OK : { ok: false, ...result.error };
  }
  const rule: Step = CLAIM_STEPS[step as ClaimStep];
  if (!can(actor, rule.permission)) return { ok: false, code: "FORBIDDEN", message: deniedMessage(rule.permission) };
  if ((rule.statuses && !rule.statuses.includes(claim.status)) || (rule.needsVerdict && !claim.verdict)) {
    return { ok: false, code: "INVALID_TRANSITION", message: rule.closed(claim.status) };
  }
  return OK;
}

/** For mutations: throws the decision's DomainError unless the step is allowed. */
export function assertClaimStep(actor: Actor | null | undefined, claim: ClaimFacts, step: ClaimStep | ClaimAction): asserts actor is Actor {
  const decision = decide(actor, claim, step);
  if (!decision.ok) throw new DomainError(decision.code, decision.message);
}

/** For the claim page: every step's decision at once. */
export function claimCapabilities(actor: Actor, claim: ClaimFacts) {
  const steps = Object.fromEntries((Object.keys(CLAIM_STEPS) as ClaimStep[]).map((s) => [s, decide(actor, claim, s).ok])) as Record<ClaimStep, boolean>;
  // Reuse takes another claim's published verdict, so it is decided on this claim's status and the actor.
  return { ...steps, actions: availableActions({ ...claim, actor }), reuseBlocked: reuseBlockedReason({ status: claim.status, actor }) };
}
