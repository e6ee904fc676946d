import { db } from "../db";
import { getRetraction } from "./queries";

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
    .findMany({ where: { status: { not: "PUBLISHED" }, retractedAt: { not: null }, slug: { not: null } }, select: { slug: true } })
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

/** Forget the cached set, so the instance that unpublishes (or republishes) answers correctly at once. */
export function forgetRetraction(_slug?: string) {
  void _slug;
  state.at = 0;
}
