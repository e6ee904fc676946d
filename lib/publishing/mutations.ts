import { db } from "../db";
import { DomainError, notFound, staleError } from "../errors";
import { updateAtVersion } from "../optimistic-lock";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { notify } from "../notifications/record";
import { workers } from "../notifications/rules";
import { transition } from "../claims/lifecycle";
import { parseInput } from "../validation";
import { recordPublishedVersion } from "./versions";
import { verdictFacts } from "../verdicts/writers";
import { correctVerdictSchema, withholdSourceSchema, type CorrectVerdictInput, type WithholdSourceInput } from "./schemas";

/**
 * Correct a published verdict: the verdict changes, the claim stays published, and the public
 * record gains a new numbered version with the editor's correction note.
 */
export async function correctVerdict({ actor, input }: { actor: Actor | null; input: CorrectVerdictInput }) {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  const data = parseInput(correctVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { verdict: { include: { writers: { select: { userId: true } } } } } });
    if (!claim) throw notFound("claim");
    if (claim.version !== data.version) throw staleError();
    // A correction is published at once by the correcting editor (no second editor): it opens and
    // closes its own writing cycle, so no VerdictWriter row is kept for it.
    const result = transition({ status: claim.status, action: "correct", actor, verdict: verdictFacts(claim.verdict) });
    if (!result.ok) throw new DomainError(result.error.code, result.error.message);
    const verdict = claim.verdict!;
    const fields = { rating: data.rating, summary: data.summary, rationale: data.rationale };
    if (fields.rating === verdict.rating && fields.summary === verdict.summary && fields.rationale === verdict.rationale) {
      throw new DomainError("VALIDATION", "Nothing in the verdict changed, so there is nothing to correct.", {
        rationale: ["Change the rating, summary or rationale"],
      });
    }
    const now = new Date();
    await updateAtVersion(tx, "claim", claim, { publicUpdatedAt: now });
    await tx.verdict.update({ where: { id: verdict.id }, data: { ...fields, lastEditedById: actor.id, lastEditedAt: now, version: { increment: 1 } } });
    const published = await recordPublishedVersion(tx, { verdictId: verdict.id, actorId: actor.id, publishedAt: now, correctionNote: data.note });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.correct",
      entityType: "Verdict",
      entityId: verdict.id,
      claimId: claim.id,
      before: { rating: verdict.rating, summary: verdict.summary, rationale: verdict.rationale },
      after: { ...fields, note: data.note, publicVersion: published.number },
    });
    // The people who wrote and approved the verdict hear that it changed in public, and why.
    const userIds = workers({ actorId: actor.id, assigneeId: claim.assigneeId, ...verdict });
    await notify(tx, { kind: "CORRECTED", claimId: claim.id, actorId: actor.id, userIds, note: data.note });
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  });
}

/** Withhold a source from the public page (or show it again), for the safety of the source. */
export async function setSourceWithheld({ actor, input }: { actor: Actor | null; input: WithholdSourceInput }) {
  assertCan(actor, "source.withhold");
  const data = parseInput(withholdSourceSchema, input);
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: data.sourceId }, include: { claim: { select: { slug: true, status: true } } } });
    if (!source) throw notFound("source");
    const updated = await tx.source.update({
      where: { id: source.id },
      data: { withheld: data.withheld, withheldReason: data.withheld ? data.reason : null },
    });
    await tx.claim.update({ where: { id: source.claimId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.withheld ? "source.withhold" : "source.reveal",
      entityType: "Source",
      entityId: source.id,
      claimId: source.claimId,
      before: { withheld: source.withheld, withheldReason: source.withheldReason },
      after: { withheld: updated.withheld, withheldReason: updated.withheldReason },
    });
    return { source: updated, slug: source.claim.status === "PUBLISHED" ? source.claim.slug : null };
  });
}
