import { safeDecode } from "../http/request-guard.mjs";
import { findRetraction, publishedSlug } from "./retractions";
import { withdrawnBadgeSvg } from "./badge";
import { GONE_HOOK, GONE_HOOK_INSTALLED } from "./gone-hook.mjs";
import { siteName } from "../site";
import { cardsBusy } from "./og-card";

/**
 * The public addresses of a verdict: its page, its embeddable card, its badge and its social card
 * images (whose URLs may carry a content hash: /claims/<slug>/opengraph-image-1a2b3c).
 */
const PUBLIC_VERDICT = /^\/(embed\/)?claims\/([^/]+?)(?:\/(badge\.svg|(?:opengraph|twitter)-image(?:-[\w-]+)?))?$/;

// The badge and the social cards never reach Next: they keep the headers the app's own answers have (next.config.mjs).
const COMMON = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" };
const NO_FRAMING = {
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

/**
 * Either a whole answer (the badge, the social cards), or the internal page that renders the
 * withdrawal notice in the site's layout, with the status and headers its answer must carry.
 */
export type GoneResponse =
  { status: 410 | 404 | 503; headers: Record<string, string>; body: string } | { status: 410 | 404; headers: Record<string, string>; rewrite: string };

/** A published verdict's social card while the card thread is flooded: ask again in a few seconds, nothing cached. */
const CARDS_BUSY: GoneResponse = {
  status: 503,
  headers: { ...COMMON, ...NO_FRAMING, "Cache-Control": "no-store", "Retry-After": "5", "Content-Type": "text/plain; charset=utf-8" },
  body: "Too many cards are being drawn. Try again in a few seconds.\n",
};
const CARD_IMAGE = /^(?:opengraph|twitter)-image/;

/** The routes under /claims/ that are not verdicts. */
const CLAIMS_ROUTES = new Set(["search"]);

/**
 * Where an address that is no published verdict's is rewritten: a path no route answers, so Next serves
 * its not-found page whole (with 404). Left to the verdict route, Next's on-demand rendering answers
 * notFound() with an empty body whose message only JavaScript draws (vercel/next.js#95613): blank for a
 * reader without JavaScript and for a crawler.
 */
export const UNPUBLISHED_PATH = "/__factdesk/not-a-verdict";
/** The same for the embeddable card: a compact notice a partner's frame can show (app/embed/missing). */
export const EMBED_MISSING_PATH = "/embed/missing";

/**
 * The answer for the old address of an unpublished verdict: 410 Gone; for the page or card of an
 * address that is no published verdict's, a rewrite with 404; for a published verdict's social card while
 * the card thread is flooded, 503 (lib/publishing/og-card.ts, cardsBusy). Null for every other path, so the request
 * goes on to the app as it is. Called by the production server (scripts/serve.mjs) before
 * the framework sees the request — a check here costs a set lookup, where a Next.js proxy on every
 * public verdict URL cost a quarter of the page's throughput.
 */
export async function goneResponse(pathname: string, now = Date.now()): Promise<GoneResponse | null> {
  const match = PUBLIC_VERDICT.exec(pathname);
  if (!match) return null;
  const [, embed, rawSlug, asset] = match;
  if (embed && asset) return null;
  // A malformed escape is no slug of ours (serve.mjs refuses it with 400 before this runs anyway).
  const slug = safeDecode(rawSlug);
  if (slug === null) return null;
  const notice = await findRetraction(slug, now);
  if (!notice) {
    if (!asset && !embed && CLAIMS_ROUTES.has(slug)) return null;
    if (await publishedSlug(slug)) return asset && CARD_IMAGE.test(asset) && cardsBusy() ? CARDS_BUSY : null;
    // The images of an address that is no published verdict's are answered here: the badge's route is
    // cached, and Next kept its 404 for every slug asked, in memory and as files on disk, without limit.
    // Not cached: the verdict may be published a moment later.
    if (asset)
      return {
        status: 404,
        headers: { ...COMMON, ...NO_FRAMING, "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
        body: "Not found.\n",
      };
    return { status: 404, headers: {}, rewrite: embed ? EMBED_MISSING_PATH : UNPUBLISHED_PATH };
  }
  const cache = { "Cache-Control": "public, max-age=60" };
  if (asset === "badge.svg") {
    return {
      status: 410,
      headers: {
        ...COMMON,
        ...cache,
        "Content-Type": "image/svg+xml; charset=utf-8",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      },
      body: withdrawnBadgeSvg(siteName()),
    };
  }
  if (asset)
    return {
      status: 410,
      headers: { ...COMMON, ...NO_FRAMING, ...cache, "Content-Type": "text/plain; charset=utf-8" },
      body: "This fact-check was withdrawn.",
    };
  // The page says why and when; no search engine should keep it. Cached briefly like before: it is the
  // same for everyone (the withdrawal pages read no session), while the app would say no-store.
  return { status: 410, headers: { ...cache, "X-Robots-Tag": "noindex" }, rewrite: `${embed ? "/embed" : ""}/withdrawn/${rawSlug}` };
}

export function installGoneHook() {
  const global = globalThis as unknown as Record<symbol, unknown>;
  global[GONE_HOOK] = goneResponse;
  (global[GONE_HOOK_INSTALLED] as (() => void) | undefined)?.();
}
