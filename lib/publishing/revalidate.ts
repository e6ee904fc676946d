import { revalidatePath } from "next/cache";
import { djb2Hash } from "next/dist/shared/lib/hash";
import { db } from "../db";
import { databaseKind } from "../db-url";
import { CHANNELS } from "../pg-listen.mjs";
import { forgetRetraction } from "./retractions";
import { forgetSitemaps } from "./sitemap";

/**
 * Several instances on one PostgreSQL database each keep their own page cache. The instance that
 * changes a public verdict revalidates its own pages and announces the slug on this channel
 * (NOTIFY, delivered to every listening instance); scripts/serve.mjs listens and revalidates the same
 * pages locally through /api/internal/revalidate.
 */
export const REVALIDATE_CHANNEL = CHANNELS.revalidate;

/**
 * Next names a metadata image under a route group with a hash of its parent route: the verdict's cards
 * are served at /claims/<slug>/opengraph-image-<hash>, and only that path revalidates them (the
 * page's "layout" revalidation does not reach them). The same function Next uses; the end-to-end
 * publishing test fails if the name ever differs.
 */
const CARD_SUFFIX = djb2Hash("/(public)/claims/[slug]").toString(36).slice(0, 6);
export const cardPaths = (slug: string) => ["opengraph-image", "twitter-image"].map((card) => `/claims/${slug}/${card}-${CARD_SUFFIX}`);

/** Every cached public route that shows this verdict, on this instance. */
export function revalidateVerdictHere(slug: string) {
  forgetRetraction(slug);
  forgetSitemaps();
  // The page itself, then everything under its path (badge and social card images).
  revalidatePath(`/claims/${slug}`);
  revalidatePath(`/claims/${slug}`, "layout");
  // Route handlers and metadata images are cached apart from the page: each by its own path.
  for (const path of [`/claims/${slug}/badge.svg`, ...cardPaths(slug)]) revalidatePath(path);
  for (const path of ["/", "/claims", `/embed/claims/${slug}`, "/feed.xml"]) revalidatePath(path);
}

/** Tell the other instances (PostgreSQL only; one SQLite file means one instance). */
export async function announceRevalidation(slug: string) {
  if (databaseKind() !== "postgres") return;
  const payload = JSON.stringify({ slug, origin: process.env.FACTDESK_INSTANCE_ID ?? null });
  await db.$executeRawUnsafe(`SELECT pg_notify($1, $2)`, REVALIDATE_CHANNEL, payload);
}

/** Refresh a verdict's public pages everywhere: here at once, on the other instances when they hear of it. */
export function revalidatePublicVerdict(slug: string) {
  revalidateVerdictHere(slug);
  announceRevalidation(slug).catch((error) => console.error("[factdesk] could not announce a revalidation", error));
}
