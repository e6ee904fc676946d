/** Calendar days as the desk keeps them: UTC midnights. Pure, with no dependencies (the intake threads use it too). */
export const DAY = 86_400_000;

/** The day `now` falls on, as its UTC midnight. */
export function startOfDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY) * DAY);
}

/**
 * The last day a date about the past (published, accessed, checked as of) may name: tomorrow in UTC, so
 * that a desk whose day starts before UTC's (up to UTC+14) can still give its own today.
 */
export function latestPastDay(now = new Date()): Date {
  return new Date(startOfDay(now).getTime() + DAY);
}
