/**
 * Calendar days as the desk keeps them: a day (a due date, a re-check date, a publication day) is stored as its
 * UTC midnight, and "today" is the desk's own calendar day in FACTDESK_TIME_ZONE (an IANA name such as
 * "Europe/Paris"; UTC when unset). Pure, with no dependencies (the intake threads use it too).
 */
export const DAY = 86_400_000;

/** The day `now` falls on, as its UTC midnight: for a stored day, or a moment read in UTC. */
export function startOfDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY) * DAY);
}

/** Why a time zone setting is refused; null when `name` is one the runtime knows. */
export function timeZoneProblem(name: string): string | null {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    return null;
  } catch {
    return `FACTDESK_TIME_ZONE is not a time zone this server knows: "${name}". Use an IANA name such as Europe/Paris or America/New_York, or leave it unset for UTC.`;
  }
}

/** The desk's time zone: FACTDESK_TIME_ZONE, or UTC. A name the runtime does not know stops the server at its start. */
export function deskTimeZone(env: Record<string, string | undefined> = process.env): string {
  const name = env.FACTDESK_TIME_ZONE?.trim() || "UTC";
  const problem = timeZoneProblem(name);
  if (problem) throw new Error(problem);
  return name;
}

const dayParts = new Map<string, Intl.DateTimeFormat>();
/**
 * The calendar day it is at `now` in `zone` (the desk's by default), as that day's UTC midnight: the value a due
 * date for "today" is stored as. At 23:30 UTC on 1 June it is 2 June in Paris and 1 June in New York.
 */
export function deskToday(now: Date = new Date(), zone: string = deskTimeZone()): Date {
  let format = dayParts.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayParts.set(zone, format);
  }
  const part = (type: string) => Number(format.formatToParts(now).find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day")));
}

/**
 * The last day a date about the past (published, accessed, checked as of) may name: tomorrow in UTC, which is the
 * desk's today at the latest (no zone is more than 14 hours ahead), so that a member whose day starts before the
 * desk's can still give their own today.
 */
export function latestPastDay(now = new Date()): Date {
  return new Date(startOfDay(now).getTime() + DAY);
}
