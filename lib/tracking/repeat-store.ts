import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "../db";
import { candidateClaims } from "../search/engine";
import { isIntakeTimeout, matchOffThread } from "../intake/pool";

/**
 * A claim's possible repeats, kept with the claim (table ClaimRepeatScan) so that the claim page does
 * not match its quote against the whole desk on every view.
 *
 * The first view of a claim matches it as before: the full-text index gives its best candidates, the
 * intake threads match them by the parts of the claim. What was found is stored with `through`, the
 * instant up to which claims were candidates. A later view matches only the claims created since
 * (usually none: one indexed read), adds what they match, and moves `through` on. A claim whose quote
 * changed (a re-anchor) is matched again from scratch; so is one that more than INCREMENTAL_LIMIT new
 * claims have arrived since (a big import), by the index rather than one by one.
 *
 * `through` stays SETTLE_MS behind the clock: a claim is stamped when its transaction starts and seen
 * when it commits, so the last few seconds are looked at again by the next view rather than missed.
 */
export const REPEATS_BUDGET_MS = 3_000;
export const INCREMENTAL_LIMIT = 200;
export const SETTLE_MS = 5_000;
/** The most repeats kept for one claim (the full match offers at most the index's 50 best candidates). */
export const KEPT_REPEATS = 50;

export type Repeat = { id: string; score: number };

const storedRepeats = z.array(z.object({ id: z.string(), score: z.number() }));

export const quoteHash = (quote: string) => createHash("sha256").update(quote).digest("base64url");

/** Pure: where the next view starts looking, given the newest claim creation this match has seen. */
export function nextThrough(newestSeen: Date | null, previous: Date | null, now: Date): Date {
  const seen = newestSeen ? newestSeen.getTime() + 1 : (previous?.getTime() ?? 0);
  return new Date(Math.max(previous?.getTime() ?? 0, Math.min(seen, now.getTime() - SETTLE_MS)));
}

/**
 * Pure: the kept repeats after matching `rechecked` claims again: what they match now replaces what
 * they matched before (a claim looked at twice in the settle window is not counted twice), best first.
 */
export function mergeRepeats(known: Repeat[], rechecked: string[], found: Repeat[]): Repeat[] {
  const again = new Set(rechecked);
  return [...known.filter((r) => !again.has(r.id)), ...found].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, KEPT_REPEATS);
}

function parseStored(json: string): Repeat[] | null {
  try {
    const parsed = storedRepeats.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Match off the request thread within the page's budget; null when the threads did not answer in time. */
async function matchWithin(quote: string, candidates: { id: string; quote: string }[]): Promise<Repeat[] | null> {
  if (candidates.length === 0) return [];
  return matchOffThread([{ quote, candidates }], AbortSignal.timeout(REPEATS_BUDGET_MS)).then(
    ([found]) => found,
    (error: unknown) => {
      if (isIntakeTimeout(error) || (error instanceof Error && error.name === "TimeoutError")) return null;
      throw error;
    },
  );
}

async function store(claimId: string, hash: string, through: Date, repeats: Repeat[]) {
  const data = { quoteHash: hash, through, repeats: JSON.stringify(repeats) };
  await db.claimRepeatScan.upsert({ where: { claimId }, create: { claimId, ...data }, update: data });
}

async function newestClaimAt(): Promise<Date | null> {
  const newest = await db.claim.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { createdAt: true } });
  return newest?.createdAt ?? null;
}

/** Everything: the index's best candidates for the quote, matched; stored for the next view. */
async function matchAll(claim: { id: string; quote: string }, hash: string, now: Date): Promise<Repeat[]> {
  const newest = await newestClaimAt();
  const found = await matchWithin(claim.quote, await candidateClaims({ text: claim.quote, excludeId: claim.id }));
  // Out of time (a long import holds the threads): no repeats this once, and nothing kept, to try again.
  if (found === null) return [];
  const repeats = mergeRepeats([], [], found);
  await store(claim.id, hash, nextThrough(newest, null, now), repeats);
  return repeats;
}

/** The claim's repeats: kept ones brought up to date with the claims created since they were found. */
export async function matchedRepeats(claim: { id: string; quote: string }, now = new Date(), limit = INCREMENTAL_LIMIT): Promise<Repeat[]> {
  const hash = quoteHash(claim.quote);
  const scan = await db.claimRepeatScan.findUnique({ where: { claimId: claim.id } });
  const known = scan && scan.quoteHash === hash ? parseStored(scan.repeats) : null;
  if (!scan || known === null) return matchAll(claim, hash, now);

  const since = await db.claim.findMany({
    where: { createdAt: { gte: scan.through }, id: { not: claim.id } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, quote: true, createdAt: true },
  });
  if (since.length === 0) return known;
  if (since.length > limit) return matchAll(claim, hash, now);
  const found = await matchWithin(claim.quote, since);
  if (found === null) return known;
  const repeats = mergeRepeats(
    known,
    since.map((c) => c.id),
    found,
  );
  const through = nextThrough(since.at(-1)!.createdAt, scan.through, now);
  // Claims still settling that match nothing new: nothing to write.
  if (through.getTime() !== scan.through.getTime() || JSON.stringify(repeats) !== scan.repeats) await store(claim.id, hash, through, repeats);
  return repeats;
}
