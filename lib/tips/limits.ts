import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { addressBucket, networkBucket } from "../http/client-address.mjs";
import { DomainError } from "../errors";
import { AtomicPrismaLimiter, positiveSetting } from "../auth/rate-limit";
import { addressKey, CHALLENGE_MAX_AGE_MS, challengeKey } from "./pow";

const positive = positiveSetting;

/**
 * Tips one address (an IPv4 address or an IPv6 /64) may send: a few an hour, more in a day
 * (FACTDESK_TIPS_PER_HOUR, FACTDESK_TIPS_PER_DAY); and one IPv6 /48 in an hour, however many /64s it
 * holds (FACTDESK_TIPS_PER_NETWORK_HOUR).
 */
export function tipLimits(env: Record<string, string | undefined> = process.env) {
  return {
    perHour: positive(env.FACTDESK_TIPS_PER_HOUR, 5),
    perDay: positive(env.FACTDESK_TIPS_PER_DAY, 20),
    perNetworkHour: positive(env.FACTDESK_TIPS_PER_NETWORK_HOUR, 30),
  };
}

type Limiters = { address: RateLimiterPrisma[]; network: RateLimiterPrisma; challenges: RateLimiterPrisma };
const holder = globalThis as unknown as { factdeskTipLimiters?: Limiters };

// Counted in the database (model RateLimit), so every instance sharing it sees the same tips.
function limiters(): Limiters {
  const store = { storeClient: db, tableName: "rateLimit" };
  const limits = tipLimits();
  return (holder.factdeskTipLimiters ??= {
    address: [
      new AtomicPrismaLimiter({ ...store, keyPrefix: "tips-hour", points: limits.perHour, duration: 60 * 60 }),
      new AtomicPrismaLimiter({ ...store, keyPrefix: "tips-day", points: limits.perDay, duration: 60 * 60 * 24 }),
    ],
    network: new AtomicPrismaLimiter({ ...store, keyPrefix: "tips-network-hour", points: limits.perNetworkHour, duration: 60 * 60 }),
    // A challenge is spent once, for as long as it could be valid (and a minute of clock skew).
    challenges: new AtomicPrismaLimiter({ ...store, keyPrefix: "tips-challenge", points: 1, duration: CHALLENGE_MAX_AGE_MS / 1000 + 60 }),
  });
}

/**
 * Marks a solved challenge spent before any work is done for it, so parallel copies of one request are
 * refused at once instead of each running the matching (Tip.challenge, unique, stays the last guard).
 * Kept as the challenge's hash, like Tip.challenge.
 */
export async function spendChallenge(challenge: string) {
  try {
    await limiters().challenges.consume(challengeKey(challenge));
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new DomainError("CONFLICT", ALREADY_SENT);
    throw error;
  }
}

export const ALREADY_SENT = "This form was already sent. Reload the page to ask another question.";

function refusal(wait: number) {
  const minutes = Math.max(1, Math.ceil(wait / 60_000));
  return new DomainError(
    "RATE_LIMITED",
    `You have sent us many questions from this connection. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  );
}

/**
 * Spends one tip of this address's allowance, or refuses with the wait (RATE_LIMITED, 429): the hour's
 * first, the day's only when the hour allows it (a refused retry costs no daily point). The key is a
 * keyed hash of the address (lib/tips/pow.ts), so the table keeps no reader's address.
 */
export async function consumeTip(address: string) {
  const key = addressKey(addressBucket(address));
  const network = networkBucket(address);
  const { address: perAddress, network: perNetwork } = limiters();
  const steps: [RateLimiterPrisma, string][] = [...perAddress.map((l): [RateLimiterPrisma, string] => [l, key])];
  // The /48 last: a reader refused for their own /64 costs their neighbours nothing.
  if (network) steps.push([perNetwork, addressKey(network)]);
  for (const [limiter, k] of steps) {
    try {
      await limiter.consume(k);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw refusal(error.msBeforeNext);
      throw error;
    }
  }
}

/** How long one connection counts once per question: asking again within it adds a tip, not a reader. */
const ASKER_WINDOW_SECONDS = 60 * 60 * 24 * 30;

const askers = () =>
  ((globalThis as unknown as { factdeskTipAskers?: RateLimiterPrisma }).factdeskTipAskers ??= new AtomicPrismaLimiter({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "tips-asker",
    points: 1,
    duration: ASKER_WINDOW_SECONDS,
  }));

/**
 * Whether this is the first time this connection asks about this group of questions ("N readers
 * asked" counts connections, not submissions). Kept, like the limits, under a keyed hash of the address.
 */
export async function firstAskFrom(groupId: string, address: string): Promise<boolean> {
  try {
    await askers().consume(`${groupId}:${addressKey(addressBucket(address))}`);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
