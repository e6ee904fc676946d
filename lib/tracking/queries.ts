import { db } from "../db";
import { candidateClaims } from "../search/engine";
import { matchClaims } from "./claim-parts";
import { isStorable } from "../validation";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

/** Earlier claims that say the same thing as this one, not already in its tracked claim. */
export async function findRepeats({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  assertCan(actor, "desk.read");
  if (!isStorable(claimId)) return [];
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, quote: true, trackedClaimId: true } });
  if (!claim) return [];
  const candidates = await candidateClaims({ text: claim.quote, excludeId: claim.id });
  // By the parts of the claim: a negation, swapped roles or a figure that counts something else is no repeat.
  const similar = candidates
    .map((c) => ({ id: c.id, ...matchClaims(claim.quote, c.quote) }))
    .filter((m) => m.same)
    .sort((a, b) => b.score - a.score);
  if (similar.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: similar.map((s) => s.id) } },
    select: {
      id: true,
      quote: true,
      claimant: true,
      status: true,
      slug: true,
      trackedClaimId: true,
      article: { select: { id: true, title: true, outlet: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return similar
    .map((s) => ({ ...byId.get(s.id)!, score: s.score }))
    .filter((r) => r.id && (claim.trackedClaimId === null || r.trackedClaimId !== claim.trackedClaimId));
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
  if (candidates.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: candidates.map((c) => c.id) } },
    select: {
      id: true,
      quote: true,
      claimant: true,
      status: true,
      slug: true,
      trackedClaimId: true,
      verdict: { select: { rating: true } },
      article: { select: { title: true, outlet: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return candidates.flatMap((c) => {
    const r = byId.get(c.id);
    return r ? [{ ...r, rating: r.verdict?.rating ?? null, verdict: undefined }] : [];
  });
}
