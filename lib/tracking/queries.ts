import { LRUCache } from "lru-cache";
import { db } from "../db";
import { claimSummaries } from "../claims/summaries";
import { candidateClaims } from "../search/engine";
import { isIntakeTimeout, matchOffThread } from "../intake/pool";

const REPEATS_BUDGET_MS = 3_000;
import { isStorable } from "../validation";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

/**
 * Earlier claims that say the same thing as this one, not already in its tracked claim. Matched by the
 * parts of the claim (a negation, swapped roles or a figure that counts something else is no repeat),
 * in the intake worker threads: parsing candidates is no work for the request's thread.
 */
/**
 * The claim page is drawn again after every action and live update: what its quote matched is kept for
 * a minute (per claim and quote), so a fact-checker at work does not pay for matching each time. A claim
 * entered meanwhile shows up as a repeat within the minute; what the desk did with the repeats (linking
 * them, a published verdict) is read fresh each time.
 */
const matched = new LRUCache<string, { id: string; score: number }[]>({ max: 5_000, ttl: 60_000 });

async function matchedRepeats(claim: { id: string; quote: string }) {
  const key = `${claim.id}\u0000${claim.quote}`;
  const known = matched.get(key);
  if (known) return known;
  const candidates = await candidateClaims({ text: claim.quote, excludeId: claim.id });
  if (candidates.length === 0) return [];
  // A claim page waits for the pool at most REPEATS_BUDGET_MS (a long import may hold it): without an
  // answer in time it shows no repeats rather than stalling (and keeps nothing, to try again next time).
  const similar = await matchOffThread([{ quote: claim.quote, candidates }], AbortSignal.timeout(REPEATS_BUDGET_MS)).then(
    ([found]) => found,
    (error: unknown) => {
      if (isIntakeTimeout(error) || (error instanceof Error && error.name === "TimeoutError")) return null;
      throw error;
    },
  );
  if (similar === null) return [];
  matched.set(key, similar);
  return similar;
}

/** Forget what quotes matched (tests that add claims and look again at once). */
export function forgetMatchedRepeats() {
  matched.clear();
}

export async function findRepeats({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  assertCan(actor, "desk.read");
  if (!isStorable(claimId)) return [];
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, quote: true, trackedClaimId: true } });
  if (!claim) return [];
  const similar = await matchedRepeats(claim);
  if (similar.length === 0) return [];
  const score = new Map(similar.map((s) => [s.id, s.score]));
  return (await claimSummaries(similar.map((s) => s.id)))
    .map((r) => ({ ...r, score: score.get(r.id)! }))
    .filter((r) => claim.trackedClaimId === null || r.trackedClaimId !== claim.trackedClaimId);
}

export async function getTrackedClaim({ actor, id }: { actor: Actor | null; id: string }) {
  assertCan(actor, "desk.read");
  if (!isStorable(id)) return null;
  return db.trackedClaim.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: [{ claimDate: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          quote: true,
          claimant: true,
          claimDate: true,
          status: true,
          slug: true,
          coveredById: true,
          article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
          verdict: { select: { rating: true } },
        },
      },
    },
  });
}

/**
 * Claims whose words match `q` (the full-text index), for a fact-checker linking a repeat by hand when
 * the automatic match missed it: each with its state, its verdict's rating and its article.
 */
export async function searchClaimsToLink({ actor, claimId, q }: { actor: Actor | null; claimId?: string; q: string | undefined }) {
  assertCan(actor, "desk.read");
  const text = (q ?? "").trim();
  if (text.length < 3 || !isStorable(text) || (claimId !== undefined && !isStorable(claimId))) return [];
  const candidates = await candidateClaims({ text, excludeId: claimId, limit: 10 });
  return candidates.length === 0 ? [] : claimSummaries(candidates.map((c) => c.id));
}
