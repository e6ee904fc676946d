// Entry of the password threads (see lib/auth/password.ts): bcrypt's work, about 0.3 s of CPU a
// password at cost 12, and the strength check (zxcvbn: its dictionaries are megabytes, and one check
// took from 0.1 s to 4 s), done here so that neither ever holds the thread every request shares.
import bcrypt from "bcryptjs";

/**
 * Near-misses of listed passwords ("passw0rd1234") are looked for up to this many characters. The
 * edit-distance search grows with the length: a 72-character password took 4 s with it, 0.5 s without,
 * and a near-miss of a common password is short.
 */
const NEAR_MISS_MAX_LENGTH = 24;

let estimators;

// Loaded on the thread's first check (about 0.8 s), kept while the thread lives.
function loadEstimators() {
  return (estimators ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    const options = { dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs, translations: en.translations };
    return { nearMisses: new ZxcvbnFactory({ ...options, useLevenshteinDistance: true }), plain: new ZxcvbnFactory(options) };
  })());
}

async function strength(password, inputs) {
  const { nearMisses, plain } = await loadEstimators();
  const result = ([...password].length <= NEAR_MISS_MAX_LENGTH ? nearMisses : plain).check(password, inputs);
  return { score: result.score, warning: result.feedback.warning || null };
}

export default function run({ op, password, hash, cost, inputs }) {
  if (op === "hash") return bcrypt.hashSync(password, cost);
  if (op === "compare") return bcrypt.compareSync(password, hash);
  if (op === "strength") return strength(password, inputs);
  throw new Error(`Unknown password task "${op}"`);
}
