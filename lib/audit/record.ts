import type { Tx } from "../db";
import { announceClaimChange } from "../live/announce";
import { nextClaimSeq } from "../live/sequence";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: "Claim" | "Source" | "Evidence" | "Verdict" | "Comment" | "Article" | "User" | "Settings" | "Claimant" | "Tip";
  entityId: string;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Append an audit event inside the caller's transaction, so the change and its record commit together.
 * A change of a claim is also announced to open claim pages (on PostgreSQL with NOTIFY, which is
 * delivered when the transaction commits and never if it rolls back), with the claim's next event
 * number (lib/live/sequence.ts), by which open pages catch up on what they missed.
 */
export async function recordAudit(tx: Tx, { actorId, action, entityType, entityId, claimId, before, after }: AuditInput) {
  const claimSeq = claimId ? await nextClaimSeq(tx, claimId) : null;
  const event = await tx.auditEvent.create({
    data: {
      actorId,
      action,
      entityType,
      entityId,
      claimId: claimId ?? null,
      claimSeq,
      before: before === undefined ? null : JSON.stringify(before),
      after: after === undefined ? null : JSON.stringify(after),
    },
    select: { createdAt: true },
  });
  if (claimId) await announceClaimChange(tx, { claimId, seq: claimSeq!, actorId, action, at: event.createdAt.toISOString() });
}
