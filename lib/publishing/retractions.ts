import { LRUCache } from "lru-cache";
import { db } from "../db";
import { getRetraction, isPublishedSlug } from "./queries";

type Notice = Awaited<ReturnType<typeof getRetraction>>;

// Each instance keeps the (small) set of retracted slugs and reloads it every RETRACTION_TTL_MS, so a
// public page costs no query at all, and a retraction made on any instance is honoured everywhere
// within that time. The instance that unpublishes forgets the set at once.
export const RETRACTION_TTL_MS = 5_000;

type State = { at: number; slugs: Set<string>; loading: Promise<Set<string>> | null };
// Held on globalThis: the proxy and the app are bundled apart but share the process.
const holder = globalThis as unknown as { [key: symbol]: State | undefined };
const KEY = Symbol.for("factdesk.retractions");
const state = (holder[KEY] ??= { at: 0, slugs: new Set(), loading: null });

async function retractedSlugs(now: number): Promise<Set<string>> {
  if (now - state.at < RETRACTION_TTL_MS) return state.slugs;
  state.loading ??= db.claim
    // "Retracted after 1970" rather than "retracted": a range the retractedAt index answers, where SQLite
    // reads every claim for IS NOT NULL (30-41 ms at 100,000 claims, every 5 s, on the request thread).
    .findMany({ where: { status: { not: "PUBLISHED" }, retractedAt: { gt: new Date(0) }, slug: { not: null } }, select: { slug: true } })
    .then((rows) => {
      state.slugs = new Set(rows.map((r) => r.slug!));
      state.at = now; // the caller's clock (a test passes its own), not the time the read ended
      return state.slugs;
    })
    .finally(() => {
      state.loading = null;
    });
  return state.loading;
}

export async function findRetraction(slug: string, now = Date.now()): Promise<Notice> {
  const slugs = await retractedSlugs(now);
  return slugs.has(slug) ? getRetraction(slug) : null;
}

/**
 * Whether a verdict page's address is a published verdict's, kept per slug: a minute when it is, as long
 * as the retraction set when it is not (RETRACTION_TTL_MS). The instance that publishes forgets the
 * slug at once (forgetRetraction); other instances learn within that time.
 */
const PUBLISHED_TTL_MS = 60_000;
const KNOWN = Symbol.for("factdesk.publishedSlugs");
const known = ((holder as unknown as { [key: symbol]: LRUCache<string, boolean> | undefined })[KNOWN] ??= new LRUCache<string, boolean>({ max: 20_000 }));

export async function publishedSlug(slug: string): Promise<boolean> {
  const cached = known.get(slug);
  if (cached !== undefined) return cached;
  const found = await isPublishedSlug(slug);
  known.set(slug, found, { ttl: found ? PUBLISHED_TTL_MS : RETRACTION_TTL_MS });
  return found;
}

/** Forget the cached set (and what is known of the slug), so the instance that publishes, unpublishes or republishes answers correctly at once. */
export function forgetRetraction(slug?: string) {
  state.at = 0;
  if (slug === undefined) known.clear();
  else known.delete(slug);
}
