import "../zod-jitless";
import { z } from "zod";
import { BCRYPT_MAX_BYTES, utf8Length } from "./password-bytes";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address").email("Enter a valid email address").max(254),
  password: z.string().min(1, "Enter your password").max(200),
});

/**
 * A new password's shape, shared by the forms and the server. bcrypt ignores everything past 72
 * bytes, so longer passwords are refused rather than silently shortened; the limit is in bytes
 * (accented and non-Latin letters take 2–4). Common passwords are refused on the server only
 * (password-policy.ts: its dictionaries stay out of the browser bundle).
 */
export const newPasswordField = z
  .string()
  .min(12, "Password must be at least 12 characters")
  .refine((p) => utf8Length(p) <= BCRYPT_MAX_BYTES, `Password must be at most ${BCRYPT_MAX_BYTES} bytes (fewer characters with accented or non-Latin letters)`)
  .refine((p) => /\p{L}/u.test(p) && /[^\p{L}\s]/u.test(p), "Password must mix letters with digits or symbols");

/** A person's name as the desk shows it: shared by account creation and renaming. */
export const personName = z
  .string({ error: "Enter a name" })
  .trim()
  .min(2, "Name must be at least 2 characters")
  .max(100, "Name must be at most 100 characters")
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "Name cannot contain control characters");

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  name: personName,
  role: z.enum(["REVIEWER", "EDITOR", "ADMIN"], { error: "Role must be REVIEWER, EDITOR or ADMIN" }),
  password: newPasswordField,
});
export type CreateUserInput = z.input<typeof createUserSchema>;
