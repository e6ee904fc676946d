import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { DomainError, minutesToWait } from "../errors";
import { addressBucket, networkBuckets } from "../http/client-address.mjs";
import { throttledMessage } from "./sign-in-messages";

/**
 * Login protection after rate-limiter-flexible's "Login endpoint protection": consecutive failures
 * are counted per account AND address, so a stranger guessing from elsewhere cannot lock the real
 * user out; a slower daily limit per address stops one address trying many accounts.
 */
export const SIGN_IN_LIMITS = {
  consecutivePerAccountAndAddress: 10,
  consecutiveWindowSeconds: 60 * 60 * 3,
  consecutiveBlockSeconds: 15 * 60,
  perAddressPerDay: 100,
  addressBlockSeconds: 60 * 60 * 24,
  // An IPv6 /64 is one address here, but one holder may have thousands of them: their /56 (a household's
  // or small site's delegation) and /48 (a larger site) have daily limits too, so that one network cannot
  // keep the password threads busy for everyone's sign-in (attacker review, 7 Dec).
  perSitePerDay: 300,
  perNetworkPerDay: 1000,
} as const;

/** An operator's limit setting: a positive integer, anything else the default. */
export function positiveSetting(raw: string | undefined, fallback: number) {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * The library's Prisma store reads the row and then writes points + n in a transaction: on
 * PostgreSQL two concurrent attempts both read 5 and both write 6, and a first attempt's create
 * races another's. Here each step is one statement, so parallel guesses are all counted.
 */
export class AtomicPrismaLimiter extends RateLimiterPrisma {
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    if (forceExpire) {
      return db.rateLimit.upsert({ where: { key }, create: { key, points, expire }, update: { points, expire } });
    }
    // A window that ran out starts again from zero (a conditional update: only one racer matches).
    await db.rateLimit.updateMany({ where: { key, expire: { lte: now } }, data: { points: 0, expire } });
    // A single INSERT … ON CONFLICT DO UPDATE with an increment (Prisma's native upsert for this shape).
    return db.rateLimit.upsert({ where: { key }, create: { key, points, expire }, update: { points: { increment: points } } });
  }
}

/**
 * Changing one's own password proves the current one, a bcrypt check like a sign-in's. Without a limit a
 * session (left open, or stolen) could guess the password at bcrypt's pace, and a flood of parallel
 * guesses filled the password threads' queue so that everyone's sign-in was refused as busy (attacker
 * review, 7 Dec). Counted per person, before the check, as sign-in failures are.
 */
export const PASSWORD_CHECK_LIMITS = { consecutivePerUser: 10, windowSeconds: 60 * 60 * 3, blockSeconds: 15 * 60 } as const;

type Limiters = {
  consecutive: RateLimiterPrisma;
  perAddress: RateLimiterPrisma;
  perSite: RateLimiterPrisma;
  perNetwork: RateLimiterPrisma;
  currentPassword: RateLimiterPrisma;
};
const holder = globalThis as unknown as { factdeskSignInLimiters?: Limiters };

// Counted in the database (model RateLimit), so every instance sharing it sees the same attempts.
function limiters(): Limiters {
  const store = { storeClient: db, tableName: "rateLimit" };
  return (holder.factdeskSignInLimiters ??= {
    consecutive: new AtomicPrismaLimiter({
      ...store,
      keyPrefix: "signin-consecutive",
      points: SIGN_IN_LIMITS.consecutivePerAccountAndAddress,
      duration: SIGN_IN_LIMITS.consecutiveWindowSeconds,
      blockDuration: SIGN_IN_LIMITS.consecutiveBlockSeconds,
    }),
    perAddress: new AtomicPrismaLimiter({
      ...store,
      keyPrefix: "signin-address",
      points: SIGN_IN_LIMITS.perAddressPerDay,
      duration: 60 * 60 * 24,
      blockDuration: SIGN_IN_LIMITS.addressBlockSeconds,
    }),
    perSite: new AtomicPrismaLimiter({
      ...store,
      keyPrefix: "signin-site",
      points: SIGN_IN_LIMITS.perSitePerDay,
      duration: 60 * 60 * 24,
      blockDuration: SIGN_IN_LIMITS.addressBlockSeconds,
    }),
    perNetwork: new AtomicPrismaLimiter({
      ...store,
      keyPrefix: "signin-network",
      points: SIGN_IN_LIMITS.perNetworkPerDay,
      duration: 60 * 60 * 24,
      blockDuration: SIGN_IN_LIMITS.addressBlockSeconds,
    }),
    currentPassword: new AtomicPrismaLimiter({
      ...store,
      keyPrefix: "signin-current-password",
      points: PASSWORD_CHECK_LIMITS.consecutivePerUser,
      duration: PASSWORD_CHECK_LIMITS.windowSeconds,
      blockDuration: PASSWORD_CHECK_LIMITS.blockSeconds,
    }),
  });
}

export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(throttledMessage(retryAfterSeconds));
    this.name = "SignInThrottled";
  }
}

const accountKey = (email: string, address: string) => `${email.trim().toLowerCase()}_${addressBucket(address)}`;

/**
 * Spend one attempt for this account at this address, and one of the address's daily attempts,
 * BEFORE the password is checked: parallel guesses each need a point, so no more than the limit
 * ever reach bcrypt. Throws SignInThrottled with the wait when either is used up.
 */
export async function consumeSignInAttempt({ email, address }: { email: string; address: string }) {
  const { consecutive, perAddress, perSite, perNetwork } = limiters();
  const networks = networkBuckets(address);
  const wider: [RateLimiterPrisma, string][] = networks
    ? [
        [perSite, networks.site],
        [perNetwork, networks.network],
      ]
    : [];
  // A network already used up is refused before anything is spent: its people lose none of their own.
  for (const [limiter, key] of wider) {
    const state = await limiter.get(key);
    if (state && state.remainingPoints <= 0) throw new SignInThrottled(secondsOf(state.msBeforeNext));
  }
  // The narrow limits first, the networks' only for an attempt they let through: one /64 spends at most its
  // own daily hundred of its network's points, so it alone cannot lock out its /56 or /48.
  throwIfRefused(await Promise.allSettled([consecutive.consume(accountKey(email, address)), perAddress.consume(addressBucket(address))]));
  throwIfRefused(await Promise.allSettled(wider.map(([limiter, key]) => limiter.consume(key))));
}

const secondsOf = (ms: number) => Math.max(1, Math.ceil(Math.max(ms, 1000) / 1000));

/** Throws SignInThrottled with the longest wait when a limit refused, or the first other error. */
function throwIfRefused(results: PromiseSettledResult<unknown>[]) {
  const waits = results.map((r) => {
    if (r.status === "fulfilled") return 0;
    if (r.reason instanceof RateLimiterRes) return Math.max(r.reason.msBeforeNext, 1000);
    throw r.reason;
  });
  const wait = Math.max(0, ...waits);
  if (wait > 0) throw new SignInThrottled(secondsOf(wait));
}

/** A right password: its account-and-address failures are forgotten and its daily point given back. */
export async function recordSignInSuccess({ email, address }: { email: string; address: string }) {
  const { consecutive, perAddress, perSite, perNetwork } = limiters();
  const networks = networkBuckets(address);
  await Promise.all([
    consecutive.delete(accountKey(email, address)),
    perAddress.reward(addressBucket(address), 1),
    ...(networks ? [perSite.reward(networks.site, 1), perNetwork.reward(networks.network, 1)] : []),
  ]);
}

/**
 * Spend one check of a person's current password BEFORE it is checked (parallel guesses each need a
 * point): past the limit, RATE_LIMITED with the wait, next to the field.
 */
export async function consumePasswordCheck(userId: string) {
  try {
    await limiters().currentPassword.consume(userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const wait = `Too many wrong current passwords. Try again in ${minutesToWait(error.msBeforeNext)}.`;
    throw new DomainError("RATE_LIMITED", wait, { currentPassword: [wait] });
  }
}

/** The right current password: the person's wrong ones are forgotten. */
export async function recordPasswordCheckSuccess(userId: string) {
  await limiters().currentPassword.delete(userId);
}

/** Forget all counts (tests). */
export async function resetSignInLimits() {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-" } } });
}
