import { timingSafeEqual } from "node:crypto";

/**
 * Whether a request carries this process's internal token (scripts/serve.mjs makes it at start; only
 * the server's own listener knows it). Compared in constant time over bytes: a header of the token's
 * length in characters but not in bytes (a Latin-1 character) once made timingSafeEqual throw, a 500.
 */
export function hasInternalToken(given: string | null, expected = process.env.FACTDESK_INTERNAL_TOKEN ?? ""): boolean {
  if (expected.length < 32 || !given) return false;
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
