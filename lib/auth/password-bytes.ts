// Shared by the client forms and the server, so it imports nothing (bcryptjs stays on the server).

/** bcrypt reads only the first 72 bytes of a password and silently ignores the rest. */
export const BCRYPT_MAX_BYTES = 72;

/** Length in UTF-8 bytes, the unit bcrypt counts in ("é" is 2, "🔑" is 4). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
