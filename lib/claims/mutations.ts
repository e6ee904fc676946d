import type { z } from "zod";
import { db, type Tx } from "../db";
import { DomainError, notFound, staleError } from "../errors";
import { holdAtVersion, updateAtVersion } from "../optimistic-lock";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { hasRole } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { reviewFacts } from "./review";
import { approvalsNeeded, mayApprove } from "../settings/settings";
import { anchorSpan } from "../articles/anchor";
import { parseInput } from "../validation";
import { transition } from "./lifecycle";
import { claimSlug } from "./slug";
import { recordPublishedVersion } from "../publishing/versions";
import { isAcceptableDueDate } from "./assignment";
import { notify } from "../notifications/record";
import { closeWritingCycle, verdictFacts, verdictFactsSelect } from "../verdicts/writers";
import { handleOf, mentionedHandles, NOTIFY_ON, workers } from "../notifications/rules";
import {
  assignSchema,
  commentSchema,
  createClaimSchema,
  transitionSchema,
  type AddCommentInput,
  type AssignClaimInput,
  type CreateClaimInput,
  type TransitionClaimInput,
} from "./schemas";
import { resolveClaimant } from "../claimants/resolve";

/** Create a claim anchored to an exact span of its article; the server re-checks the quote against the text. */
export async function createClaim({ actor, input }: { actor: Actor | null; input: CreateClaimInput }) {
  assertCan(actor, "claim.create");
  const data = parseInput(createClaimSchema, input);
  // The article's text (up to megabytes) is read and checked before the transaction, which holds the
  // article at the version read: a text replaced meanwhile makes the claim STALE, never misplaced.
  const anchored = await anchorClaim(data);
  return db.$transaction((tx) => createClaimIn(tx, actor, data, anchored));
}

/** A new claim's span checked against its article's text, read outside any transaction (for createClaimIn). */
export async function anchorClaim(data: z.output<typeof createClaimSchema>): Promise<Anchored> {
  return anchorIn(await db.article.findUnique({ where: { id: data.articleId }, select: ANCHOR_SELECT }), data);
}

const ANCHOR_SELECT = { id: true, text: true, publishedAt: true, version: true } as const;
export type Anchored = { articleId: string; version: number; publishedAt: Date | null; anchor: NonNullable<ReturnType<typeof anchorSpan>> };

/** The span a new claim quotes, checked against its article's text. */
function anchorIn(article: { id: string; text: string; publishedAt: Date | null; version: number } | null, data: z.output<typeof createClaimSchema>): Anchored {
  if (!article) throw notFound("article");
  const anchor = anchorSpan(article.text, data.start, data.end);
  if (!anchor || anchor.quote !== data.quote) {
    throw new DomainError("VALIDATION", "The selected text does not match the article. Reload the article and select the claim again.", {
      quote: ["The quote must be exactly the selected text of the article"],
    });
  }
  return { articleId: article.id, version: article.version, publishedAt: article.publishedAt, anchor };
}

/**
 * The body of createClaim, for callers that create a claim inside a larger transaction: with the span
 * checked before it (`anchored`), the article is held at that version; without, it is read here.
 */
export async function createClaimIn(tx: Tx, actor: Actor, data: z.output<typeof createClaimSchema>, anchored?: Anchored) {
  // Held on PostgreSQL (a text replacement waits for the claim, then sees it); read on SQLite (lib/optimistic-lock.ts).
  if (anchored) await holdAtVersion(tx, "article", { id: anchored.articleId, version: anchored.version });
  const { articleId, publishedAt, anchor } = anchored ?? anchorIn(await tx.article.findUnique({ where: { id: data.articleId }, select: ANCHOR_SELECT }), data);
  // "Carpenter" files the claim under Michael Carpenter when that is one of his aliases.
  const claimant = await resolveClaimant(tx, { name: data.claimant, type: data.claimantType });
  const claim = await tx.claim.create({
    data: {
      articleId,
      ...anchor,
      claimant: claimant.name,
      claimantType: claimant.type,
      claimantId: claimant.id,
      claimDate: data.claimDate ?? publishedAt,
      createdById: actor.id,
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "claim.create",
    entityType: "Claim",
    entityId: claim.id,
    claimId: claim.id,
    after: { quote: claim.quote, claimant: claim.claimant, start: claim.start, end: claim.end, status: claim.status },
  });
  return claim;
}

/** Move a claim through its life cycle; the life cycle module decides, this function records. */
export async function transitionClaim({ actor, input }: { actor: Actor | null; input: TransitionClaimInput }) {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  const data = parseInput(transitionSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: data.claimId },
      include: { verdict: { select: { ...verdictFactsSelect, version: true, approvedById: true } } },
    });
    if (!claim) throw notFound("claim");
    if (claim.version !== data.version) throw staleError();
    // Only a submission needs the research counted. Counted by the claim's index, not with Prisma's
    // _count, which groups every source of the desk by claim before it joins.
    const research =
      data.action === "submit"
        ? { sources: await tx.source.count({ where: { claimId: claim.id } }), evidence: await tx.evidence.count({ where: { claimId: claim.id } }) }
        : undefined;
    const facts = verdictFacts(claim.verdict);
    // The approval policy: the decisions of this review round and how many approvals it takes.
    const reviewing = data.action === "approve" || data.action === "object";
    const review =
      reviewing && facts
        ? reviewFacts(
            await tx.verdictReview.findMany({ where: { claimId: claim.id }, select: { reviewerId: true, decision: true, createdAt: true } }),
            claim.submittedAt,
            await approvalsNeeded(facts, tx),
          )
        : undefined;
    const result = transition({ status: claim.status, action: data.action, actor, verdict: facts, review, research });
    if (!result.ok) throw new DomainError(result.error.code, result.error.message);

    const now = new Date();
    const changes: {
      status: typeof result.next;
      dismissReason?: string | null;
      reviewNote?: string | null;
      slug?: string;
      publishedAt?: Date;
      publicUpdatedAt?: Date;
      retractedAt?: Date | null;
      retractionReason?: string | null;
      submittedAt?: Date;
    } = { status: result.next };
    if (data.action === "dismiss") changes.dismissReason = data.note;
    if (data.action === "reopen") changes.dismissReason = null;
    if (data.action === "sendBack") changes.reviewNote = data.note;
    if ((data.action === "approve" && result.next === "APPROVED") || data.action === "submit") changes.reviewNote = null;
    if (data.action === "submit") changes.submittedAt = now;
    if (data.action === "publish") {
      changes.slug = claim.slug ?? claimSlug(claim.quote, claim.id);
      changes.publishedAt = claim.publishedAt ?? now;
      changes.publicUpdatedAt = now;
      changes.retractedAt = null;
      changes.retractionReason = null;
    }
    if (data.action === "unpublish") {
      changes.retractedAt = now;
      changes.retractionReason = data.note;
    }

    // The time written is the one returned below (Prisma's @updatedAt would pick its own).
    await updateAtVersion(tx, "claim", claim, { ...changes, updatedAt: now });

    if (reviewing && !review?.approvals.includes(actor.id)) {
      await tx.verdictReview.create({
        data: {
          claimId: claim.id,
          reviewerId: actor.id,
          decision: data.action === "approve" ? "APPROVE" : "OBJECT",
          note: data.note ?? null,
          verdictVersion: claim.verdict!.version,
        },
      });
    }
    if (data.action === "approve" && result.next === "APPROVED") {
      await tx.verdict.update({ where: { claimId: claim.id }, data: { approvedById: actor.id, approvedAt: now } });
    }
    if (data.action === "sendBack") {
      await tx.verdict.update({ where: { claimId: claim.id }, data: { approvedById: null, approvedAt: null } });
    }
    if (data.action === "publish") {
      await recordPublishedVersion(tx, {
        verdictId: claim.verdict!.id,
        actorId: actor.id,
        publishedAt: now,
        correctionNote: claim.retractedAt ? "Republished after the earlier retraction was reviewed." : null,
      });
      await closeWritingCycle(tx, { verdictId: claim.verdict!.id });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `claim.${data.action}`,
      entityType: "Claim",
      entityId: claim.id,
      claimId: claim.id,
      before: { status: claim.status },
      after: {
        ...changes,
        note: data.note ?? undefined,
        approvals:
          data.action === "approve" && review ? `${review.approvals.filter((a) => a !== actor.id).length + 1} of ${review.approvalsRequired}` : undefined,
      },
    });
    // An approval that is not yet the last one needed tells no one; the one that approves does.
    const kind = data.action === "approve" && result.next !== "APPROVED" ? undefined : NOTIFY_ON[data.action];
    if (kind) {
      const userIds = workers({ actorId: actor.id, assigneeId: claim.assigneeId, ...claim.verdict });
      await notify(tx, { kind, claimId: claim.id, actorId: actor.id, userIds, note: data.note });
    }
    // A review request is done for everyone once the claim leaves review, and for an editor once they have
    // approved or objected: it no longer waits, unread, in their inbox (each request reaches every editor,
    // so requests someone else handled kept every editor's unread count growing).
    if (claim.status === "IN_REVIEW" && (result.next !== "IN_REVIEW" || reviewing)) {
      await tx.notification.updateMany({
        where: { claimId: claim.id, kind: "SUBMITTED", readAt: null, ...(result.next === "IN_REVIEW" && { userId: actor.id }) },
        data: { readAt: now },
      });
    }
    // A verdict waiting for review: every editor who may approve it hears of it (their inbox and its count).
    if (data.action === "submit" && facts) {
      const editors = await tx.user.findMany({ where: mayApprove(facts), select: { id: true } });
      await notify(tx, { kind: "SUBMITTED", claimId: claim.id, actorId: actor.id, userIds: editors.map((e) => e.id) });
    }
    // The claim as written (every column this change wrote is in `changes`): no second read.
    const { verdict: _verdict, ...row } = claim;
    return { ...row, ...changes, updatedAt: now, version: claim.version + 1 };
  });
}

/**
 * Editors assign anyone, with a due date and a priority; a fact-checker may take an unassigned claim for
 * themselves or give up their own, but not schedule it.
 */
export async function assignClaim({ actor, input, now = new Date() }: { actor: Actor | null; input: AssignClaimInput; now?: Date }) {
  const data = parseInput(assignSchema, input);
  const schedules = data.dueDate !== undefined || data.priority !== undefined;
  const selfService = actor && !hasRole(actor, "EDITOR") && (data.assigneeId === actor.id || data.assigneeId === null);
  assertCan(actor, selfService ? (schedules ? "claim.schedule" : "claim.take") : "claim.assign");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: data.claimId },
      select: { id: true, version: true, assigneeId: true, dueDate: true, priority: true },
    });
    if (!claim) throw notFound("claim");
    if (claim.version !== data.version) throw staleError();
    if (selfService) {
      const taking = data.assigneeId === actor.id;
      if (taking && claim.assigneeId !== null && claim.assigneeId !== actor.id) {
        throw new DomainError("FORBIDDEN", "This claim is already assigned to someone else; ask an editor to reassign it.");
      }
      if (!taking && claim.assigneeId !== actor.id) {
        throw new DomainError("FORBIDDEN", "Only an editor can unassign someone else.");
      }
    }
    if (data.assigneeId) {
      const user = await tx.user.findUnique({ where: { id: data.assigneeId }, select: { disabled: true } });
      if (!user || user.disabled) {
        throw new DomainError("VALIDATION", "That person cannot be assigned.", { assigneeId: ["Choose an active desk member"] });
      }
    }
    if (data.dueDate && !isAcceptableDueDate(data.dueDate, claim.dueDate, now)) {
      throw new DomainError("VALIDATION", "The due date is in the past.", { dueDate: ["Choose today or a later day"] });
    }
    const schedule = {
      ...(data.dueDate !== undefined && { dueDate: data.dueDate }),
      ...(data.priority !== undefined && { priority: data.priority }),
    };
    await updateAtVersion(tx, "claim", claim, { assigneeId: data.assigneeId, ...schedule });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.assign",
      entityType: "Claim",
      entityId: claim.id,
      claimId: claim.id,
      before: { assigneeId: claim.assigneeId, ...(schedules && { dueDate: claim.dueDate, priority: claim.priority }) },
      after: { assigneeId: data.assigneeId, ...schedule },
    });
    if (data.assigneeId && data.assigneeId !== claim.assigneeId) {
      await notify(tx, { kind: "ASSIGNED", claimId: claim.id, actorId: actor.id, userIds: [data.assigneeId] });
    }
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  });
}

export async function addComment({ actor, input }: { actor: Actor | null; input: AddCommentInput }) {
  assertCan(actor, "comment.add");
  const data = parseInput(commentSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } });
    if (!claim) throw notFound("claim");
    // Threads are one level deep: a reply to a reply is stored under the thread's first comment.
    const parent = data.parentId
      ? await tx.comment.findFirst({ where: { id: data.parentId, claimId: claim.id }, select: { id: true, parentId: true, authorId: true } })
      : null;
    if (data.parentId && !parent) throw notFound("comment");
    const comment = await tx.comment.create({
      data: { claimId: claim.id, authorId: actor.id, body: data.body, parentId: parent ? (parent.parentId ?? parent.id) : null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.add",
      entityType: "Comment",
      entityId: comment.id,
      claimId: claim.id,
      after: { body: comment.body, ...(comment.parentId ? { parentId: comment.parentId } : {}) },
    });
    const handles = mentionedHandles(comment.body);
    let mentioned: string[] = [];
    if (handles.length > 0) {
      const people = await tx.user.findMany({ where: { disabled: false }, select: { id: true, email: true } });
      mentioned = people.filter((p) => handles.includes(handleOf(p.email))).map((p) => p.id);
      await notify(tx, { kind: "MENTIONED", claimId: claim.id, actorId: actor.id, userIds: mentioned, commentId: comment.id });
    }
    // The author of the comment answered hears of the reply (once: a mention already told them).
    if (parent && !mentioned.includes(parent.authorId)) {
      await notify(tx, { kind: "REPLIED", claimId: claim.id, actorId: actor.id, userIds: [parent.authorId], commentId: comment.id });
    }
    return comment;
  });
}
