import { db } from "../db";
import { DomainError, notFound, prismaErrorCode, staleError } from "../errors";
import { holdAtVersion, updateAtVersion } from "../optimistic-lock";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { assertClaimStep } from "../claims/capabilities";
import { parseInput } from "../validation";
import { recordVerdictWriter } from "./writers";
import { formDay, isDayDue } from "./days";
import { recheckSchema, saveVerdictSchema, type RecheckInput, type SaveVerdictInput } from "./schemas";

/** The days a form sent: absent ones are left as they are (Prisma refuses explicit undefined). */
function definedDays(data: { validAsOf?: Date | null; recheckOn?: Date | null }) {
  return {
    ...(data.validAsOf !== undefined ? { validAsOf: data.validAsOf } : {}),
    ...(data.recheckOn !== undefined ? { recheckOn: data.recheckOn } : {}),
  };
}

/** The days as they will be stored (sent ones over stored ones): the re-check comes after the checked day. */
function checkDays({ validAsOf, recheckOn }: { validAsOf: Date | null; recheckOn: Date | null }) {
  if (validAsOf && recheckOn && recheckOn.getTime() <= validAsOf.getTime()) {
    throw new DomainError("VALIDATION", "The re-check day comes after the “valid as of” day.", {
      recheckOn: ["The re-check day comes after the “valid as of” day"],
    });
  }
}

/** Days as YYYY-MM-DD for the audit log (null: cleared; absent: unchanged). */
function dayStrings(days: { validAsOf?: Date | null; recheckOn?: Date | null }) {
  const day = (d: Date | null | undefined) => (d === undefined ? undefined : d === null ? null : formDay(d));
  return { validAsOf: day(days.validAsOf), recheckOn: day(days.recheckOn) };
}

/** Create or update the verdict draft. `version` 0 means "I started a new draft"; otherwise the version seen. */
export async function saveVerdictDraft({ actor, input }: { actor: Actor | null; input: SaveVerdictInput }) {
  assertCan(actor, "verdict.draft");
  const data = parseInput(saveVerdictSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { verdict: true } });
      if (!claim) throw notFound("claim");
      assertClaimStep(actor, { status: claim.status, verdict: null }, "draftVerdict");
      const fields = { rating: data.rating, summary: data.summary, rationale: data.rationale };
      const days = definedDays(data);
      const before = claim.verdict;
      checkDays({
        validAsOf: days.validAsOf !== undefined ? days.validAsOf : (before?.validAsOf ?? null),
        recheckOn: days.recheckOn !== undefined ? days.recheckOn : (before?.recheckOn ?? null),
      });
      let verdict;
      if (!before) {
        if (data.version !== 0) throw staleError("verdict");
        verdict = await tx.verdict.create({
          data: { claimId: claim.id, ...fields, ...days, authorId: actor.id, lastEditedById: actor.id, lastEditedAt: new Date() },
        });
      } else {
        if (data.version !== before.version) throw staleError("verdict");
        await updateAtVersion(tx, "verdict", before, { ...fields, ...days, lastEditedById: actor.id, lastEditedAt: new Date() });
        verdict = await tx.verdict.findUniqueOrThrow({ where: { id: before.id } });
      }
      // Every save counts, even of unchanged text: the two-person rule asks who wrote it, not who saved last.
      await recordVerdictWriter(tx, { verdictId: verdict.id, userId: actor.id });
      // At the claim's version read above: a submission committed since makes this save STALE.
      await holdAtVersion(tx, "claim", claim, { updatedAt: new Date() });
      await recordAudit(tx, {
        actorId: actor.id,
        action: before ? "verdict.update" : "verdict.create",
        entityType: "Verdict",
        entityId: verdict.id,
        claimId: claim.id,
        before: before ? { rating: before.rating, summary: before.summary, rationale: before.rationale } : undefined,
        after: { ...fields, ...dayStrings(days) },
      });
      return verdict;
    });
  } catch (error) {
    // Two people starting the first draft at once: the unique claimId refuses the second.
    if (prismaErrorCode(error) === "P2002") throw staleError("verdict");
    throw error;
  }
}

/**
 * An editor re-checked a published verdict: it still holds as of a day (shown to readers) and is due
 * again on another (or never). The verdict's text is untouched: a changed verdict is a correction.
 */
export async function recheckVerdict({ actor, input }: { actor: Actor | null; input: RecheckInput }) {
  assertCan(actor, "verdict.recheck");
  const data = parseInput(recheckSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { verdict: true } });
    if (!claim) throw notFound("claim");
    if (claim.version !== data.version) throw staleError();
    assertClaimStep(actor, { status: claim.status, verdict: claim.verdict && { writerIds: [] } }, "recheckVerdict");
    if (!claim.verdict) throw notFound("verdict"); // (the step needs a verdict: this narrows the type)
    await updateAtVersion(tx, "claim", claim, { publicUpdatedAt: new Date() });
    const days = definedDays(data);
    const recheckOn = days.recheckOn !== undefined ? days.recheckOn : claim.verdict.recheckOn;
    checkDays({ validAsOf: days.validAsOf !== undefined ? days.validAsOf : claim.verdict.validAsOf, recheckOn });
    // A next re-check that would already be due is no re-check at all.
    if (isDayDue(recheckOn, new Date())) {
      throw new DomainError("VALIDATION", "The next re-check must be after today, or empty.", {
        recheckOn: ["The next re-check is after today (or leave it empty)"],
      });
    }
    await tx.verdict.update({ where: { id: claim.verdict.id }, data: days });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verdict.recheck",
      entityType: "Verdict",
      entityId: claim.verdict.id,
      claimId: claim.id,
      before: dayStrings({ validAsOf: claim.verdict.validAsOf, recheckOn: claim.verdict.recheckOn }),
      after: dayStrings(days),
    });
    return { id: claim.id, slug: claim.slug };
  });
}
