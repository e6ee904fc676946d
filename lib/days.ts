/**
 * Calendar days as the desk keeps them: a day (a due date, a re-check date, a publication day) is stored as its
 * UTC midnight, and "today" is the desk's own calendar day in FACTDESK_TIME_ZONE (an IANA name such as
 * "Europe/Paris"; UTC when unset). Pure, with no package dependencies (the intake threads use it too).
 */
import { timeZoneProblem } from "./time-zone.mjs";
export const DAY = 86_400_000;

/** The day `now` falls on, as its UTC midnight: for a stored day, or a moment read in UTC. */
export function startOfDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY) * DAY);
}

export { timeZoneProblem };

/** The desk's time zone: FACTDESK_TIME_ZONE, or UTC. A name the runtime does not know stops the server at its start. */
export function deskTimeZone(env: Record<string, string | undefined> = process.env): string {
  const name = env.FACTDESK_TIME_ZONE?.trim() || "UTC";
  const problem = timeZoneProblem(name);
  if (problem) throw new Error(problem);
  return name;
}

/** A UTC moment from its calendar parts; unlike Date.UTC, a year below 100 is that year, not 1900 and after. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute, second, 0);
  return at.getTime();
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
  return new Date(utc(part("year"), part("month"), part("day")));
}

/**
 * The last day a date about the past (published, accessed, checked as of) may name: the desk's tomorrow, so that a
 * member whose day starts before the desk's can still give their own today. In a browser, where the setting is
 * unknown, that is UTC's tomorrow, which is never before the desk's today (no zone is more than 14 hours ahead): a
 * form never refuses a day the server takes.
 */
export function latestPastDay(now = new Date()): Date {
  return new Date(deskToday(now).getTime() + DAY);
}

const offsets = new Map<string, Intl.DateTimeFormat>();
/** How far the zone's clock is ahead of UTC at a moment, in milliseconds (negative west of UTC). */
function offsetAt(at: number, zone: string): number {
  let format = offsets.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    offsets.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const wall = utc(Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The moment a calendar day (YYYY-MM-DD) begins on the desk's clock: "published from 21 June" in Paris starts at
 * 22:00 UTC on 20 June in summer. The offset is read at the day's start itself (twice, for a change of clocks).
 */
export function deskDayStart(day: string, zone: string = deskTimeZone()): Date {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const first = midnight - offsetAt(midnight, zone);
  return new Date(midnight - offsetAt(first, zone));
}
