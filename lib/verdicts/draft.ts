import { diffWords } from "diff";
import { RATING_LABEL } from "./ratings";
import { formDay } from "./days";

const ratingLabel = (value: string) => (value ? ((RATING_LABEL as Record<string, string>)[value] ?? value) : "no rating");

/** The text of a verdict as its form holds it. */
export type VerdictFields = { rating: string; summary: string; rationale: string; validAsOf: string; recheckOn: string };
export type VerdictSnapshot = { version: number; fields: VerdictFields };

export const EMPTY_FIELDS: VerdictFields = { rating: "", summary: "", rationale: "", validAsOf: "", recheckOn: "" };
/** The form of a claim that has no verdict yet: version 0 means "a new draft". */
export const NO_VERDICT: VerdictSnapshot = { version: 0, fields: EMPTY_FIELDS };

type StoredVerdict = { version: number; rating: string; summary: string; rationale: string; validAsOf: Date | null; recheckOn: Date | null };

/** A stored verdict as the form holds it. */
export function verdictSnapshot(verdict: StoredVerdict): VerdictSnapshot {
  const { version, rating, summary, rationale } = verdict;
  return { version, fields: { rating, summary, rationale, validAsOf: formDay(verdict.validAsOf), recheckOn: formDay(verdict.recheckOn) } };
}
const FIELDS = ["rating", "summary", "rationale", "validAsOf", "recheckOn"] as const;

export function sameFields(a: VerdictFields, b: VerdictFields): boolean {
  return FIELDS.every((field) => a[field] === b[field]);
}

/**
 * Someone saved the verdict while this form was open (the server's version moved past the one the
 * draft started from). What to do with the form:
 * - "adopt": nothing typed here, show their text;
 * - "converged": what is typed here is what they saved (e.g. our own save came back);
 * - "conflict": a draft that differs from theirs: keep it and show what they changed.
 */
export function reconcileDraft({
  base,
  draft,
  server,
}: {
  base: VerdictFields;
  draft: VerdictFields;
  server: VerdictFields;
}): "adopt" | "converged" | "conflict" {
  if (sameFields(draft, server)) return "converged";
  if (sameFields(draft, base)) return "adopt";
  return "conflict";
}

export type DiffPart = { text: string; kind: "same" | "added" | "removed" };
export type FieldChange = { field: keyof VerdictFields; label: string; before: string; after: string; parts: DiffPart[] };

const LABELS: Record<keyof VerdictFields, string> = {
  rating: "Rating",
  summary: "One-line summary",
  rationale: "Rationale",
  validAsOf: "Valid as of",
  recheckOn: "Re-check on",
};
const dayLabel = (value: string) => value || "no date";

/** What changed between two versions of a verdict, field by field, words marked as added or removed. */
export function verdictChanges(before: VerdictFields, after: VerdictFields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    if (before[field] === after[field]) continue;
    const whole = field === "rating" || field === "validAsOf" || field === "recheckOn";
    const label = field === "rating" ? ratingLabel : whole ? dayLabel : (v: string) => v;
    const [from, to] = [label(before[field]), label(after[field])];
    const parts: DiffPart[] = whole
      ? [
          { text: from, kind: "removed" },
          { text: to, kind: "added" },
        ]
      : diffWords(from, to).map((p) => ({ text: p.value, kind: p.added ? "added" : p.removed ? "removed" : "same" }));
    changes.push({ field, label: LABELS[field], before: from, after: to, parts });
  }
  return changes;
}
