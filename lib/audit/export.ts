import { csvRows } from "../csv";
import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

export const AUDIT_COLUMNS = ["createdAt", "actor", "actorEmail", "action", "entityType", "entityId", "claimId", "before", "after"] as const;

/** The whole audit log, oldest first. The log is append-only: nothing in lib/ updates or deletes it. */
export async function exportAuditLog({ actor }: { actor: Actor | null }) {
  assertCan(actor, "audit.export");
  const events = await db.auditEvent.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { name: true, email: true } } } });
  return events.map((e) => ({
    createdAt: e.createdAt.toISOString(),
    actor: e.actor?.name ?? "system",
    actorEmail: e.actor?.email ?? "",
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    claimId: e.claimId ?? "",
    before: e.before ?? "",
    after: e.after ?? "",
  }));
}

/** CSV with a header row; cells that a spreadsheet would run as formulas are prefixed with a quote. */
export function toCsv(rows: Awaited<ReturnType<typeof exportAuditLog>>): string {
  return csvRows(AUDIT_COLUMNS, rows, true);
}
