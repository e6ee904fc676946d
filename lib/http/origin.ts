/**
 * Is a state-changing request from one of our own pages? Route handlers need this because a browser
 * attaches the session cookie to a form post from any page of the same *site* (SameSite=Lax treats
 * another port or subdomain as the same site), and a plain HTML form can send multipart or url-encoded
 * bodies without a CORS preflight. Server actions get this check from Next.js; route handlers do not.
 */

export const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type OriginDecision = { allowed: true; why: string } | { allowed: false; why: string };

type HeaderSource = { get(name: string): string | null };

/** The scheme, host and port of a URL, or null for anything that is not one (including "null"). */
function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origins our own pages are served from: the configured public URL (NEXTAUTH_URL), and the
 * origin this very request was addressed to (its Host header, with the scheme it arrived on).
 *
 * Trusting the Host header is safe here, though an attacker controls it for requests they send
 * themselves: a cross-site form post is sent by the *victim's* browser, which puts our host in Host
 * and the attacker's page in Origin, so the two differ. When an attacker makes the Host match their
 * Origin (DNS rebinding), the browser files the request under the attacker's host name and sends no
 * cookie of ours, so there is no session to abuse. The configured URL covers a TLS-terminating proxy,
 * where the request reaches us as http:// while the page's Origin says https://.
 */
export function ownOrigins({ configuredUrl, requestUrl, host }: { configuredUrl?: string; requestUrl: string; host: string | null }): Set<string> {
  const origins = new Set<string>();
  const configured = originOf(configuredUrl);
  if (configured) origins.add(configured);
  const scheme = originOf(requestUrl) ? new URL(requestUrl).protocol : null;
  const viaHost = host && scheme ? originOf(`${scheme}//${host}`) : null;
  if (viaHost) origins.add(viaHost);
  return origins;
}

/**
 * The decision, in order of what the browser tells us:
 * 1. Origin: browsers send it on every cross-origin POST (and on same-origin ones too). It must be
 *    one of ours; `Origin: null` (sandboxed frames, data: URLs, some redirects) is refused, since
 *    an attacker can produce it on purpose.
 * 2. No Origin, Sec-Fetch-Site: "same-origin" (and "none", a request the user made themselves) pass;
 *    "same-site" and "cross-site" are refused.
 * 3. Neither, but a Referer: its origin must be one of ours.
 * 4. None of the three: not a browser's cross-site form post (a browser would have sent Origin), but
 *    a script or command-line client. It is allowed: such a client holding a session cookie already
 *    has the session, and nothing a CSRF check prevents is left to prevent.
 */
export function decideOrigin({
  method,
  headers,
  origins,
  writesOnGet = false,
}: {
  method: string;
  headers: HeaderSource;
  origins: Set<string>;
  /** The route's GET writes too (the live stream records who has a claim open): decided like a POST. */
  writesOnGet?: boolean;
}): OriginDecision {
  if (!writesOnGet && !STATE_CHANGING.has(method.toUpperCase())) return { allowed: true, why: "a safe method" };
  const origin = headers.get("origin");
  if (origin !== null) {
    const parsed = originOf(origin.trim());
    if (parsed === null) return { allowed: false, why: `an opaque or malformed Origin (${origin.slice(0, 60)})` };
    return origins.has(parsed) ? { allowed: true, why: "Origin is ours" } : { allowed: false, why: `Origin ${parsed} is not ours` };
  }
  const fetchSite = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (fetchSite) {
    return fetchSite === "same-origin" || fetchSite === "none"
      ? { allowed: true, why: `Sec-Fetch-Site: ${fetchSite}` }
      : { allowed: false, why: `Sec-Fetch-Site: ${fetchSite}` };
  }
  const referer = headers.get("referer");
  if (referer !== null) {
    const parsed = originOf(referer);
    return parsed !== null && origins.has(parsed) ? { allowed: true, why: "Referer is ours" } : { allowed: false, why: "Referer is not ours" };
  }
  return { allowed: true, why: "no browser origin headers: not a browser's cross-site post" };
}
