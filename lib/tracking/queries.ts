import { db } from "../db";
import { claimSummaries } from "../claims/summaries";
import { candidateClaims } from "../search/engine";
import { isStorable } from "../validation";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { matchedRepeats } from "./repeat-store";

/**
 * Earlier claims that say the same thing as this one, not already in its tracked claim. Matched by the
 * parts of the claim (a negation, swapped roles or a figure that counts something else is no repeat),
 * in the intake worker threads, and kept with the claim (lib/tracking/repeat-store.ts): a later view
 * matches only the claims created since. What the desk did with the repeats (linking them, a published
 * verdict) is read fresh each time.
 */
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
