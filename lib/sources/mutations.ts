import { db, type Tx } from "../db";
import { DomainError, notFound, staleError } from "../errors";
import { deleteAtVersion, holdAtVersion, updateAtVersion } from "../optimistic-lock";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { assertClaimStep } from "../claims/capabilities";
import { parseInput } from "../validation";
import { deskToday, startOfDay } from "../days";
import {
  addEvidenceSchema,
  addSourceSchema,
  editEvidenceSchema,
  editSourceSchema,
  removeEvidenceSchema,
  removeSourceSchema,
  type AddEvidenceInput,
  type AddSourceInput,
  type EditEvidenceInput,
  type EditSourceInput,
  type RemoveEvidenceInput,
  type RemoveSourceInput,
} from "./schemas";

/** Evidence quotes one of its own claim's sources. */
async function assertOwnSource(tx: Tx, claimId: string, sourceId: string) {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { claimId: true } });
  if (!source || source.claimId !== claimId) {
    throw new DomainError("VALIDATION", "Choose one of this claim's sources.", { sourceId: ["Choose one of this claim's sources"] });
  }
}

/** Read today unless said otherwise; never before the day it came out (a desk ahead of UTC may give tomorrow's). */
// The desk's today as a day (lib/days.ts), or the publication day when that is later (a member ahead of the desk).
const accessedOrToday = (accessedAt: Date | undefined, publishedAt: Date | undefined) =>
  accessedAt ?? (publishedAt && publishedAt.getTime() > deskToday().getTime() ? publishedAt : deskToday());

export async function addSource({ actor, input }: { actor: Actor | null; input: AddSourceInput }) {
  assertCan(actor, "source.add");
  const data = parseInput(addSourceSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, status: true, version: true } });
    if (!claim) throw notFound("claim");
    assertClaimStep(actor, { status: claim.status, verdict: null }, "addSource");
    const source = await tx.source.create({
      data: {
        claimId: claim.id,
        url: data.url,
        title: data.title,
        publisher: data.publisher ?? null,
        publishedAt: data.publishedAt ?? null,
        accessedAt: accessedOrToday(data.accessedAt, data.publishedAt),
        archiveUrl: data.archiveUrl ?? null,
        reliabilityNote: data.reliabilityNote ?? null,
        withheld: data.withheld,
        withheldReason: data.withheld ? data.withheldReason : null,
        createdById: actor.id,
      },
    });
    await holdAtVersion(tx, "claim", claim, { updatedAt: new Date() });
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
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, status: true, version: true } });
    if (!claim) throw notFound("claim");
    assertClaimStep(actor, { status: claim.status, verdict: null }, "addEvidence");
    await assertOwnSource(tx, claim.id, data.sourceId);
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
    await holdAtVersion(tx, "claim", claim, { updatedAt: new Date() });
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

// Edits and removals: while research is open (the claim is new or being researched), by any
// fact-checker or editor, at the version they saw, each in the audit trail with what it was before.

async function researchClaim(tx: Tx, actor: Actor, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { id: true, status: true, version: true } });
  assertClaimStep(actor, { status: claim.status, verdict: null }, "editResearch");
  await holdAtVersion(tx, "claim", claim, { updatedAt: new Date() });
  return claim;
}

/** Only the fields that changed, before and after, for the audit trail. */
function changed<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const keys = (Object.keys(after) as (keyof T)[]).filter((k) => String(before[k] ?? "") !== String(after[k] ?? ""));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

export async function editSource({ actor, input }: { actor: Actor | null; input: EditSourceInput }) {
  assertCan(actor, "research.edit");
  const { sourceId, version, ...data } = parseInput(editSourceSchema, input);
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: sourceId } });
    if (!source) throw notFound("source");
    await researchClaim(tx, actor, source.claimId);
    const fields = {
      url: data.url,
      title: data.title,
      publisher: data.publisher ?? null,
      publishedAt: data.publishedAt ?? null,
      accessedAt: data.accessedAt ?? source.accessedAt,
      archiveUrl: data.archiveUrl ?? null,
      reliabilityNote: data.reliabilityNote ?? null,
    };
    // The form may leave the day accessed as it was: it still may not come before a new publication day.
    if (fields.publishedAt && startOfDay(fields.accessedAt).getTime() < startOfDay(fields.publishedAt).getTime()) {
      const message = "The day accessed cannot be before the publication date";
      throw new DomainError("VALIDATION", "Some fields need attention. Nothing was saved.", { accessedAt: [message] });
    }
    const diff = changed(source, fields);
    if (Object.keys(diff.after).length === 0) return source;
    await updateAtVersion(tx, "source", { id: source.id, version }, fields);
    await recordAudit(tx, { actorId: actor.id, action: "source.edit", entityType: "Source", entityId: source.id, claimId: source.claimId, ...diff });
    return tx.source.findUniqueOrThrow({ where: { id: source.id } });
  });
}

/** Removing a source removes the evidence taken from it (the form says how much, and asks first). */
export async function removeSource({ actor, input }: { actor: Actor | null; input: RemoveSourceInput }) {
  assertCan(actor, "research.edit");
  const data = parseInput(removeSourceSchema, input);
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: data.sourceId }, include: { evidence: true } });
    if (!source) throw notFound("source");
    await researchClaim(tx, actor, source.claimId);
    if (source.version !== data.version) throw staleError("source");
    for (const e of source.evidence) {
      await tx.evidence.delete({ where: { id: e.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "evidence.remove",
        entityType: "Evidence",
        entityId: e.id,
        claimId: e.claimId,
        before: { sourceId: e.sourceId, sourceTitle: source.title, stance: e.stance, excerpt: e.excerpt },
        after: { reason: "its source was removed" },
      });
    }
    await deleteAtVersion(tx, "source", { id: source.id, version: data.version });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.remove",
      entityType: "Source",
      entityId: source.id,
      claimId: source.claimId,
      before: { url: source.url, title: source.title, publisher: source.publisher, evidence: source.evidence.length },
    });
    return { claimId: source.claimId, evidenceRemoved: source.evidence.length };
  });
}

export async function editEvidence({ actor, input }: { actor: Actor | null; input: EditEvidenceInput }) {
  assertCan(actor, "research.edit");
  const { evidenceId, version, ...data } = parseInput(editEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
    if (!evidence) throw notFound("evidence");
    await researchClaim(tx, actor, evidence.claimId);
    await assertOwnSource(tx, evidence.claimId, data.sourceId);
    const fields = { sourceId: data.sourceId, stance: data.stance, excerpt: data.excerpt, note: data.note ?? null };
    const diff = changed(evidence, fields);
    if (Object.keys(diff.after).length === 0) return evidence;
    await updateAtVersion(tx, "evidence", { id: evidence.id, version }, fields);
    await recordAudit(tx, { actorId: actor.id, action: "evidence.edit", entityType: "Evidence", entityId: evidence.id, claimId: evidence.claimId, ...diff });
    return tx.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
  });
}

export async function removeEvidence({ actor, input }: { actor: Actor | null; input: RemoveEvidenceInput }) {
  assertCan(actor, "research.edit");
  const data = parseInput(removeEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: data.evidenceId }, include: { source: { select: { title: true } } } });
    if (!evidence) throw notFound("evidence");
    await researchClaim(tx, actor, evidence.claimId);
    await deleteAtVersion(tx, "evidence", { id: evidence.id, version: data.version });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.remove",
      entityType: "Evidence",
      entityId: evidence.id,
      claimId: evidence.claimId,
      before: { sourceId: evidence.sourceId, sourceTitle: evidence.source.title, stance: evidence.stance, excerpt: evidence.excerpt },
    });
    return { claimId: evidence.claimId };
  });
}
