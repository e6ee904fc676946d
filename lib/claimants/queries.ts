import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { isStorable } from "../validation";
import { claimantKey, tidyName } from "./names";
import { findClaimant } from "./resolve";

/** Every claimant with a claim, with its aliases and number of claims, most active first. */
export async function listClaimants({ actor }: { actor: Actor | null }) {
  assertCan(actor, "desk.read");
  const rows = await db.claimant.findMany({
    where: { claims: { some: {} } },
    select: { id: true, name: true, type: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } }, _count: { select: { claims: true } } },
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, type: r.type, aliases: r.aliases.map((a) => a.alias), claims: r._count.claims }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

/**
 * One claimant's page. An alias or an old name (a merged duplicate's) answers with the claimant it now
 * means, for the page to redirect to: links to a merged claimant keep working.
 */
export async function getClaimant({ actor, name }: { actor: Actor | null; name: string }) {
  assertCan(actor, "desk.read");
  if (!isStorable(name)) return null;
  const claimant = await findClaimant(db, name);
  if (!claimant) return null;
  if (claimant.name !== tidyName(name)) return { redirectTo: claimant.name };
  const [aliases, claims] = await Promise.all([
    db.claimantAlias.findMany({ where: { claimantId: claimant.id }, orderBy: { alias: "asc" }, select: { id: true, alias: true } }),
    db.claim.findMany({
      where: { claimantId: claimant.id },
      orderBy: [{ claimDate: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        quote: true,
        status: true,
        claimDate: true,
        claimantType: true,
        article: { select: { id: true, title: true, outlet: true } },
        verdict: { select: { rating: true } },
      },
    }),
  ]);
  return { redirectTo: null, id: claimant.id, name: claimant.name, type: claimant.type, version: claimant.version, aliases, claims };
}

/** Claimants whose name or an alias contains what was typed, for the claimant field (at most ten). */
export async function suggestClaimants({ actor, q }: { actor: Actor | null; q: string | undefined }) {
  assertCan(actor, "desk.read");
  const key = claimantKey(q ?? "");
  if (key.length < 2) return [];
  const rows = await db.claimant.findMany({
    where: { OR: [{ key: { contains: key } }, { aliases: { some: { key: { contains: key } } } }] },
    select: { name: true, type: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } }, _count: { select: { claims: true } } },
    orderBy: { claims: { _count: "desc" } },
    take: 10,
  });
  return rows.map((r) => ({ name: r.name, type: r.type, aliases: r.aliases.map((a) => a.alias) }));
}
