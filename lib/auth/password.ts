import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { BusyError } from "../errors";
import { BCRYPT_MAX_BYTES, utf8Length } from "./password-bytes";
import { PASSWORDS_BUSY_MESSAGE } from "./sign-in-messages";

export { BCRYPT_MAX_BYTES, utf8Length } from "./password-bytes";

const COST = 12;

// bcrypt at cost 12 is about 0.3 s of CPU. bcryptjs "async" still runs it on the calling thread in
// slices of up to 100 ms: every sign-in held the thread that serves every page, so a desk page's p97.5
// went from 71 to 329 ms with one person signing in each second (docs/benchmark.md, tenth pass). It runs
// in threads of its own, apart from intake's pool, so a sign-in never waits behind an article import.
const globalForPool = globalThis as unknown as { factdeskPasswordPool?: Piscina };

/**
 * Password checks waiting for a thread, at most. Past it a sign-in is told to try again in a moment
 * rather than wait behind a flood of guesses (the sign-in limits count per address and account; guesses
 * spread over many addresses are not counted together).
 */
export const PASSWORD_QUEUE_LIMIT = 64;

function pool(): Piscina {
  globalForPool.factdeskPasswordPool ??= new Piscina({
    // Resolved at run time from the app's folder (the server, tests and scripts all run from it).
    filename: path.join(process.cwd(), "lib", "auth", "password-worker.mjs"),
    minThreads: 0,
    // Each thread holds zxcvbn's dictionaries once loaded: a few threads at most, whatever the machine.
    maxThreads: Math.min(4, Math.max(1, availableParallelism() - 1)),
    maxQueue: PASSWORD_QUEUE_LIMIT,
    // Threads end after a minute without sign-ins; idle ones never keep a script from exiting.
    idleTimeout: 60_000,
  });
  return globalForPool.factdeskPasswordPool;
}

async function run<T>(task: object): Promise<T> {
  try {
    return (await pool().run(task)) as T;
  } catch (error) {
    if (error instanceof Error && error.message === "Task queue is at limit") throw new BusyError(PASSWORDS_BUSY_MESSAGE);
    throw error;
  }
}

/** A bcrypt hash at `cost` (12; tests whose subject is not hashing pass 4). */
export function hashPassword(password: string, cost = COST): Promise<string> {
  // The policy (schemas.ts) refuses these first; this keeps any other caller from storing a hash
  // that a different password sharing the first 72 bytes would also match.
  if (utf8Length(password) > BCRYPT_MAX_BYTES) return Promise.reject(new RangeError(`A password may be at most ${BCRYPT_MAX_BYTES} bytes.`));
  return run({ op: "hash", password, cost });
}

/** zxcvbn's score (0–4) of a password and its warning, if any, with the person's own words as inputs. */
export function passwordStrength(password: string, inputs: string[]): Promise<{ score: number; warning: string | null }> {
  return run({ op: "strength", password, inputs });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  // Never true for a longer input: bcrypt would compare only its first 72 bytes, so
  // "<the real password><anything>" would match. No stored password is that long.
  if (utf8Length(password) > BCRYPT_MAX_BYTES) return false;
  return run({ op: "compare", password, hash });
}
