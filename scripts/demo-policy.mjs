// Whether `npm start` may seed the demo (with its known passwords) into an empty database.
// A pure function of the environment, so the decision is tested without a database or a server.

const YES = new Set(["1", "true", "yes", "on"]);
const NO = new Set(["0", "false", "no", "off"]);

/**
 * The demo's accounts have a password printed in the README, an admin among them: anyone who reads
 * it can sign in to a desk seeded with them. So only the default embedded database — a local try-out,
 * where the operator named nothing — gets the demo by default. A database the operator named (any
 * DATABASE_URL, SQLite or PostgreSQL) is taken to be a real install and gets it only when asked for
 * with FACTDESK_DEMO=1; FACTDESK_DEMO=0 turns it off for the default database too.
 *
 * @param {Record<string, string | undefined>} env the environment as the operator gave it (before defaults)
 * @returns {{ seed: boolean, reason: string }}
 */
export function demoDecision(env) {
  const asked = (env.FACTDESK_DEMO ?? "").trim().toLowerCase();
  if (YES.has(asked)) return { seed: true, reason: "FACTDESK_DEMO asks for the demo" };
  if (NO.has(asked)) return { seed: false, reason: "FACTDESK_DEMO turns the demo off" };
  // An unknown value is a typo: failing closed keeps known passwords out of a real database.
  if (asked !== "") return { seed: false, reason: `FACTDESK_DEMO="${env.FACTDESK_DEMO}" is neither 1 nor 0` };
  if ((env.DATABASE_URL ?? "").trim() !== "") return { seed: false, reason: "DATABASE_URL names a database (set FACTDESK_DEMO=1 for the demo)" };
  return { seed: true, reason: "the default embedded database" };
}
