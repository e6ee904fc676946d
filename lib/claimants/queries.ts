import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { isStorable } from "../validation";
import { claimantKey, tidyName } from "./names";
import { findClaimant } from "./resolve";

export const CLAIMANTS_PAGE_SIZE = 50;

/**
 * Claimants with a claim, most active first, a page at a time; with `q`, those whose name or an alias
 * holds it (as the claimant field's suggestions match). A desk with 20,000 claimants once drew them all.
 */
export async function listClaimants({
  actor,
  page = 1,
  q,
  pageSize = CLAIMANTS_PAGE_SIZE,
}: {
  actor: Actor | null;
  page?: number;
  q?: string;
  pageSize?: number;
}) {
  assertCan(actor, "desk.read");
  const key = claimantKey(q ?? "");
  const where: Prisma.ClaimantWhereInput = {
    claims: { some: {} },
    ...(key ? { OR: [{ key: { contains: key } }, { aliases: { some: { key: { contains: key } } } }] } : {}),
  };
  const total = await db.claimant.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(page, pageCount);
  const rows = await db.claimant.findMany({
    where,
    orderBy: [{ claims: { _count: "desc" } }, { name: "asc" }, { id: "asc" }],
    skip: (shown - 1) * pageSize,
    take: pageSize,
    select: { id: true, name: true, type: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } }, _count: { select: { claims: true } } },
  });
  const items = rows.map((r) => ({ id: r.id, name: r.name, type: r.type, aliases: r.aliases.map((a) => a.alias), claims: r._count.claims }));
  return { items, total, page: shown, pageCount };
}

export const CLAIMANT_CLAIMS_PAGE_SIZE = 100;

/**
 * One claimant's page: its aliases, how its claims were rated (all of them) and its claims, newest first,
 * a page at a time. An alias or an old name (a merged duplicate's) answers with the claimant it now
 * means, for the page to redirect to: links to a merged claimant keep working.
 */
export async function getClaimant({
  actor,
  name,
  page = 1,
  pageSize = CLAIMANT_CLAIMS_PAGE_SIZE,
}: {
  actor: Actor | null;
  name: string;
  page?: number;
  pageSize?: number;
}) {
  assertCan(actor, "desk.read");
  if (!isStorable(name)) return null;
  const claimant = await findClaimant(db, name);
  if (!claimant) return null;
  if (claimant.name !== tidyName(name)) return { redirectTo: claimant.name };
  const [aliases, total, ratings] = await Promise.all([
    db.claimantAlias.findMany({ where: { claimantId: claimant.id }, orderBy: { alias: "asc" }, select: { id: true, alias: true } }),
    db.claim.count({ where: { claimantId: claimant.id } }),
    db.verdict.groupBy({ by: ["rating"], where: { claim: { claimantId: claimant.id } }, _count: { _all: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(page, pageCount);
  const claims = await db.claim.findMany({
    where: { claimantId: claimant.id },
    orderBy: [{ claimDate: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (shown - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      quote: true,
      status: true,
      claimDate: true,
      claimantType: true,
      article: { select: { id: true, title: true, outlet: true } },
      verdict: { select: { rating: true } },
    },
  });
  const ratingCounts = new Map(ratings.map((r) => [r.rating, r._count._all]));
  return {
    redirectTo: null,
    id: claimant.id,
    name: claimant.name,
    type: claimant.type,
    version: claimant.version,
    aliases,
    claims,
    total,
    page: shown,
    pageCount,
    ratingCounts,
  };
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
