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

/** The retraction notice served with HTTP 410 at a verdict's old address. */
export function retractionHtml(notice: NonNullable<Notice>): string {
  const site = esc(siteName());
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Fact-check withdrawn · ${site}</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#1c1917;line-height:1.6}
.notice{border:1px solid #fca5a5;background:#fef2f2;padding:1rem;border-radius:6px}a{color:#1d4ed8}</style></head>
<body><main><p><a href="/">${site}</a></p>
<div class="notice" role="note" data-testid="retraction-notice">
<h1>This fact-check was withdrawn</h1>
<p>We unpublished our verdict on the claim by ${esc(notice.claimant)}: “${esc(notice.quote)}”</p>
<p><strong>Withdrawn on ${esc(formatDate(notice.retractedAt))}.</strong> Reason: ${esc(notice.retractionReason ?? "")}</p>
</div>
<p><a href="/claims">All published verdicts</a> · <a href="/methodology">Our corrections policy</a></p>
</main></body></html>`;
}
