import { db, type Tx } from "../db";
import { candidateClaims } from "../search/engine";
import { matchOffThread } from "./pool";
import { findClaimant } from "../claimants/resolve";

/**
 * For each quote, the earlier claim it repeats (by the parts of the claim, lib/tracking/claim-parts.ts),
 * preferring one with a published verdict: what "already checked" on a suggestion points to. The full-text
 * index gives each quote its few candidates; matching them parses text, so it runs in the worker pool.
 * All of it runs before the import's transaction, never inside it.
 */
export async function findRepeated(quotes: string[], signal: AbortSignal, excludeArticleId?: string): Promise<(string | null)[]> {
  const items = [];
  for (const quote of quotes) items.push({ quote, candidates: await candidateClaims({ text: quote, limit: 20 }) });
  const matches = await matchOffThread(items, signal);
  const ids = [...new Set(matches.flat().map((m) => m.id))];
  const rows = ids.length
    ? await db.claim.findMany({
        where: { id: { in: ids }, ...(excludeArticleId ? { articleId: { not: excludeArticleId } } : {}) },
        select: { id: true, status: true },
      })
    : [];
  const status = new Map(rows.map((r) => [r.id, r.status]));
  return matches.map((same) => {
    const known = same.filter((m) => status.has(m.id));
    const published = known.find((m) => status.get(m.id) === "PUBLISHED");
    return (published ?? known[0])?.id ?? null;
  });
}

/** The desk's own name for each speaker intake found: "Carpenter" is filed as Michael Carpenter. */
export async function deskClaimantNames(tx: Pick<Tx, "claimant" | "claimantAlias">, names: (string | null)[]): Promise<(string | null)[]> {
  const cache = new Map<string, string>();
  const out: (string | null)[] = [];
  for (const name of names) {
    if (!name) {
      out.push(null);
      continue;
    }
    if (!cache.has(name)) cache.set(name, (await findClaimant(tx, name))?.name ?? name);
    out.push(cache.get(name)!);
  }
  return out;
}
