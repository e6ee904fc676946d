// Requests the production server (scripts/serve.mjs) refuses before Next.js sees them, because Next
// answers them with a 500: an address that does not decode (its own param decoding throws), a
// server-action post from a foreign Origin (its CSRF check throws), and an RSC request whose router
// state header does not parse (its parser throws). Plain ESM so that the Node server
// can import it without a TypeScript step; types in the .d.mts.

/** Longer request targets are no address of ours (browsers cap theirs near here too): 414. */
export const MAX_TARGET_LENGTH = 8192;

/** The security headers every page carries, for the answers given here without the framework. */
export const REFUSAL_HEADERS = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

/** decodeURIComponent that answers null instead of throwing URIError (%FF, a lone surrogate, a stray %). */
export function safeDecode(raw) {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

// A request line holds printable ASCII only (RFC 3986); Node's parser lets some other bytes through.
const UNPRINTABLE = /[^\x21-\x7e]/;

/**
 * Why a request target (req.url: path and query) is refused, or null when it is fine. Every path
 * segment and query name and value must percent-decode to well-formed text without NUL: no route of
 * ours means anything else, and the framework's own decoding would throw.
 */
export function refuseTarget(target) {
  if (typeof target !== "string" || target.length === 0) return { status: 400, why: "no request target" };
  if (target.length > MAX_TARGET_LENGTH) return { status: 414, why: `a ${target.length}-character address` };
  if (UNPRINTABLE.test(target)) return { status: 400, why: "a character that must be percent-encoded" };
  const hash = target.indexOf("#");
  const withoutFragment = hash < 0 ? target : target.slice(0, hash);
  const mark = withoutFragment.indexOf("?");
  const path = mark < 0 ? withoutFragment : withoutFragment.slice(0, mark);
  const query = mark < 0 ? "" : withoutFragment.slice(mark + 1);
  // "/x/../claims/…" and "/x/%2e%2e/claims/…": the framework resolves dot segments (WHATWG URL, "%2e" is a
  // dot there too) before it routes, so every check here on the address as sent would look at another
  // address than the one answered (a withdrawn verdict's 410, the verdicts' read-only methods). Browsers
  // resolve them before sending; nothing of ours is asked for with one.
  if (path.split("/").some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) return { status: 400, why: "a dot segment" };
  const parts = [...path.split("/"), ...query.split(/[&;]/).flatMap((pair) => pair.split("="))];
  for (const part of parts) {
    // "+" means a space in a query; it decodes either way, so there is nothing to check about it.
    const decoded = safeDecode(part);
    if (decoded === null) return { status: 400, why: "a malformed percent-encoding" };
    if (decoded.includes("\u0000")) return { status: 400, why: "a NUL character" };
    if (!decoded.isWellFormed()) return { status: 400, why: "an encoded lone surrogate" };
  }
  return null;
}

function firstValue(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === "string" ? value.split(",")[0].trim() : undefined;
}

const FORM_TYPES = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * A server-action post whose Origin is not this host: refused with 403, where Next.js answers 500.
 * This mirrors Next's own check (action-handler.js): a post that may be an action (a Next-Action
 * header, or a form body to a page) with an Origin whose host is not X-Forwarded-Host's first value,
 * or else Host. A post without Origin goes on to Next, which lets it through as Next does (no browser
 * omits Origin on a cross-site post). Route handlers under /api/ are no actions: lib/http/route.ts
 * checks their origin. Stricter than Next in one way: "Origin: null" and a malformed Origin are
 * refused here too, where Next would answer 500.
 */
export function refuseActionOrigin({ method, pathname, headers }) {
  if (method !== "POST") return null;
  if (pathname === "/api" || pathname.startsWith("/api/")) return null;
  const isAction = headers["next-action"] !== undefined || FORM_TYPES.test(firstValue(headers["content-type"]) ?? "");
  if (!isAction) return null;
  const origin = firstValue(headers.origin);
  if (origin === undefined) return null;
  let originHost = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  const expected = firstValue(headers["x-forwarded-host"]) || firstValue(headers.host);
  if (originHost && expected && originHost === expected) return null;
  return { status: 403, why: `Origin ${origin.slice(0, 80)} is not ${expected ?? "this host"}` };
}

/**
 * A verdict's addresses (its page, embeddable card, badge and social images, and the public list and
 * search beside them) are only read. Next caches what it first answers for an address it renders on
 * demand, whatever the method: a POST as the first request for a badge or a social image left a 405 in
 * the cache that every reader then got (an hour, and again after each publication purged it). Anything
 * but GET and HEAD is refused here with 405 before Next sees it. No server action lives under these
 * addresses (their forms are GET forms).
 */
export const READ_ONLY_PATH = /^\/(?:embed\/)?claims(?:\/|$)/;
export function refuseMethod({ method, pathname }) {
  if (method === "GET" || method === "HEAD" || !READ_ONLY_PATH.test(pathname)) return null;
  return { status: 405, why: `${String(method).slice(0, 20)} to a verdict's address`, headers: { Allow: "GET, HEAD" } };
}

/** The most a sign-in, sign-out or session post to next-auth may send (a form of a few fields). */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

/**
 * A post to next-auth's routes (/api/auth/…) with a body past MAX_AUTH_BODY_BYTES: 413, or 411 when it
 * does not say its length (browsers always do for these forms). next-auth reads a whole body before
 * looking at it, and no other cap reaches those routes: anyone could make the server buffer and parse
 * tens of megabytes on the thread every request shares.
 */
export function refuseAuthBody({ method, pathname, headers }) {
  if (method !== "POST" || !pathname.startsWith("/api/auth/")) return null;
  const declared = firstValue(headers["content-length"]);
  if (declared === undefined) return headers["transfer-encoding"] === undefined ? null : { status: 411, why: "a sign-in post without its length" };
  const bytes = Number(declared);
  if (!/^\d+$/.test(declared) || !(bytes <= MAX_AUTH_BODY_BYTES)) return { status: 413, why: `a sign-in post of ${declared.slice(0, 20)} bytes` };
  return null;
}

/** Next's own cap on the router state header (parse-and-validate-flight-router-state.js). */
export const MAX_ROUTER_STATE_LENGTH = 40_000;
const PARAM_TYPES = new Set(["c", "ci(..)(..)", "ci(.)", "ci(..)", "ci(...)", "oc", "d", "di(..)(..)", "di(.)", "di(..)", "di(...)"]);
const REFETCH_MARKERS = new Set(["refetch", "inside-shared-layout", "metadata-only"]);
const isString = (v) => typeof v === "string";
const isNullish = (v) => v === undefined || v === null;

function isSegment(segment) {
  if (isString(segment)) return true;
  return (
    Array.isArray(segment) &&
    segment.length === 4 &&
    isString(segment[0]) &&
    isString(segment[1]) &&
    PARAM_TYPES.has(segment[2]) &&
    (segment[3] === null || (Array.isArray(segment[3]) && segment[3].every(isString)))
  );
}

/**
 * The shape Next.js asserts for a router state tree (flightRouterStateSchema in its app-render/types.js):
 * [segment, {slot: tree}, [url, refresh]?, marker?, number?, string?]. Walked with a stack, not by
 * recursion, so a deeply nested header cannot overflow it. tests/unit/request-guard.test.ts compares
 * it with Next's own schema, so an upgrade that changes the schema fails there.
 */
export function isRouterState(value) {
  const stack = [value];
  while (stack.length) {
    const node = stack.pop();
    if (!Array.isArray(node) || node.length < 2 || node.length > 6) return false;
    const [segment, slots, url, marker, number, extra] = node;
    if (!isSegment(segment)) return false;
    if (typeof slots !== "object" || slots === null) return false;
    if (!isNullish(url) && !(Array.isArray(url) && url.length === 2 && url.every(isString))) return false;
    if (!isNullish(marker) && !REFETCH_MARKERS.has(marker)) return false;
    if (!isNullish(number) && typeof number !== "number") return false;
    if (extra !== undefined && !isString(extra)) return false;
    stack.push(...Object.values(slots));
  }
  return true;
}

/**
 * An RSC request (header RSC) whose Next-Router-State-Tree is not a percent-encoded JSON router
 * state: 400, where Next.js throws "The router state header was sent but could not be parsed" and
 * answers 500 on every dynamic page. Browsers send a valid one; a hand-made request may not.
 */
export function refuseRouterState(headers) {
  if (headers?.rsc === undefined) return null;
  const raw = headers["next-router-state-tree"];
  if (raw === undefined) return null;
  if (typeof raw !== "string") return { status: 400, why: "several router state headers" };
  if (raw.length > MAX_ROUTER_STATE_LENGTH) return { status: 400, why: "an overlong router state header" };
  const text = safeDecode(raw);
  let state;
  try {
    state = text === null ? undefined : JSON.parse(text);
  } catch {
    state = undefined;
  }
  return isRouterState(state) ? null : { status: 400, why: "a malformed router state header" };
}
