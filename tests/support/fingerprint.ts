import { db } from "@/lib/db";

const ids = (rows: { id: string; version?: number }[]) => rows.map((r) => `${r.id}:${r.version ?? ""}`).join(",");

/**
 * Row counts of every table, every version number and the state flags a refusal must not touch.
 * Through the data layer, so it reads the same on SQLite and PostgreSQL.
 */
export async function fingerprint() {
  const [claims, articles, sources, evidence, verdicts, verdictVersions, comments, audit, suggestions, openSuggestions, tracked, users, withheld, notifications, unread, presences, editing, reviews, settings, claimRows, articleRows, verdictRows, verdictWriters] =
    await Promise.all([
      db.claim.count(),
      db.article.count(),
      db.source.count(),
      db.evidence.count(),
      db.verdict.count(),
      db.verdictVersion.count(),
      db.comment.count(),
      db.auditEvent.count(),
      db.suggestion.count(),
      db.suggestion.count({ where: { status: "OPEN" } }),
      db.trackedClaim.count(),
      db.user.count(),
      db.source.count({ where: { withheld: true } }),
      db.notification.count(),
      db.notification.count({ where: { readAt: null } }),
      db.claimPresence.count(),
      db.claimPresence.count({ where: { editing: true } }),
      db.verdictReview.count(),
      db.deskSettings.findUnique({ where: { id: 1 }, select: { approvalsRequired: true } }),
      db.claim.findMany({ select: { id: true, version: true, status: true, assigneeId: true, trackedClaimId: true, dueDate: true, priority: true }, orderBy: { id: "asc" } }),
      db.article.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
      db.verdict.findMany({ select: { id: true, version: true, validAsOf: true, recheckOn: true }, orderBy: { id: "asc" } }),
      db.verdictWriter.count(),
    ]);
  return {
    claims, articles, sources, evidence, verdicts, verdictVersions, comments, audit, suggestions, openSuggestions, tracked, users, withheld, notifications, unread, presences, editing, reviews, verdictWriters, approvalsRequired: settings?.approvalsRequired ?? null,
    claimVersions: claimRows.map((c) => `${c.id}:${c.version}:${c.status}:${c.assigneeId ?? "-"}:${c.trackedClaimId ?? "-"}:${c.dueDate?.toISOString() ?? "-"}:${c.priority}`).join(","),
    articleVersions: ids(articleRows),
    verdictVersionsById: ids(verdictRows),
    verdictDays: verdictRows.map((v) => `${v.id}:${v.validAsOf?.toISOString() ?? "-"}:${v.recheckOn?.toISOString() ?? "-"}`).join(","),
  };
}
