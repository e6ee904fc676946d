// Server only: the dictionaries are megabytes, loaded in the password threads (lib/auth/password-worker.mjs).
// Client forms use schemas.ts (length, bytes, mix), and this check runs in the service function with the
// same field error shape.
import { DomainError } from "../errors";
import { passwordStrength } from "./password";

/** zxcvbn's scale: 0–2 are guessable within about a million tries (common passwords and their variants). */
export const MIN_PASSWORD_SCORE = 3;
export const WEAK_PASSWORD_MESSAGE = "This password is too common or too easy to guess. Use a longer phrase of unrelated words.";

/**
 * The reason a password is refused for being common or guessable (checked against zxcvbn's lists of
 * leaked passwords, English words and keyboard patterns, and the person's own email and name), or null.
 */
export async function weakPasswordReason(password: string, userInputs: string[] = []): Promise<string | null> {
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[@.\s_-]+/)]).filter((s) => s.length >= 3);
  const { score, warning } = await passwordStrength(password, inputs);
  if (score >= MIN_PASSWORD_SCORE) return null;
  return warning ? `${WEAK_PASSWORD_MESSAGE} (${warning})` : WEAK_PASSWORD_MESSAGE;
}

/** Throws a VALIDATION DomainError on `field` for a weak password (the same shape as a schema error). */
export async function assertStrongPassword({ password, userInputs = [], field = "password" }: { password: string; userInputs?: string[]; field?: string }) {
  const reason = await weakPasswordReason(password, userInputs);
  if (reason) throw new DomainError("VALIDATION", "Some fields need attention. Nothing was saved.", { [field]: [reason] });
}
