import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { findClaimantByName } from "../claimants/resolve";
import { claimantKey } from "../claimants/names";
import { DAY, deskDayStart } from "../days";
import { isStorable } from "../validation";
import type { PublicListQuery } from "./schemas";

const publicClaim = {
  id: true,
  slug: true,
  quote: true,
  claimant: true,
  claimantType: true,
  claimDate: true,
  publishedAt: true,
  publicUpdatedAt: true,
  isDemo: true,
  article: { select: { title: true, outlet: true, url: true, publishedAt: true } },
  // Repeats of the claim in other articles that this verdict covers (claim tracking).
  covering: {
    where: { status: "COVERED" },
    orderBy: { createdAt: "asc" },
    select: { claimant: true, claimDate: true, article: { select: { title: true, outlet: true, url: true, publishedAt: true } } },
  },
  verdict: {
    select: {
      rating: true,
      summary: true,
      rationale: true,
      validAsOf: true,
      // The byline: who checked it and who approved it, by their public names (lib/auth/profile.ts).
      author: { select: { name: true, displayName: true } },
      approvedBy: { select: { name: true, displayName: true } },
      versions: {
        orderBy: { number: "desc" },
        select: { number: true, rating: true, summary: true, rationale: true, correctionNote: true, publishedAt: true },
      },
    },
  },
} as const satisfies Prisma.ClaimSelect;

export type PublicClaim = Prisma.ClaimGetPayload<{ select: typeof publicClaim }>;

const published = { status: "PUBLISHED", slug: { not: null }, verdict: { isNot: null } } as const satisfies Prisma.ClaimWhereInput;
/**
 * What machines read (feed, sitemap, the ClaimReview API) leaves out the demo's verdicts: they show
 * the product, and are no newsroom's findings. People still see them, marked "Demo data", and their
 * pages are not indexed.
 */
const forMachines = { ...published, isDemo: false } as const satisfies Prisma.ClaimWhereInput;

/** The most claimants a part of a name stands for in the public filter. */
const PART_OF_NAME_MATCHES = 50;

/**
 * The claimants whose public name has words beginning with the typed ones, in order ("carpenter",
 * "michael carp"): three letters at least. Names only, never the desk's aliases.
 */
async function claimantsByPartOfName(typed: string): Promise<string[]> {
  const key = claimantKey(typed);
  if (key.length < 3) return [];
  const words = key.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const startsWords = new RegExp(`(?:^|[^\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}`, "u");
  // Keys are lower case on both databases, so no case folding is needed; a word starts the key or follows a
  // space there (the words after it are checked here), in the same order on both databases.
  const rows = await db.claimant.findMany({
    where: { OR: [{ key: { startsWith: key } }, { key: { contains: ` ${key}` } }] },
    select: { id: true, key: true },
    orderBy: { key: "asc" },
    take: 500,
  });
  return rows
    .filter((r) => startsWords.test(r.key))
    .slice(0, PART_OF_NAME_MATCHES)
    .map((r) => r.id);
}

/** Published verdicts, newest first, optionally filtered by rating, claimant and publication days. Only PUBLISHED claims ever leave this module. */
export async function listPublishedClaims({
  take = 50,
  filter = {},
  includeDemo = true,
}: { take?: number; filter?: PublicListQuery; includeDemo?: boolean } = {}) {
  const where: Prisma.ClaimWhereInput = { ...(includeDemo ? published : forMachines) };
  if (filter.rating) where.verdict = { is: { rating: filter.rating } };
  if (filter.claimant) {
    // As the claim shows it, or the claimant its name means in any case or spacing (not by the desk's
    // aliases, which are not public); failing that, the claimants whose name has a word starting so
    // ("Carpenter" for "Michael Carpenter, White House National Security Council").
    const claimant = await findClaimantByName(db, filter.claimant);
    const ids = claimant ? [claimant.id] : await claimantsByPartOfName(filter.claimant);
    where.OR = [{ claimant: filter.claimant }, ...(ids.length > 0 ? [{ claimantId: { in: ids } }] : [])];
  }
  if (filter.from || filter.to) {
    // Days on the desk's clock, as the list writes each verdict's publication day (formatDayOf).
    where.publishedAt = {
      ...(filter.from && { gte: deskDayStart(filter.from) }),
      // `to` is a whole day, up to its last millisecond (the next midnight of 9999-12-31 is no date a database takes).
      ...(filter.to && { lte: new Date(deskDayStart(filter.to).getTime() + DAY - 1) }),
    };
  }
  return db.claim.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], take, select: publicClaim });
}

/** The public list offers this many claimants as you type: those with the most published verdicts. */
export const OFFERED_CLAIMANTS = 100;

/**
 * The claimants with the most published verdicts, by name, for the public list's claimant field (any
 * other name can still be typed). Every claimant of every verdict was drawn into the page before.
 */
export async function listPublishedClaimants({ take = OFFERED_CLAIMANTS }: { take?: number } = {}) {
  const rows = await db.claim.groupBy({
    by: ["claimant"],
    where: published,
    _count: { claimant: true },
    orderBy: [{ _count: { claimant: "desc" } }, { claimant: "asc" }],
    take,
  });
  return rows.map((r) => r.claimant).sort((a, b) => a.localeCompare(b));
}

/** Whether a slug is a published verdict's (the same rule as getPublishedClaim), by the slug's index alone. */
export async function isPublishedSlug(slug: string): Promise<boolean> {
  if (!isStorable(slug)) return false;
  return (await db.claim.findFirst({ where: { ...published, slug }, select: { id: true } })) !== null;
}

export async function getPublishedClaim(slug: string) {
  if (!isStorable(slug)) return null;
  return db.claim.findFirst({
    where: { ...published, slug },
    select: {
      ...publicClaim,
      sources: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          url: true,
          title: true,
          publisher: true,
          publishedAt: true,
          accessedAt: true,
          archiveUrl: true,
          withheld: true,
          withheldReason: true,
        },
      },
    },
  });
}
export type PublishedClaimPage = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>;

/** A page of published verdicts in a stable order (last public change, then id), after a cursor. */
export async function listClaimReviewPage({ limit, updatedSince, after }: { limit: number; updatedSince?: Date; after?: { at: Date; id: string } }) {
  const where: Prisma.ClaimWhereInput = { ...forMachines, publicUpdatedAt: updatedSince ? { gte: updatedSince } : { not: null } };
  if (after) {
    where.OR = [{ publicUpdatedAt: { gt: after.at } }, { publicUpdatedAt: after.at, id: { gt: after.id } }];
  }
  const rows = await db.claim.findMany({
    where,
    orderBy: [{ publicUpdatedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: publicClaim,
  });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? { at: last.publicUpdatedAt!, id: last.id } : null };
}

/** How many published verdicts the sitemap lists. */
export async function countSitemapVerdicts() {
  return db.claim.count({ where: forMachines });
}

/**
 * A part of the sitemap: published verdicts' slugs and last changes, first published first, so that a new
 * verdict joins the last part and the others keep theirs.
 */
export async function listSitemapVerdicts({ skip, take }: { skip: number; take: number }) {
  return db.claim.findMany({
    where: forMachines,
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    skip,
    take,
    select: { slug: true, publicUpdatedAt: true },
  });
}

/** The retraction notice for a slug that was published and then unpublished, or null. */
export async function getRetraction(slug: string) {
  return db.claim.findFirst({
    where: { slug, status: { not: "PUBLISHED" }, retractedAt: { not: null } },
    select: { quote: true, claimant: true, retractedAt: true, retractionReason: true, publishedAt: true },
  });
}
