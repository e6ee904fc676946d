import "./zod-jitless";
import { z } from "zod";
import { DomainError } from "./errors";
import { latestPastDay } from "./days";

/**
 * Text every supported database can store: well-formed UTF-16 (no lone surrogate) and no NUL character
 * (PostgreSQL refuses U+0000 in text). Lookups by a key that fails this cannot match anything.
 */
export function isStorable(value: string): boolean {
  return value.isWellFormed() && !value.includes("\u0000");
}

/** The first key (top-level field) whose value holds text no database can store, if any. */
function malformedField(value: unknown, key = "", depth = 0): string | null {
  if (depth > 8) return null;
  if (typeof value === "string") return isStorable(value) ? null : key || "input";
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = malformedField(v, key, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const bad = malformedField(v, key || k, depth + 1) ?? (isStorable(k) ? null : key || k);
      if (bad) return bad;
    }
  }
  return null;
}

/** Parse with a shared schema; a failure becomes a VALIDATION error with messages per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  // Broken UTF-16 (a lone surrogate) or a NUL character cannot be stored; refuse it as bad input, not as a server error.
  const malformed = malformedField(input);
  if (malformed) {
    throw new DomainError("VALIDATION", "The text contains characters that cannot be stored. Remove them and try again.", {
      [malformed]: ["Contains an invalid character"],
    });
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const { fieldErrors, formErrors } = z.flattenError(result.error);
    throw new DomainError("VALIDATION", formErrors[0] ?? "Some fields need attention. Nothing was saved.", fieldErrors as Record<string, string[]>);
  }
  return result.data;
}

/**
 * A free-text URL parameter (a filter, a search term): a value no database can store (NUL, a lone
 * surrogate) or longer than `max` is dropped like any other unrecognised value, never sent to the
 * database, where PostgreSQL would refuse the NUL with an error (a 500 for a typo'd URL).
 */
export const queryText = (max: number) => z.string().max(max).refine(isStorable).optional().catch(undefined);

/** A list's page number from its URL: 1 when absent or not a page (an old link past the end shows the last page). */
export const pageParam = () => z.coerce.number().int().min(1).max(10_000).default(1).catch(1);

/** Optional text from a form: trimmed, empty means absent. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v));

export const requiredText = (max: number, label: string, min = 1) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    // abort: an empty field gets one message, not "required" and "too short" together.
    .min(1, { error: `${label} is required`, abort: true })
    .min(min, `${label} must be at least ${min} characters`)
    .max(max, `${label} must be at most ${max} characters`);

export const httpUrl = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(2000, `${label} is too long`)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    }, `${label} must be a full http:// or https:// address`);

export const optionalHttpUrl = (label: string) =>
  z
    .union([z.literal(""), httpUrl(label)])
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v));

/**
 * A date input's text (YYYY-MM-DD, or empty, or absent), refused unless it is a real calendar day; with
 * `pastOnly`, also when it is after latestPastDay.
 */
const dayText = (label: string, pastOnly = false) => {
  const day = z
    .string()
    .trim()
    .optional()
    // Round-trip through Date so impossible days (2024-02-31) are refused, not rolled over.
    .refine((v) => v === undefined || v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v)), `${label} must be a valid date (YYYY-MM-DD)`);
  return pastOnly ? day.refine(notInFuture, `${label} cannot be in the future`) : day;
};
const atMidnight = (v: string) => new Date(v + "T00:00:00Z");
/** Absent or empty → undefined. */
const orUndefined = (v: string | undefined) => (v === undefined || v === "" ? undefined : atMidnight(v));
/** Absent → undefined (leave as is), empty → null (clear). */
const orCleared = (v: string | undefined) => (v === undefined ? undefined : v === "" ? null : atMidnight(v));

/** A calendar date from a date input (YYYY-MM-DD), as UTC midnight. */
export const optionalDate = (label: string) => dayText(label).transform(orUndefined);

export { latestPastDay };

/** Whether a form's day (or nothing) is no later than latestPastDay; a day that is no date is judged elsewhere. */
function notInFuture(v: string | undefined) {
  return v === undefined || v === "" || !isRealDate(v) || atMidnight(v).getTime() <= latestPastDay().getTime();
}

/** optionalDate for a day in the past (or today): a source's publication, an article's date. */
export const optionalPastDate = (label: string) => dayText(label, true).transform(orUndefined);

/**
 * A calendar date that a form may also clear: absent → undefined (leave as is), "" → null (clear),
 * YYYY-MM-DD → that day at UTC midnight.
 */
export const clearableDate = (label: string) => dayText(label).transform(orCleared);

/** clearableDate for a day in the past (or today): the day a verdict's facts were checked. */
export const clearablePastDate = (label: string) => dayText(label, true).transform(orCleared);

export function isRealDate(v: string): boolean {
  const date = new Date(v + "T00:00:00Z");
  // Year 0000 is not a calendar year (PostgreSQL refuses it); 0001-9999 is what every database stores.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v && date.getUTCFullYear() >= 1;
}

/** The version the user saw. Empty must not coerce to 0, which means "a new draft". */
/** The largest integer a column can hold on every supported database (PostgreSQL's 4-byte integer). */
export const INT_MAX = 2_147_483_647;

export const version = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.number({ error: "The form is missing its version; reload the page" }).int().min(0).max(INT_MAX, "The form's version is not valid; reload the page"),
);

export const id = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(64);
