import { db } from "../db";
import { getRetraction } from "./queries";
import { formatDate, siteName } from "../site";

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
      state.at = Date.now();
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

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The retraction notice served with HTTP 410 at a verdict's old address. It is answered before the
 * framework sees the request (scripts/serve.mjs), so it carries the site's frame itself: the same
 * header, skip link, widths and colours as app/_components/site-header.tsx, light and dark.
 */
export function retractionHtml(notice: NonNullable<Notice>): string {
  const site = esc(siteName());
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Fact-check withdrawn · ${site}</title>
<style>
*{box-sizing:border-box}body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;background:#fafaf9;color:#1c1917;line-height:1.6}
a{color:#1e40af}.skip{position:absolute;left:-9999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;border:1px solid #d6d3d1}
header{border-bottom:1px solid #e7e5e4;background:#fff}nav{max-width:72rem;margin:0 auto;display:flex;align-items:center;gap:1.5rem;padding:.75rem 1rem}
nav a{color:#44403c;font-size:.875rem;text-decoration:none}nav a:hover{text-decoration:underline}nav .brand{font-size:1.125rem;font-weight:700;color:#1c1917;letter-spacing:-.01em}nav .desk{margin-left:auto}
main{max-width:72rem;margin:0 auto;padding:2rem 1rem}.notice{max-width:42rem;border:1px solid #fca5a5;background:#fef2f2;padding:1rem 1.25rem;border-radius:6px}
h1{font-size:1.5rem;margin:0 0 .5rem}
@media (prefers-color-scheme:dark){body{background:#1c1917;color:#f5f5f4}header{background:#0c0a09;border-color:#44403c}nav a{color:#d6d3d1}nav .brand{color:#fafaf9}a{color:#93c5fd}.notice{background:#450a0a;border-color:#991b1b}}
</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Main"><a class="brand" href="/">${site}</a><a href="/claims">Verdicts</a><a href="/methodology">Methodology</a><a class="desk" href="/desk">Desk</a></nav></header>
<main id="main" tabindex="-1">
<div class="notice" role="note" data-testid="retraction-notice">
<h1>This fact-check was withdrawn</h1>
<p>We unpublished our verdict on the claim by ${esc(notice.claimant)}: “${esc(notice.quote)}”</p>
<p><strong>Withdrawn on ${esc(formatDate(notice.retractedAt))}.</strong> Reason: ${esc(notice.retractionReason ?? "")}</p>
</div>
<p><a href="/claims">All published verdicts</a> · <a href="/methodology">Our corrections policy</a></p>
</main></body></html>`;
}
