import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { addressBucket } from "../http/client-address.mjs";
import { DomainError } from "../errors";
import { AtomicPrismaLimiter } from "../auth/rate-limit";

const positive = (raw: string | undefined, fallback: number) => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Tips one address (an IPv4 address or an IPv6 /64) may send: a few an hour, more in a day (FACTDESK_TIPS_PER_HOUR, FACTDESK_TIPS_PER_DAY). */
export function tipLimits(env: Record<string, string | undefined> = process.env) {
  return { perHour: positive(env.FACTDESK_TIPS_PER_HOUR, 5), perDay: positive(env.FACTDESK_TIPS_PER_DAY, 20) };
}

const holder = globalThis as unknown as { factdeskTipLimiters?: RateLimiterPrisma[] };

// Counted in the database (model RateLimit), so every instance sharing it sees the same tips.
function limiters(): RateLimiterPrisma[] {
  const store = { storeClient: db, tableName: "rateLimit" };
  const limits = tipLimits();
  return (holder.factdeskTipLimiters ??= [
    new AtomicPrismaLimiter({ ...store, keyPrefix: "tips-hour", points: limits.perHour, duration: 60 * 60 }),
    new AtomicPrismaLimiter({ ...store, keyPrefix: "tips-day", points: limits.perDay, duration: 60 * 60 * 24 }),
  ]);
}

/** Spends one tip of this address's allowance, or refuses with the wait (RATE_LIMITED, 429). */
export async function consumeTip(address: string) {
  const results = await Promise.allSettled(limiters().map((l) => l.consume(addressBucket(address))));
  const wait = Math.max(0, ...results.map((r) => (r.status === "rejected" && r.reason instanceof RateLimiterRes ? r.reason.msBeforeNext : 0)));
  const failed = results.find((r) => r.status === "rejected" && !(r.reason instanceof RateLimiterRes));
  if (failed && failed.status === "rejected") throw failed.reason;
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60_000));
    throw new DomainError("RATE_LIMITED", `You have sent us many tips from this connection. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}
