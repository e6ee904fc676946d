import { revalidatePath } from "next/cache";
import { db } from "../db";
import { databaseKind } from "../db-url";
import { forgetRetraction } from "./retractions";

/**
 * Several instances on one PostgreSQL database each keep their own page cache. The instance that
 * changes a public verdict revalidates its own pages and announces the slug on this channel
 * (NOTIFY, delivered to every listening instance); scripts/serve.mjs listens and revalidates the same
 * pages locally through /api/internal/revalidate.
 */
export const REVALIDATE_CHANNEL = "factdesk_revalidate";

/** Every cached public route that shows this verdict, on this instance. */
export function revalidateVerdictHere(slug: string) {
  forgetRetraction(slug);
  // The page itself, then everything under its path (badge and social card images).
  revalidatePath(`/claims/${slug}`);
  revalidatePath(`/claims/${slug}`, "layout");
  // Route handlers and metadata images are cached apart from the page: each by its own path.
  for (const asset of ["badge.svg", "opengraph-image", "twitter-image"]) revalidatePath(`/claims/${slug}/${asset}`);
  for (const path of ["/claims", `/embed/claims/${slug}`, "/feed.xml", "/sitemap.xml"]) revalidatePath(path);
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
