import type { Tx } from "../db";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: "Claim" | "Source" | "Evidence" | "Verdict" | "Comment" | "Article" | "User";
  entityId: string;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Append an audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, { actorId, action, entityType, entityId, claimId, before, after }: AuditInput) {
  await tx.auditEvent.create({
    data: {
      actorId,
      action,
      entityType,
      entityId,
      claimId: claimId ?? null,
      before: before === undefined ? null : JSON.stringify(before),
      after: after === undefined ? null : JSON.stringify(after),
    },
  });
}
