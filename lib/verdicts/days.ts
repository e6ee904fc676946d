import type { ClaimStatus } from "../generated/prisma/enums";
import { deskToday } from "../days";

/**
 * A verdict's days ("valid as of", "re-check on"): calendar days kept as UTC midnight. The one place
 * that says when a re-check is due and how a day is written in a form, for the pages (the queue, the
 * claim page) and the mutations alike.
 */

/** A day as a date input holds it (YYYY-MM-DD); "" for no day. */
export function formDay(day: Date | null | undefined): string {
  return day ? day.toISOString().slice(0, 10) : "";
}

/** A re-check day is due once it has come: the desk's today or earlier. */
export function isDayDue(recheckOn: Date | null | undefined, now: Date, zone?: string): boolean {
  return !!recheckOn && recheckOn.getTime() <= deskToday(now, zone).getTime();
}

/** A published verdict is due for re-checking when its re-check day has come (unpublished ones are not). */
export function isRecheckDue({ status, recheckOn }: { status: ClaimStatus; recheckOn: Date | null | undefined }, now: Date): boolean {
  return status === "PUBLISHED" && isDayDue(recheckOn, now);
}
