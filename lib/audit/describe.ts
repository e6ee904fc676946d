import { PRIORITY_LABEL } from "../claims/assignment";
import type { Priority, Rating } from "../generated/prisma/enums";
import { STANCE_ADJECTIVE, STANCE_LABEL } from "../sources/schemas";
import { formatDate } from "../site";
import { RATING_LABEL } from "../verdicts/ratings";

/**
 * A claim's history in words: what each audit event did, with names and titles instead of ids
 * ("assigned the claim to Rita Reviewer", "added the source “DW: …”"), its note once, and the fields
 * an edit changed. Pure: the page passes the names it knows (desk members, the claim's sources).
 */
export type AuditEventInput = { action: string; entityId?: string; before: string | null; after: string | null };
export type Names = { users: ReadonlyMap<string, string>; sources: ReadonlyMap<string, string> };
export type DescribedEvent = { text: string; note?: string; changes: string[] };

type Payload = Record<string, unknown>;

function parse(json: string | null): Payload {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Payload) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
const quoted = (v: unknown) => `“${str(v) ?? "untitled"}”`;
const user = (names: Names, id: unknown) => (str(id) ? (names.users.get(id as string) ?? "a former member") : undefined);
const source = (names: Names, id: unknown, title?: unknown) =>
  quoted(str(title) ?? (str(id) ? names.sources.get(id as string) : undefined) ?? "a removed source");
const rating = (v: unknown) => {
  const key = str(v);
  return key && key in RATING_LABEL ? RATING_LABEL[key as Rating] : undefined;
};

const FIELD_LABEL: Record<string, string> = {
  url: "URL",
  title: "Title",
  publisher: "Publisher",
  publishedAt: "Publication date",
  accessedAt: "Date accessed",
  archiveUrl: "Archived copy",
  reliabilityNote: "Reliability note",
  sourceId: "Source",
  stance: "Stance",
  excerpt: "Excerpt",
  note: "Note",
  rating: "Rating",
  summary: "Summary",
  rationale: "Rationale",
  validAsOf: "Valid as of",
  recheckOn: "Re-check on",
};
// Long texts are said to have changed; the verdict and its versions show them in full.
const LONG = new Set(["summary", "rationale", "excerpt", "reliabilityNote", "note"]);

function shown(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === "") return "none";
  if (field === "rating") return rating(value) ?? String(value);
  if (field === "stance") return STANCE_LABEL[value as keyof typeof STANCE_LABEL] ?? String(value);
  if (field === "sourceId") return source(names, value);
  // The fields an edit records with "At" or "On" are days (a source's publishedAt and accessedAt, a re-check day).
  if (/At$|On$/.test(field)) return formatDate(String(value));
  return String(value);
}

/** "Rating: Mostly true → False", "Rationale changed": the fields an edit changed. */
function changes(before: Payload, after: Payload, names: Names): string[] {
  return Object.keys(FIELD_LABEL)
    .filter((k) => k in after && String(before[k] ?? "") !== String(after[k] ?? ""))
    .map((k) =>
      LONG.has(k) && before[k] !== undefined
        ? `${FIELD_LABEL[k]} changed`
        : `${FIELD_LABEL[k]}: ${k in before ? `${shown(k, before[k], names)} → ` : ""}${shown(k, after[k], names)}`,
    );
}

function assignment(before: Payload, after: Payload, names: Names): string {
  const to = user(names, after.assigneeId);
  const parts = [to ? `assigned the claim to ${to}` : `unassigned the claim${user(names, before.assigneeId) ? ` from ${user(names, before.assigneeId)}` : ""}`];
  if ("dueDate" in after && String(after.dueDate ?? "") !== String(before.dueDate ?? ""))
    parts.push(after.dueDate ? `due ${formatDate(String(after.dueDate))}` : "no due date");
  if (str(after.priority) && after.priority !== before.priority) parts.push(`${PRIORITY_LABEL[after.priority as Priority].toLowerCase()} priority`);
  return parts.join(", ");
}

type Describe = (before: Payload, after: Payload, names: Names, entityId?: string) => DescribedEvent;
const plain =
  (text: string, note?: (after: Payload) => unknown): Describe =>
  (_b, after) => ({ text, note: str(note?.(after)), changes: [] });

const DESCRIBE: Record<string, Describe> = {
  "claim.create": (_b, a) => ({ text: `created the claim, said by ${str(a.claimant) ?? "an unnamed claimant"}`, changes: [] }),
  "claim.triage": plain("started research"),
  "claim.dismiss": plain("dismissed the claim", (a) => a.dismissReason ?? a.note),
  "claim.reopen": plain("reopened the claim"),
  "claim.submit": plain("submitted the verdict for review"),
  "claim.approve": (_b, a) => ({
    text: `approved the verdict${str(a.approvals) ? ` (approval ${a.approvals})` : ""}`,
    note: str(a.note),
    changes: [],
  }),
  "claim.object": plain("objected to the verdict", (a) => a.note),
  "claim.sendBack": plain("sent the verdict back", (a) => a.reviewNote ?? a.note),
  "claim.publish": plain("published the verdict"),
  "claim.unpublish": plain("unpublished the verdict", (a) => a.retractionReason ?? a.note),
  "claim.rework": plain("reopened the published verdict for rework", (a) => a.note),
  "claim.correct": (b, a, names) => ({ text: "corrected the published verdict", note: str(a.note), changes: changes(b, a, names) }),
  "claim.assign": (b, a, names) => ({ text: assignment(b, a, names), changes: [] }),
  "claim.link": plain("linked the claim to another appearance of the same claim"),
  "claim.reuse": plain("covered the claim with the published verdict of another appearance"),
  "claim.requestReuse": plain("asked an editor to reuse a published verdict for this claim"),
  "claim.anchor.moved": plain("changed the article's text; the quote moved with it"),
  "claim.anchor.fuzzy": plain("changed the article's text: the quote has a close match there, to confirm"),
  "claim.anchor.lost": plain("changed the article's text, which no longer holds the quote"),
  "verdict.create": (_b, a) => ({ text: `drafted the verdict: ${rating(a.rating) ?? "no rating"}`, changes: [] }),
  "verdict.update": (b, a, names) => ({ text: "edited the verdict", changes: changes(b, a, names) }),
  "verdict.recheck": (b, a, names) => ({ text: "recorded a re-check of the published verdict", changes: changes(b, a, names) }),
  "source.add": (_b, a) => ({ text: `added the source ${quoted(a.title)}${a.withheld === true ? ", withheld from the public page" : ""}`, changes: [] }),
  "source.edit": (b, a, names, id) => ({ text: `edited the source ${source(names, id, a.title)}`, changes: changes(b, a, names) }),
  "source.remove": (b) => ({
    text: `removed the source ${quoted(b.title)}${typeof b.evidence === "number" && b.evidence > 0 ? ` and the evidence taken from it` : ""}`,
    changes: [],
  }),
  "source.withhold": (_b, a) => ({ text: "withheld a source from the public page", note: str(a.withheldReason), changes: [] }),
  "source.reveal": plain("showed a withheld source on the public page again"),
  "evidence.add": (_b, a, names) => ({
    text: `added ${STANCE_ADJECTIVE[a.stance as keyof typeof STANCE_ADJECTIVE] ?? "new"} evidence from ${source(names, a.sourceId)}`,
    changes: [],
  }),
  "evidence.edit": (b, a, names) => ({ text: "edited a piece of evidence", changes: changes(b, a, names) }),
  "evidence.remove": (b, a, names) => ({
    text: `removed evidence from ${source(names, b.sourceId, b.sourceTitle)}${str(a.reason) ? `, as ${a.reason}` : ""}`,
    changes: [],
  }),
  "comment.add": (_b, a) => ({ text: str(a.parentId) ? "replied to a comment" : "commented", changes: [] }),
};

/**
 * The titles sources had, from the events that added or renamed them: a removed source is still named
 * in the events about it. `events` newest first (the page's order); the latest title wins.
 */
export function sourceTitlesFrom(events: AuditEventInput[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of [...events].reverse()) {
    if ((e.action === "source.add" || e.action === "source.edit") && e.entityId) {
      const title = str(parse(e.after).title);
      if (title) titles.set(e.entityId, title);
    }
  }
  return titles;
}

export function describeEvent(event: AuditEventInput, names: Names): DescribedEvent {
  const describe = DESCRIBE[event.action];
  // An action this table does not know yet still reads as something, never as raw JSON.
  if (!describe) return { text: event.action.replace(/[._]/g, " "), changes: [] };
  return describe(parse(event.before), parse(event.after), names, event.entityId);
}
