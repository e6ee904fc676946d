import { safeDecode } from "../http/request-guard.mjs";
import { findRetraction, retractionHtml } from "./retractions";

/** The public addresses of a verdict: its page, its badge and its embeddable card. */
const PUBLIC_VERDICT = /^\/(?:embed\/)?claims\/([^/]+?)(\/badge\.svg)?$/;

export type GoneResponse = { status: 410; headers: Record<string, string>; body: string };

/**
 * The answer for the old address of an unpublished verdict: 410 Gone with the reason (a plain line for
 * the badge image). Null for every other path, so the request goes on to the app. Called by the
 * production server (scripts/serve.mjs) before the framework sees the request — a check here costs a
 * set lookup, where a Next.js proxy on every public verdict URL cost a quarter of the page's throughput.
 */
export async function goneResponse(pathname: string, now = Date.now()): Promise<GoneResponse | null> {
  const match = PUBLIC_VERDICT.exec(pathname);
  if (!match) return null;
  // A malformed escape is no slug of ours (serve.mjs refuses it with 400 before this runs anyway).
  const slug = safeDecode(match[1]);
  if (slug === null) return null;
  const notice = await findRetraction(slug, now);
  if (!notice) return null;
  if (match[2]) return { status: 410, headers: { "Content-Type": "text/plain; charset=utf-8" }, body: "This fact-check was withdrawn." };
  return { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60" }, body: retractionHtml(notice) };
}

/** Where the server finds the check: the app and scripts/serve.mjs are bundled apart but share the process. */
export const GONE_HOOK = Symbol.for("factdesk.goneResponse");

export function installGoneHook() {
  (globalThis as unknown as Record<symbol, typeof goneResponse>)[GONE_HOOK] = goneResponse;
}
