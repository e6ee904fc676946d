// Shared by the sign-in form and the server, so it imports nothing: the refusals a sign-in may tell as
// they are (anything else reads "Email or password is incorrect…", revealing nothing).

const THROTTLED_PREFIX = "Too many sign-in attempts.";

/** A throttled sign-in (lib/auth/rate-limit.ts): how long to wait. */
export function throttledMessage(retryAfterSeconds: number): string {
  return `${THROTTLED_PREFIX} Try again in ${retryAfterSeconds} seconds.`;
}

/** The password threads' queue is full (lib/auth/password.ts). */
export const PASSWORDS_BUSY_MESSAGE = "The server is busy checking passwords. Try again in a few seconds.";

/** Whether a sign-in's error is one the form shows as it is: a throttle's wait, or a busy server. */
export function isToldSignInError(error: string | null | undefined): error is string {
  return !!error && (error.startsWith(THROTTLED_PREFIX) || error === PASSWORDS_BUSY_MESSAGE);
}
