import { db } from "../db";
import { DomainError, notFound, prismaErrorCode, staleError } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { parseInput } from "../validation";
import { saveVerdictSchema, type SaveVerdictInput } from "./schemas";

/** Create or update the verdict draft. `version` 0 means "I started a new draft"; otherwise the version seen. */
export async function saveVerdictDraft({ actor, input }: { actor: Actor | null; input: SaveVerdictInput }) {
  assertCan(actor, "verdict.draft");
  const data = parseInput(saveVerdictSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { verdict: true } });
      if (!claim) throw notFound("claim");
      if (claim.status !== "RESEARCHING") {
        throw new DomainError(
          "INVALID_TRANSITION",
          claim.status === "NEW"
            ? "Start research on this claim before drafting its verdict."
            : "The verdict is locked while the claim is in review or published. An editor can send it back for changes.",
        );
      }
      const fields = { rating: data.rating, summary: data.summary, rationale: data.rationale };
      const before = claim.verdict;
      let verdict;
      if (!before) {
        if (data.version !== 0) throw staleError("verdict");
        verdict = await tx.verdict.create({
          data: { claimId: claim.id, ...fields, authorId: actor.id, lastEditedById: actor.id },
        });
      } else {
        if (data.version !== before.version) throw staleError("verdict");
        const { count } = await tx.verdict.updateMany({
          where: { id: before.id, version: before.version },
          data: { ...fields, lastEditedById: actor.id, version: { increment: 1 } },
        });
        if (count !== 1) throw staleError("verdict");
        verdict = await tx.verdict.findUniqueOrThrow({ where: { id: before.id } });
      }
      await tx.claim.update({ where: { id: claim.id }, data: { updatedAt: new Date() } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: before ? "verdict.update" : "verdict.create",
        entityType: "Verdict",
        entityId: verdict.id,
        claimId: claim.id,
        before: before ? { rating: before.rating, summary: before.summary, rationale: before.rationale } : undefined,
        after: fields,
      });
      return verdict;
    });
  } catch (error) {
    // Two people starting the first draft at once: the unique claimId refuses the second.
    if (prismaErrorCode(error) === "P2002") throw staleError("verdict");
    throw error;
  }
}
