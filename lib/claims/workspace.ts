import { assertCan, can } from "../auth/permissions";
import { hasRole, type Actor } from "../auth/roles";
import { commentThreads } from "../comments/threads";
import { STANCE_ADJECTIVE, STANCES } from "../sources/schemas";
import { describeEvent, sourceTitlesFrom, type Names } from "../audit/describe";
import { approvalsNeeded } from "../settings/settings";
import { isRecheckDue, formDay } from "../verdicts/days";
import { verdictSnapshot } from "../verdicts/draft";
import { verdictFacts } from "../verdicts/writers";
import { claimCapabilities } from "./capabilities";
import { blockedActions } from "./lifecycle";
import { getClaimWorkspace, listDeskMembers, type ClaimWorkspace } from "./queries";
import { approvalsText, currentRound, reviewFacts } from "./review";

/**
 * The claim page's view model: everything the page shows of one claim, decided here so that the page
 * only lays out sections. What it offers is what the server will allow (lib/claims/capabilities.ts),
 * and the verdict's facts are the ones the mutations decide on (lib/verdicts/writers.ts), so buttons
 * and refusals agree.
 */
export type DeskMember = Awaited<ReturnType<typeof listDeskMembers>>[number];

export type WorkspaceInput = {
  actor: Actor;
  claim: ClaimWorkspace;
  members: DeskMember[];
  /** How many approvals the verdict needs (only asked of the database in review: 1 otherwise). */
  approvalsRequired: number;
  now: Date;
};

/** Pure: the view model from what the page loads. */
export function toClaimWorkspace({ actor, claim, members, approvalsRequired, now }: WorkspaceInput) {
  const verdict = claim.verdict;
  const facts = verdictFacts(verdict);
  const review = reviewFacts(claim.reviews, claim.submittedAt, approvalsRequired);
  const round = currentRound(claim.reviews, claim.submittedAt);
  const research = { sources: claim.sources.length, evidence: claim.evidence.length };
  const may = claimCapabilities(actor, { status: claim.status, verdict: facts, review, research });
  const recheckDue = isRecheckDue({ status: claim.status, recheckOn: verdict?.recheckOn }, now);

  return {
    id: claim.id,
    version: claim.version,
    userId: actor.id,
    now,
    // The number of the last change this page shows: the live stream sends every later one.
    liveAfter: claim.liveAfter,
    header: {
      status: claim.status,
      rating: verdict?.rating ?? null,
      article: { id: claim.article.id, title: claim.article.title, outlet: claim.article.outlet },
      isDemo: claim.isDemo,
      anchorState: claim.anchorState,
      quote: claim.quote,
      claimant: claim.claimant,
      claimDate: claim.claimDate,
      assigneeName: claim.assignee?.name ?? null,
      version: claim.version,
      priority: claim.priority,
      dueDate: claim.dueDate,
      /** The public page's slug, while it is public. */
      publicSlug: claim.status === "PUBLISHED" ? claim.slug : null,
    },
    context: { prefix: claim.prefix, quote: claim.quote, suffix: claim.suffix },
    workflow: {
      reviewNote: claim.reviewNote,
      retraction: claim.retractionReason && claim.status !== "PUBLISHED" ? { reason: claim.retractionReason, at: claim.retractedAt } : null,
      dismissReason: claim.dismissReason,
      tally: claim.status === "IN_REVIEW" ? { text: approvalsText(review), several: review.approvalsRequired > 1, round } : null,
      earlier: claim.reviews.filter((r) => !round.includes(r)),
      actions: may.actions,
      blocked: blockedActions({ status: claim.status, actor, verdict: facts, review, research }),
      /** What the verdict under review rests on, said beside the decision. */
      restsOn: claim.status === "IN_REVIEW" || claim.status === "APPROVED" ? restsOnText(claim.sources, claim.evidence) : null,
      correction: may.actions.includes("correct") && verdict ? { rating: verdict.rating, summary: verdict.summary, rationale: verdict.rationale } : null,
      assign: {
        assigneeId: claim.assigneeId,
        dueDate: formDay(claim.dueDate),
        priority: claim.priority,
        actorId: actor.id,
        isEditor: hasRole(actor, "EDITOR"),
        members,
      },
    },
    tracking: {
      status: claim.status,
      trackedClaimId: claim.trackedClaimId,
      appearances: claim.trackedClaim?.claims ?? [],
      coveredBy: claim.coveredBy,
      reuseBlocked: may.reuseBlocked,
    },
    sources: {
      items: claim.sources.map((s) => ({ ...s, evidenceCount: claim.evidence.filter((e) => e.sourceId === s.id).length })),
      canAdd: may.addSource,
      canEdit: may.editResearch,
      canWithhold: may.withholdSource,
    },
    evidence: {
      items: claim.evidence,
      canAdd: may.addEvidence,
      canEdit: may.editResearch,
      sourceOptions: claim.sources.map((s) => ({ id: s.id, title: s.title })),
    },
    verdict: {
      days: verdict && (verdict.validAsOf || verdict.recheckOn) ? { validAsOf: verdict.validAsOf, recheckOn: verdict.recheckOn, due: recheckDue } : null,
      recheck: may.recheckVerdict && verdict ? { validAsOf: formDay(verdict.validAsOf), recheckOn: formDay(verdict.recheckOn), due: recheckDue } : null,
      byline: verdict
        ? {
            author: verdict.author.name,
            lastEditedBy: verdict.lastEditedBy.name,
            lastEditedAt: verdict.lastEditedAt ?? verdict.updatedAt,
            approvedBy: verdict.approvedBy?.name ?? null,
          }
        : null,
      body: may.draftVerdict
        ? ({ kind: "form", saved: verdict ? { ...verdictSnapshot(verdict), editedBy: verdict.lastEditedBy.name } : null } as const)
        : verdict
          ? ({
              kind: "shown",
              rating: verdict.rating,
              summary: verdict.summary,
              rationale: verdict.rationale,
              // A draft kept in this browser is mentioned to those who could bring it back.
              draftNotice: can(actor, "verdict.draft"),
            } as const)
          : ({ kind: "none", text: claim.status === "NEW" ? "Start research to draft a verdict." : "No verdict." } as const),
    },
    comments: {
      count: claim.comments.length,
      threads: commentThreads(claim.comments),
      handles: members.map((m) => m.handle),
      mentionable: members.filter((m) => m.id !== actor.id).map((m) => ({ handle: m.handle, name: m.name })),
    },
    history: historyInWords(claim, members),
    /** All the claim's events; the page shows the newest HISTORY_SHOWN of them. */
    historyTotal: claim._count.auditEvents,
  };
}

/** The history in words, newest first: names the history says instead of ids are desk members (and anyone who acted here) and the claim's sources. */
function historyInWords(claim: ClaimWorkspace, members: DeskMember[]) {
  const users = new Map<string, string>();
  for (const e of claim.auditEvents) if (e.actorId && e.actor) users.set(e.actorId, e.actor.name);
  for (const m of members) users.set(m.id, m.name);
  const sources = sourceTitlesFrom(claim.auditEvents);
  for (const s of claim.sources) sources.set(s.id, s.title);
  const names: Names = { users, sources };
  return claim.auditEvents.map((e) => ({ id: e.id, createdAt: e.createdAt, actor: e.actor?.name ?? "Factdesk", ...describeEvent(e, names) }));
}

export type ClaimWorkspaceView = ReturnType<typeof toClaimWorkspace>;

/** The claim page's view model for this actor, or null when there is no such claim. */
export async function readClaimPage({ actor, id, now = new Date() }: { actor: Actor | null; id: string; now?: Date }): Promise<ClaimWorkspaceView | null> {
  assertCan(actor, "desk.read");
  // Possible repeats are not part of it: matching them takes the intake threads, so the page streams
  // them in its own section (lib/tracking/queries.ts findRepeats) instead of waiting for them.
  const [claim, members] = await Promise.all([getClaimWorkspace({ actor, id }), listDeskMembers({ actor })]);
  if (!claim) return null;
  // The number of approvals matters only in review (two queries): other statuses skip it.
  const facts = verdictFacts(claim.verdict);
  const approvalsRequired = claim.status === "IN_REVIEW" && facts ? await approvalsNeeded(facts) : 1;
  return toClaimWorkspace({ actor, claim, members, approvalsRequired, now });
}

const count = (n: number, one: string, many: string) => `${n === 0 ? "no" : n} ${n === 1 ? one : many}`;

/** "This verdict rests on 2 sources (1 withheld) and 3 pieces of evidence: 2 supporting, 1 refuting." */
export function restsOnText(sources: { withheld: boolean }[], evidence: { stance: string }[]): string {
  const withheld = sources.filter((s) => s.withheld).length;
  const stances = STANCES.map((stance) => [evidence.filter((e) => e.stance === stance).length, STANCE_ADJECTIVE[stance]] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`);
  return (
    `This verdict rests on ${count(sources.length, "source", "sources")}${withheld ? ` (${withheld} withheld)` : ""}` +
    ` and ${count(evidence.length, "piece of evidence", "pieces of evidence")}${stances.length ? `: ${stances.join(", ")}` : ""}.`
  );
}
