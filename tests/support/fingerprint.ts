import { db } from "@/lib/db";

/** `COUNT(*)` of a table, optionally filtered: SQL both databases read the same. */
const COUNTS = {
  claims: `"Claim"`,
  articles: `"Article"`,
  sources: `"Source"`,
  evidence: `"Evidence"`,
  verdicts: `"Verdict"`,
  verdictVersions: `"VerdictVersion"`,
  comments: `"Comment"`,
  audit: `"AuditEvent"`,
  suggestions: `"Suggestion"`,
  openSuggestions: `"Suggestion" WHERE "status" = 'OPEN'`,
  tracked: `"TrackedClaim"`,
  users: `"User"`,
  withheld: `"Source" WHERE "withheld" = true`,
  notifications: `"Notification"`,
  unread: `"Notification" WHERE "readAt" IS NULL`,
  presences: `"ClaimPresence"`,
  editing: `"ClaimPresence" WHERE "editing" = true`,
  reviews: `"VerdictReview"`,
  verdictWriters: `"VerdictWriter"`,
  claimants: `"Claimant"`,
  aliases: `"ClaimantAlias"`,
  tips: `"Tip"`,
  tipGroups: `"TipGroup"`,
  openTipGroups: `"TipGroup" WHERE "status" = 'OPEN'`,
} as const;
const COUNT_SQL = `SELECT ${Object.entries(COUNTS)
  .map(([name, from]) => `(SELECT COUNT(*) FROM ${from}) AS "${name}"`)
  .join(", ")}, (SELECT "approvalsRequired" FROM "DeskSettings" WHERE "id" = 1) AS "approvalsRequired",
  (SELECT COALESCE(SUM("version"), 0) FROM "Source") AS "sourceVersions", (SELECT COALESCE(SUM("version"), 0) FROM "Evidence") AS "evidenceVersions",
  (SELECT COALESCE(SUM("version"), 0) FROM "Claimant") AS "claimantVersions", (SELECT COALESCE(SUM("version"), 0) FROM "TipGroup") AS "tipGroupVersions"`;

type Row = Record<string, unknown>;
const day = (value: unknown) => (value == null ? "-" : new Date(value as string | number | Date).toISOString());
const rows = (sql: string) => db.$queryRawUnsafe<Row[]>(sql);

/**
 * Row counts of every table, every version number and the state flags a refusal must not touch.
 * Four raw queries rather than twenty-three through the query compiler (the property suites read
 * it for every input); the SQL is the same on SQLite and PostgreSQL.
 */
export async function fingerprint() {
  const [[counts], claimRows, articleRows, verdictRows] = await Promise.all([
    rows(COUNT_SQL),
    rows(`SELECT "id", "version", "status", "assigneeId", "trackedClaimId", "dueDate", "priority" FROM "Claim" ORDER BY "id"`),
    rows(`SELECT "id", "version" FROM "Article" ORDER BY "id"`),
    rows(`SELECT "id", "version", "validAsOf", "recheckOn" FROM "Verdict" ORDER BY "id"`),
  ]);
  const count = (name: keyof typeof COUNTS) => Number(counts[name]);
  return {
    ...(Object.fromEntries(Object.keys(COUNTS).map((name) => [name, count(name as keyof typeof COUNTS)])) as Record<keyof typeof COUNTS, number>),
    approvalsRequired: counts.approvalsRequired == null ? null : Number(counts.approvalsRequired),
    // Versions only ever count up, so their sum moves with any edit of a source or piece of evidence.
    sourceVersions: Number(counts.sourceVersions),
    evidenceVersions: Number(counts.evidenceVersions),
    claimantVersions: Number(counts.claimantVersions),
    tipGroupVersions: Number(counts.tipGroupVersions),
    claimVersions: claimRows
      .map((c) => `${c.id}:${c.version}:${c.status}:${c.assigneeId ?? "-"}:${c.trackedClaimId ?? "-"}:${day(c.dueDate)}:${c.priority}`)
      .join(","),
    articleVersions: articleRows.map((a) => `${a.id}:${a.version}`).join(","),
    verdictVersionsById: verdictRows.map((v) => `${v.id}:${v.version}`).join(","),
    verdictDays: verdictRows.map((v) => `${v.id}:${day(v.validAsOf)}:${day(v.recheckOn)}`).join(","),
  };
}
