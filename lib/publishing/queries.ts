import { db } from "../db";

const publicClaim = {
  id: true,
  slug: true,
  quote: true,
  claimant: true,
  claimantType: true,
  claimDate: true,
  publishedAt: true,
  updatedAt: true,
  isDemo: true,
  article: { select: { title: true, outlet: true, url: true, publishedAt: true } },
  verdict: { select: { rating: true, summary: true, rationale: true, updatedAt: true, approvedAt: true } },
} as const;

/** Published verdicts, newest first. Only PUBLISHED claims ever leave this module. */
export async function listPublishedClaims({ take = 50 }: { take?: number } = {}) {
  return db.claim.findMany({
    where: { status: "PUBLISHED", slug: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
    select: publicClaim,
  });
}

export async function getPublishedClaim(slug: string) {
  return db.claim.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      ...publicClaim,
      sources: {
        orderBy: { createdAt: "asc" },
        select: { id: true, url: true, title: true, publisher: true, publishedAt: true, accessedAt: true, archiveUrl: true },
      },
    },
  });
}
