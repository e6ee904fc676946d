import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "../db";

/** Failed sign-ins allowed per account and per address in each window (successes never count). */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 } as const;

type Limiters = { account: RateLimiterPrisma; address: RateLimiterPrisma };
const holder = globalThis as unknown as { factdeskSignInLimiters?: Limiters };

// Counted in the database (model RateLimit), so every instance sharing it sees the same failures.
function limiters(): Limiters {
  const store = { storeClient: db, tableName: "rateLimit" };
  return (holder.factdeskSignInLimiters ??= {
    account: new RateLimiterPrisma({ ...store, keyPrefix: "signin-account", points: SIGN_IN_LIMITS.perAccount, duration: SIGN_IN_LIMITS.windowSeconds }),
    address: new RateLimiterPrisma({ ...store, keyPrefix: "signin-address", points: SIGN_IN_LIMITS.perAddress, duration: SIGN_IN_LIMITS.windowSeconds }),
  });
}

export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`);
    this.name = "SignInThrottled";
  }
}

/** Throws SignInThrottled when this account or address has used up its attempts. */
export async function assertSignInAllowed(email: string, address: string) {
  const { account, address: byAddress } = limiters();
  const [a, b] = await Promise.all([account.get(email), byAddress.get(address)]);
  const blocked = [
    a && a.consumedPoints >= SIGN_IN_LIMITS.perAccount ? a.msBeforeNext : 0,
    b && b.consumedPoints >= SIGN_IN_LIMITS.perAddress ? b.msBeforeNext : 0,
  ];
  const wait = Math.max(...blocked);
  if (wait > 0) throw new SignInThrottled(Math.max(1, Math.ceil(wait / 1000)));
}

export async function recordSignInFailure(email: string, address: string) {
  const { account, address: byAddress } = limiters();
  await Promise.all([account.consume(email).catch(() => undefined), byAddress.consume(address).catch(() => undefined)]);
}

export async function recordSignInSuccess(email: string) {
  await limiters().account.delete(email);
}

/** Forget all counts (tests). */
export async function resetSignInLimits() {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-" } } });
}
