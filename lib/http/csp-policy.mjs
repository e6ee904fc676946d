// The Content-Security-Policy of every HTML page, in one place: proxy.ts gives dynamic pages (the
// desk, sign-in, setup, search) a per-request nonce with 'strict-dynamic'; scripts/serve.mjs gives
// static and cached public pages the SHA-256 hashes of the framework's own bootstrap scripts only
// (scripts/csp.mjs). Plain ESM without Node imports: the proxy bundle imports it too.

/** Every directive but script-src and frame-ancestors, which depend on the page. */
export const SHARED_DIRECTIVES = [
  "default-src 'self'",
  // Inline style attributes (charts, the framework's route announcer) are allowed; scripts never.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Only the embeddable card (/embed/…) may be framed by other sites. */
export function frameAncestors(pathname) {
  return pathname === "/embed" || pathname.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'none'";
}

export function buildPolicy(scriptSources, pathname) {
  const [first, ...rest] = SHARED_DIRECTIVES;
  return [first, `script-src ${scriptSources.join(" ")}`.trim(), ...rest, frameAncestors(pathname)].join("; ");
}

/**
 * The policy of a dynamically rendered page: its own scripts carry the nonce (Next.js reads it from
 * this header on the request), and what they load is trusted through 'strict-dynamic', which also
 * makes browsers ignore 'self' and host sources. An injected inline script has no nonce: refused.
 */
export function noncePolicy(nonce, pathname, { dev = false } = {}) {
  // React rebuilds server error stacks with eval in development only.
  return buildPolicy([`'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])], pathname);
}

/** The nonce of a policy built by noncePolicy, or null. */
export function policyNonce(policy) {
  const match = /(?:^|[\s;])script-src\s[^;]*'nonce-([A-Za-z0-9+/_=-]+)'/.exec(String(policy ?? ""));
  return match ? match[1] : null;
}

const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const PUSH = "self.__next_f.push(";
const TURBOPACK_PUSH = /^\(globalThis\[("[A-Za-z0-9_$]+")\] \|\| \(globalThis\[\1\] = \[\]\)\)\.push\((\{.*\})\);$/;
const CHUNK = /^static\/chunks\/[A-Za-z0-9_.~-]+\.(?:js|css)$/;

function parseJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

/**
 * One push of the inline RSC payload (Next's use-flight-response.js): [1, text], [3, base64] or the
 * form state [2, value]. The argument must be JSON as a whole; JSON is a subset of JavaScript, so
 * the statement does nothing but push that value.
 */
function isFlightPush(statement) {
  if (!statement.startsWith(PUSH) || !statement.endsWith(")")) return false;
  const parsed = parseJson(statement.slice(PUSH.length, -1));
  if (!parsed || !Array.isArray(parsed.value) || parsed.value.length !== 2) return false;
  const [kind, data] = parsed.value;
  return ((kind === 1 || kind === 3) && typeof data === "string") || kind === 2;
}

/** Turbopack's chunk-group bootstrap (get-page-files.js): which of our chunks to load and run. */
function isTurbopackBootstrap(body) {
  return body.split("\n").every((line) => {
    const match = TURBOPACK_PUSH.exec(line);
    const parsed = match && parseJson(match[2]);
    if (!parsed || typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) return false;
    const { otherChunks, runtimeModuleIds, ...other } = parsed.value;
    return (
      Object.keys(other).length === 0 &&
      Array.isArray(otherChunks) &&
      otherChunks.every((c) => typeof c === "string" && CHUNK.test(c)) &&
      Array.isArray(runtimeModuleIds) &&
      runtimeModuleIds.every((id) => Number.isInteger(id) || (typeof id === "string" && /^[\w./-]+$/.test(id)))
    );
  });
}

/**
 * Whether an inline script's whole text is one of the bootstrap scripts Next.js writes into a page
 * (checked by parsing, not by pattern: a framework-looking start followed by anything else fails).
 * Only these get a hash on a static page; any other inline script is refused by the policy.
 */
export function isFrameworkScript(body) {
  if (typeof body !== "string" || body.length === 0) return false;
  if (body === BOOTSTRAP) return true;
  // The bootstrap with a form state after it: "(…).push([0]);self.__next_f.push([2,…])".
  if (body.startsWith(BOOTSTRAP + ";")) return isFlightPush(body.slice(BOOTSTRAP.length + 1));
  if (body.startsWith(PUSH)) return isFlightPush(body);
  return isTurbopackBootstrap(body);
}
