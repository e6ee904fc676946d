import { db, type Tx } from "../db";
import { DomainError, notFound, staleError } from "../errors";
import { updateAtVersion } from "../optimistic-lock";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { transition } from "../claims/lifecycle";
import { parseInput } from "../validation";
import { notify } from "../notifications/record";
import { verdictFacts, verdictFactsSelect } from "../verdicts/writers";
import { linkClaimSchema, reuseVerdictSchema, type LinkClaimInput, type ReuseVerdictInput } from "./schemas";

/**
 * Link a claim to an earlier one as appearances of one tracked claim. Groups merge: linking two claims
 * that already belong to different tracked claims moves every appearance into the earlier one's.
 */
export async function linkClaims({ actor, input }: { actor: Actor | null; input: LinkClaimInput }) {
  assertCan(actor, "claim.link");
  const data = parseInput(linkClaimSchema, input);
  if (data.claimId === data.targetClaimId) {
    throw new DomainError("VALIDATION", "A claim cannot be linked to itself.", { targetClaimId: ["Choose another claim"] });
  }
  return db.$transaction(async (tx) => {
    const [claim, target] = await Promise.all([
      tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, version: true, trackedClaimId: true } }),
      tx.claim.findUnique({ where: { id: data.targetClaimId }, select: { id: true, quote: true, trackedClaimId: true } }),
    ]);
    if (!claim) throw notFound("claim");
    if (!target) throw notFound("earlier claim");
    if (claim.version !== data.version) throw staleError();
    if (claim.trackedClaimId && claim.trackedClaimId === target.trackedClaimId) {
      throw new DomainError("CONFLICT", "These claims are already linked as the same tracked claim.");
    }
    const trackedClaimId = target.trackedClaimId ?? (await tx.trackedClaim.create({ data: { label: target.quote } })).id;
    if (!target.trackedClaimId) await tx.claim.update({ where: { id: target.id }, data: { trackedClaimId } });
    if (claim.trackedClaimId) {
      await tx.claim.updateMany({ where: { trackedClaimId: claim.trackedClaimId }, data: { trackedClaimId } });
      await tx.trackedClaim.delete({ where: { id: claim.trackedClaimId } });
    }
    await updateAtVersion(tx, "claim", claim, { trackedClaimId });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.link",
      entityType: "Claim",
      entityId: claim.id,
      claimId: claim.id,
      before: { trackedClaimId: claim.trackedClaimId },
      after: { trackedClaimId, linkedTo: target.id },
    });
    return { trackedClaimId };
  });
}

/**
 * The pair a reuse concerns, checked: a new appearance linked to a published one. Shared by the reuse
 * itself and by a fact-checker's request for it, so both refuse the same things in the same words.
 */
async function loadReusePair(tx: Tx, data: { claimId: string; fromClaimId: string }) {
  const [claim, from] = await Promise.all([
    tx.claim.findUnique({ where: { id: data.claimId } }),
    tx.claim.findUnique({ where: { id: data.fromClaimId }, include: { verdict: { select: verdictFactsSelect } } }),
  ]);
  if (!claim) throw notFound("claim");
  if (!from) throw notFound("published appearance");
  return { claim, from };
}

function assertReusable({ claim, from }: Awaited<ReturnType<typeof loadReusePair>>) {
  if (!claim.trackedClaimId || claim.trackedClaimId !== from.trackedClaimId) {
    throw new DomainError("VALIDATION", "Link the two claims as one tracked claim before reusing a verdict.", { fromClaimId: ["Not linked to this claim"] });
  }
  if (from.status !== "PUBLISHED" || !from.verdict) {
    throw new DomainError("INVALID_TRANSITION", "Only a published verdict can be reused.");
  }
}

/**
 * Cover a new appearance with the published verdict of another appearance of the same tracked claim.
 * The published fact-check then lists one more appearance, so the life cycle makes this an editor's step.
 */
export async function reuseVerdict({ actor, input }: { actor: Actor | null; input: ReuseVerdictInput }) {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  const data = parseInput(reuseVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const pair = await loadReusePair(tx, data);
    const { claim, from } = pair;
    if (claim.version !== data.version) throw staleError();
    // Who may reuse is the life cycle's answer, asked before anything about the pair is told. A missing
    // verdict is the pair's check's to explain ("only a published verdict"), not "draft a verdict first".
    const result = transition({ status: claim.status, action: "reuse", actor, verdict: verdictFacts(from.verdict) ?? { writerIds: [] } });
    if (!result.ok) throw new DomainError(result.error.code, result.error.message);
    assertReusable(pair);
    await updateAtVersion(tx, "claim", claim, { status: result.next, coveredById: from.id });
    // The published verdict now lists one more appearance: its public record changed.
    await tx.claim.update({ where: { id: from.id }, data: { publicUpdatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.reuse",
      entityType: "Claim",
      entityId: claim.id,
      claimId: claim.id,
      before: { status: claim.status },
      after: { status: result.next, coveredById: from.id },
    });
    return { slug: from.slug };
  });
}

/**
 * A fact-checker found a repeat of a published claim but may not reuse its verdict: the editors hear of
 * it and reuse it (or not). Nothing public changes; each editor is told once while the request is unread.
 */
export async function requestReuse({ actor, input }: { actor: Actor | null; input: ReuseVerdictInput }) {
  assertCan(actor, "claim.requestReuse");
  const data = parseInput(reuseVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const pair = await loadReusePair(tx, data);
    if (pair.claim.version !== data.version) throw staleError();
    if (pair.claim.status !== "NEW") throw new DomainError("INVALID_TRANSITION", "Only a new claim can be covered by a published verdict.");
    assertReusable(pair);
    const [editors, told] = await Promise.all([
      tx.user.findMany({ where: { disabled: false, role: { in: ["EDITOR", "ADMIN"] } }, select: { id: true } }),
      tx.notification.findMany({ where: { claimId: pair.claim.id, kind: "REUSE_REQUESTED", readAt: null }, select: { userId: true } }),
    ]);
    const userIds = editors.map((e) => e.id).filter((id) => !told.some((t) => t.userId === id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.requestReuse",
      entityType: "Claim",
      entityId: pair.claim.id,
      claimId: pair.claim.id,
      after: { fromClaimId: pair.from.id },
    });
    await notify(tx, { kind: "REUSE_REQUESTED", claimId: pair.claim.id, actorId: actor.id, userIds });
    return { notified: userIds.filter((id) => id !== actor.id).length };
  });
}
