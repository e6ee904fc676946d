import bcrypt from "bcryptjs";
import { BCRYPT_MAX_BYTES, utf8Length } from "./password-bytes";

export { BCRYPT_MAX_BYTES, utf8Length } from "./password-bytes";

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  // The policy (schemas.ts) refuses these first; this keeps any other caller from storing a hash
  // that a different password sharing the first 72 bytes would also match.
  if (utf8Length(password) > BCRYPT_MAX_BYTES) return Promise.reject(new RangeError(`A password may be at most ${BCRYPT_MAX_BYTES} bytes.`));
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  // Never true for a longer input: bcrypt would compare only its first 72 bytes, so
  // "<the real password><anything>" would match. No stored password is that long.
  if (utf8Length(password) > BCRYPT_MAX_BYTES) return false;
  return bcrypt.compare(password, hash);
}
