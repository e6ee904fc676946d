import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { addressBucket, networkBuckets } from "../http/client-address.mjs";
import { DomainError, minutesToWait, RateLimitedError } from "../errors";
import { AtomicPrismaLimiter, positiveSetting } from "../auth/rate-limit";
import { addressKey, CHALLENGE_MAX_AGE_MS, challengeKey } from "./pow";

/**
 * Tips one address (an IPv4 address or an IPv6 /64) may send: a few an hour, more in a day
 * (FACTDESK_TIPS_PER_HOUR, FACTDESK_TIPS_PER_DAY); and, in an hour, one IPv6 /56 (a household's
 * delegation, FACTDESK_TIPS_PER_SITE_HOUR) and one /48 (FACTDESK_TIPS_PER_NETWORK_HOUR), however many
 * /64s they hold. A household filling its /56 leaves the rest of its /48 room.
 */
export function tipLimits(env: Record<string, string | undefined> = process.env) {
  return {
    perHour: positiveSetting(env.FACTDESK_TIPS_PER_HOUR, 5),
    perDay: positiveSetting(env.FACTDESK_TIPS_PER_DAY, 20),
    perSiteHour: positiveSetting(env.FACTDESK_TIPS_PER_SITE_HOUR, 20),
    perNetworkHour: positiveSetting(env.FACTDESK_TIPS_PER_NETWORK_HOUR, 200),
  };
}

type Limiters = { address: RateLimiterPrisma[]; site: RateLimiterPrisma; network: RateLimiterPrisma; challenges: RateLimiterPrisma };
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
    site: new AtomicPrismaLimiter({ ...store, keyPrefix: "tips-site-hour", points: limits.perSiteHour, duration: 60 * 60 }),
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

/** Gives a challenge back when nothing was kept for it (refused by a limit, or failed), so a partner may send the request again. */
export async function releaseChallenge(challenge: string) {
  await limiters().challenges.delete(challengeKey(challenge));
}

export const ALREADY_SENT = "This form was already sent. Reload the page to ask another question.";

function refusal(wait: number, network: boolean) {
  const when = `Please try again in ${minutesToWait(wait)}.`;
  return new RateLimitedError(
    network ? `We have had many questions from your network in the last hour. ${when}` : `You have sent us many questions from this connection. ${when}`,
    wait / 1000,
  );
}

const refused = (error: unknown, network: boolean) => {
  if (error instanceof RateLimiterRes) return refusal(error.msBeforeNext, network);
  return error;
};

/**
 * Spends one tip of this address's allowance, or refuses with the wait (RATE_LIMITED, 429): the hour's
 * first, the day's only when the hour allows it (a refused retry costs no daily point); then the /56's
 * and the /48's. A network already full is seen before anything is spent, so a reader refused for it
 * loses none of their own allowance. The keys are keyed hashes of the address (lib/tips/pow.ts), so the
 * table keeps no reader's address.
 */
export async function consumeTip(address: string) {
  const { address: perAddress, site, network } = limiters();
  const buckets = networkBuckets(address);
  const wider: [RateLimiterPrisma, string][] = buckets
    ? [
        [site, addressKey(buckets.site)],
        [network, addressKey(buckets.network)],
      ]
    : [];
  for (const [limiter, key] of wider) {
    const state = await limiter.get(key);
    if (state && state.remainingPoints <= 0) throw refusal(state.msBeforeNext, true);
  }
  const key = addressKey(addressBucket(address));
  for (const limiter of perAddress) await limiter.consume(key).catch((error: unknown) => Promise.reject(refused(error, false)));
  for (const [limiter, k] of wider) await limiter.consume(k).catch((error: unknown) => Promise.reject(refused(error, true)));
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
