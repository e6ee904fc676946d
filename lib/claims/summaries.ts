import { db } from "../db";

/**
 * What a list of related claims shows of each (a repeat, a match found by hand, the verdict a
 * suggestion or a reader's question repeats): its words, claimant, state, verdict's rating and article,
 * in the order of `ids`. It checks no permission: every caller has checked its actor first.
 */
export async function claimSummaries(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      quote: true,
      claimant: true,
      status: true,
      slug: true,
      trackedClaimId: true,
      verdict: { select: { rating: true } },
      article: { select: { id: true, title: true, outlet: true } },
    },
  });
  const byId = new Map(rows.map(({ verdict, ...r }) => [r.id, { ...r, rating: verdict?.rating ?? null }]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
