import { getRetraction } from "./queries";
import { formatDate, siteName } from "../site";

type Notice = Awaited<ReturnType<typeof getRetraction>>;

// Each instance remembers an answer for a few seconds: public pages stay cheap, and a retraction made
// on any instance is honoured everywhere within RETRACTION_TTL_MS.
export const RETRACTION_TTL_MS = 5_000;
// Held on globalThis: the proxy and the app are bundled apart but share the process, and the action
// that unpublishes must be able to clear the proxy's answer.
const holder = globalThis as unknown as { [key: symbol]: Map<string, { at: number; notice: Notice }> | undefined };
const KEY = Symbol.for("factdesk.retractions");
const cache = (holder[KEY] ??= new Map());

export async function findRetraction(slug: string, now = Date.now()): Promise<Notice> {
  const hit = cache.get(slug);
  if (hit && now - hit.at < RETRACTION_TTL_MS) return hit.notice;
  const notice = await getRetraction(slug);
  if (cache.size > 10_000) cache.clear();
  cache.set(slug, { at: now, notice });
  return notice;
}

/** Forget cached answers, so the instance that unpublishes shows the notice at once. */
export function forgetRetraction(slug?: string) {
  if (slug) cache.delete(slug);
  else cache.clear();
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
<body><p><a href="/">${site}</a></p>
<div class="notice" role="note" data-testid="retraction-notice">
<h1>This fact-check was withdrawn</h1>
<p>We unpublished our verdict on the claim by ${esc(notice.claimant)}: “${esc(notice.quote)}”</p>
<p><strong>Withdrawn on ${esc(formatDate(notice.retractedAt))}.</strong> Reason: ${esc(notice.retractionReason ?? "")}</p>
</div>
<p><a href="/claims">All published verdicts</a> · <a href="/methodology">Our corrections policy</a></p>
</body></html>`;
}
