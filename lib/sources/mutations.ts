import { db } from "../db";
import { DomainError, notFound } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { assertClaimStep } from "../claims/capabilities";
import { parseInput } from "../validation";
import { addEvidenceSchema, addSourceSchema, type AddEvidenceInput, type AddSourceInput } from "./schemas";

export async function addSource({ actor, input }: { actor: Actor | null; input: AddSourceInput }) {
  assertCan(actor, "source.add");
  const data = parseInput(addSourceSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, status: true } });
    if (!claim) throw notFound("claim");
    assertClaimStep(actor, { status: claim.status, verdict: null }, "addSource");
    const source = await tx.source.create({
      data: {
        claimId: claim.id,
        url: data.url,
        title: data.title,
        publisher: data.publisher ?? null,
        publishedAt: data.publishedAt ?? null,
        accessedAt: data.accessedAt ?? new Date(),
        archiveUrl: data.archiveUrl ?? null,
        reliabilityNote: data.reliabilityNote ?? null,
        withheld: data.withheld,
        withheldReason: data.withheld ? data.withheldReason : null,
        createdById: actor.id,
      },
    });
    await tx.claim.update({ where: { id: claim.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.add",
      entityType: "Source",
      entityId: source.id,
      claimId: claim.id,
      after: { url: source.url, title: source.title, publisher: source.publisher, withheld: source.withheld },
    });
    return source;
  });
}

export async function addEvidence({ actor, input }: { actor: Actor | null; input: AddEvidenceInput }) {
  assertCan(actor, "evidence.add");
  const data = parseInput(addEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, status: true } });
    if (!claim) throw notFound("claim");
    assertClaimStep(actor, { status: claim.status, verdict: null }, "addEvidence");
    const source = await tx.source.findUnique({ where: { id: data.sourceId }, select: { claimId: true } });
    if (!source || source.claimId !== claim.id) {
      throw new DomainError("VALIDATION", "Choose one of this claim's sources.", { sourceId: ["Choose one of this claim's sources"] });
    }
    const evidence = await tx.evidence.create({
      data: {
        claimId: claim.id,
        sourceId: data.sourceId,
        stance: data.stance,
        excerpt: data.excerpt,
        note: data.note ?? null,
        createdById: actor.id,
      },
    });
    await tx.claim.update({ where: { id: claim.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.add",
      entityType: "Evidence",
      entityId: evidence.id,
      claimId: claim.id,
      after: { sourceId: evidence.sourceId, stance: evidence.stance, excerpt: evidence.excerpt },
    });
    return evidence;
  });
}
