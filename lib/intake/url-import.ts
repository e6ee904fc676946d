import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { assertCan } from "../auth/permissions";
import { AtomicPrismaLimiter, positiveSetting } from "../auth/rate-limit";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { minutesToWait, RateLimitedError } from "../errors";
import { checkedAddress, readArticleAt } from "./fetch-page";

/** Pages one person may have the server fetch in an hour (FACTDESK_URL_IMPORTS_PER_HOUR). */
export const urlImportsPerHour = (env: Record<string, string | undefined> = process.env) => positiveSetting(env.FACTDESK_URL_IMPORTS_PER_HOUR, 30);

const holder = globalThis as unknown as { factdeskUrlImportLimiter?: RateLimiterPrisma };

// Counted in the database (model RateLimit), so every instance sharing it sees the same fetches.
const limiter = () =>
  (holder.factdeskUrlImportLimiter ??= new AtomicPrismaLimiter({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "url-import-hour",
    points: urlImportsPerHour(),
    duration: 60 * 60,
  }));

/**
 * An article read from its address for someone who may import (lib/intake/fetch-page.ts): the
 * permission first, then the address's own checks (no fetch spent on a typo), then one of the person's
 * fetches for the hour, whether the page turns out readable or not, so an account cannot make the
 * server a fetching proxy.
 */
export async function readArticleFor({ actor, address, signal }: { actor: Actor | null; address: string; signal: AbortSignal }) {
  assertCan(actor, "article.import");
  // An address refused before any connection costs no fetch.
  checkedAddress(address);
  try {
    await limiter().consume(actor.id);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const message = `You have tried to import many pages by address in the last hour. Try again in ${minutesToWait(error.msBeforeNext)}, or paste the article's text.`;
    throw new RateLimitedError(message, error.msBeforeNext / 1000, { url: [message] });
  }
  return readArticleAt(address, signal);
}
