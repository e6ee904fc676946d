// Entry of the password threads (see lib/auth/password.ts): bcrypt's work, about 0.3 s of CPU a
// password at cost 12, done here so that a sign-in never holds the thread every request shares.
import bcrypt from "bcryptjs";

export default function run({ op, password, hash, cost }) {
  if (op === "hash") return bcrypt.hashSync(password, cost);
  if (op === "compare") return bcrypt.compareSync(password, hash);
  throw new Error(`Unknown password task "${op}"`);
}
