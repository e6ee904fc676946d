import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "../db";
import { candidateClaims } from "../search/engine";
import { matchWithinBudget } from "../intake/pool";

/**
 * A claim's possible repeats, kept with the claim (table ClaimRepeatScan) so that the claim page does
 * not match its quote against the whole desk on every view.
 *
 * The first view of a claim matches it as before: the full-text index gives its best candidates, the
 * intake threads match them by the parts of the claim. What was found is stored with `through`, the
 * instant up to which claims were candidates. A later view matches only the claims created since
 * (usually none: one indexed read), adds what they match, and moves `through` on. More than
 * INCREMENTAL_LIMIT claims since (a big import) are asked of the index instead, one by one being slower.
 *
 * Kept matches are derived data (the table can be emptied at any time). They are matched again from
 * scratch when the quote differs, when MATCHER_VERSION changed (the matching rules in
 * lib/tracking/claim-parts.ts changed what counts as a repeat), and after REMATCH_AFTER_MS in any case:
 * what a watermark on times could miss (a claim's transaction stalled longer than SETTLE_MS between
 * its insert and its commit, clocks of two instances apart, rows loaded with earlier times) is missed
 * for a day at most. A desk-wide sequence taken at commit, like the claim's own change numbers
 * (lib/live/sequence.ts), would close that gap; it is not built.
 *
 * `through` stays SETTLE_MS behind the clock: a claim is stamped by the server before its insert and
 * seen once it commits, so the last seconds are looked at again by the next view rather than missed.
 */
export const REPEATS_BUDGET_MS = 3_000;
export const INCREMENTAL_LIMIT = 200;
export const SETTLE_MS = 30_000;
export const REMATCH_AFTER_MS = 24 * 60 * 60 * 1000;
/** Bump when a change to the matching rules should reach claims already matched. */
export const MATCHER_VERSION = 1;
/** The most repeats kept for one claim (the full match offers at most the index's 50 best candidates). */
export const KEPT_REPEATS = 50;

export type Repeat = { id: string; score: number };

const storedRepeats = z.array(z.object({ id: z.string(), score: z.number() }));

/** What the kept matches were made from: the quote and the matching rules' version. */
export const quoteHash = (quote: string) => createHash("sha256").update(`${MATCHER_VERSION}\u0000${quote}`).digest("base64url");

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
function matchWithin(quote: string, candidates: { id: string; quote: string }[]): Promise<Repeat[] | null> {
  return matchWithinBudget(quote, candidates, REPEATS_BUDGET_MS);
}

/**
 * Keep what was found. A write that fails (the database busy past its timeout, the claim deleted
 * meanwhile) loses only the keeping: the page still shows what was matched.
 */
async function store(claimId: string, hash: string, through: Date, repeats: Repeat[], matchedAt: Date) {
  const data = { quoteHash: hash, through, repeats: JSON.stringify(repeats), matchedAt };
  await db.claimRepeatScan.upsert({ where: { claimId }, create: { claimId, ...data }, update: data }).catch((error: unknown) => {
    console.error("[factdesk] could not keep a claim's repeats:", error);
  });
}

async function newestClaimAt(): Promise<Date | null> {
  // In the (createdAt desc, id) index's own order.
  const newest = await db.claim.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { createdAt: true } });
  return newest?.createdAt ?? null;
}

/**
 * The index's best candidates for the quote, matched; stored for the next view. `known` repeats (found
 * one by one since the last full match) stay unless matched again here.
 */
async function matchAll(claim: { id: string; quote: string }, hash: string, now: Date, kept?: { repeats: Repeat[]; matchedAt: Date }): Promise<Repeat[]> {
  const known = kept?.repeats ?? [];
  const newest = await newestClaimAt();
  const candidates = await candidateClaims({ text: claim.quote, excludeId: claim.id });
  const found = await matchWithin(claim.quote, candidates);
  // Out of time (a long import holds the threads): what was kept, or none, and nothing new kept.
  if (found === null) return known;
  const repeats = mergeRepeats(
    known,
    candidates.map((c) => c.id),
    found,
  );
  // Repeats carried over were not matched again here: the day until everything is, counts on.
  await store(claim.id, hash, nextThrough(newest, null, now), repeats, kept?.matchedAt ?? now);
  return repeats;
}

/** The claim's repeats: kept ones brought up to date with the claims created since they were found. */
export async function matchedRepeats(claim: { id: string; quote: string }, now = new Date(), limit = INCREMENTAL_LIMIT): Promise<Repeat[]> {
  const hash = quoteHash(claim.quote);
  const scan = await db.claimRepeatScan.findUnique({ where: { claimId: claim.id } });
  const fresh = scan && scan.quoteHash === hash && now.getTime() - scan.matchedAt.getTime() < REMATCH_AFTER_MS;
  const known = fresh ? parseStored(scan.repeats) : null;
  if (!scan || known === null) return matchAll(claim, hash, now);

  const since = await db.claim.findMany({
    where: { createdAt: { gte: scan.through }, id: { not: claim.id } },
    // The (createdAt desc, id) index read backwards: the oldest first, with no sort.
    orderBy: [{ createdAt: "asc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, quote: true, createdAt: true },
  });
  if (since.length === 0) return known;
  if (since.length > limit) return matchAll(claim, hash, now, { repeats: known, matchedAt: scan.matchedAt });
  const found = await matchWithin(claim.quote, since);
  if (found === null) return known;
  const repeats = mergeRepeats(
    known,
    since.map((c) => c.id),
    found,
  );
  const through = nextThrough(since.at(-1)!.createdAt, scan.through, now);
  // Written when a repeat was found or lost, or a claim looked at has settled (and needs no other look):
  // not on every view while new claims settle.
  const settled = since.some((c) => c.createdAt.getTime() < through.getTime());
  if (settled || JSON.stringify(repeats) !== scan.repeats) await store(claim.id, hash, through, repeats, scan.matchedAt);
  return repeats;
}
