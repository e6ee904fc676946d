// The production server: Next's request handler behind a thin Node HTTP server that completes the
// Content-Security-Policy of HTML responses, adds HSTS on HTTPS and answers what Next would answer
// with a 500 or should not see. Used by `npm start`, the end-to-end suite and the benchmark.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import v8 from "node:v8";
import next from "next";
import { getSortedRoutes } from "next/dist/shared/lib/router/utils/sorted-routes.js";
import { bodyAnswer, notModified } from "./csp.mjs";
import { policyNonce } from "../lib/http/csp-policy.mjs";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyCount } from "../lib/http/client-address.mjs";
import { timeZoneProblem } from "../lib/time-zone.mjs";
import { REFUSAL_HEADERS, refuseActionOrigin, refuseAuthBody, refuseMethod, refuseRouterState, refuseTarget } from "../lib/http/request-guard.mjs";
import { INTAKE_WORKER_BUNDLE, intakeBundleFile } from "../lib/intake/worker-bundle.mjs";
import { GONE_HOOK, GONE_HOOK_INSTALLED } from "../lib/publishing/gone-hook.mjs";
import { compactPageCache } from "../lib/publishing/page-cache.mjs";
import { WITHDRAWAL_HEADER } from "../lib/publishing/withdrawal-header.mjs";
import { publicBaseUrl } from "../lib/site-url.mjs";
import { drainOnSignals, newDrain } from "./drain.mjs";
import { listenForRevalidations, revalidateHere } from "./revalidation-listener.mjs";

// V8 grows the heap by up to several times what survived a collection while requests allocate fast, and
// hands memory back slowly: under the benchmark's desk load the server peaked at 1.1 GB of RSS for about
// 75 MB of live objects. Growing by half peaked at about 760 MB at the same latency (docs/benchmark.md).
// The factor replaces V8's own choice in every mode (also when it would grow by less, under memory
// pressure) and holds for the intake worker threads too; it is no cap: a burst gets the memory it needs.
v8.setFlagsFromString("--heap-growing-percent=50");

const HSTS = "max-age=63072000; includeSubDomains";

function headerValue(headers, name) {
  if (!headers || typeof headers !== "object") return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** A status and headers that replace the framework's when its answer goes out (the withdrawal page's 410). */
const OVERRIDE = Symbol("factdesk.responseOverride");

/**
 * Hold back the head of every response until its first byte, so that the server can still change it.
 * An HTML page whose policy carries a nonce (proxy.ts: the dynamic pages) streams as the framework
 * writes it. Any other HTML page is buffered, so that the hashes of its framework bootstrap scripts
 * can go into its policy before the headers go out (scripts/csp.mjs). In development (eval, scripts
 * without hashes) nothing is buffered. A HEAD request for a page reaches the framework as a GET
 * (asGet), so its answer is buffered and has every header a GET's has (policy, length, entity tag);
 * Node sends no body for it. Any other HEAD keeps its method, and its answer, which Next gives no
 * body, goes out as Next wrote it.
 */
function secureResponse(req, res, { dev }) {
  const https = req.headers["x-forwarded-proto"] === "https" || req.socket.encrypted;
  if (https) res.setHeader("Strict-Transport-Security", HSTS);
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  let head = null;
  let chunks = null;
  // Read before any rewrite: the policy is about the address the browser asked for (/embed/… may be framed).
  const pathname = new URL(req.url ?? "/", "http://x").pathname;
  const headerObject = () => head?.find((a) => a && typeof a === "object" && !Array.isArray(a));
  const header = (name) => headerValue(headerObject(), name) ?? res.getHeader(name);
  const decide = () => {
    if (chunks !== null) return;
    const html = String(header("content-type") ?? "").includes("text/html");
    chunks = html && !dev && req.method !== "HEAD" && !policyNonce(String(header("content-security-policy") ?? "")) ? [] : false;
  };
  const flushHead = (extra) => {
    const override = res[OVERRIDE];
    if (override) {
      extra = { ...override.headers, ...extra };
      if (head && head[0] === 200) head[0] = override.status;
      else if (!head && res.statusCode === 200) res.statusCode = override.status;
    }
    if (extra) {
      const object = headerObject();
      for (const [k, v] of Object.entries(extra)) {
        if (object) {
          for (const key of Object.keys(object)) if (key.toLowerCase() === k.toLowerCase()) delete object[key];
          object[k] = v;
        } else res.setHeader(k, v);
      }
    }
    // Node's own end() calls writeHead() internally: from here on it must reach the real one.
    res.writeHead = writeHead;
    res.flushHeaders = flushHeaders;
    if (head) writeHead(...head);
    head = null;
  };
  res.writeHead = (...args) => {
    head = args;
    return res;
  };
  // Next flushes headers early when it streams; for buffered HTML that must wait until the body is hashed.
  res.flushHeaders = () => {
    decide();
    if (chunks) return;
    flushHead();
    flushHeaders();
  };
  res.write = (chunk, encoding, callback) => {
    decide();
    if (chunks) {
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : undefined));
      if (typeof encoding === "function") encoding();
      else callback?.();
      return true;
    }
    if (res.writeHead !== writeHead) flushHead();
    return write(chunk, encoding, callback);
  };
  res.end = (chunk, encoding, callback) => {
    decide();
    if (!chunks) {
      if (res.writeHead !== writeHead) flushHead();
      return end(chunk, encoding, callback);
    }
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : undefined));
    const answered = head?.[0] ?? res.statusCode;
    // A rewritten answer (lib/publishing/gone.ts) leaves the app with 200 and goes out with its own status.
    const status = answered === 200 && res[OVERRIDE] ? res[OVERRIDE].status : answered;
    const body = withPageUrl(withLanguage(Buffer.concat(chunks)), status, pathname);
    // Cached pages' policies are kept by their body (scripts/csp.mjs), and its hash is their entity tag;
    // other answers are read each time and carry no tag.
    const { policy, etag } = bodyAnswer(body, pathname, status === 200);
    const done = typeof encoding === "function" ? encoding : callback;
    if (etag && req.method === "GET" && notModified(req.headers, etag)) {
      // No body, so no length; a reason phrase Next may have given its 200 is dropped with it.
      if (head) head = [304, ...head.slice(1).filter((arg) => typeof arg !== "string")];
      else res.statusCode = 304;
      const object = headerObject();
      for (const key of Object.keys(object ?? {})) if (key.toLowerCase() === "content-length") delete object[key];
      res.removeHeader("Content-Length");
      flushHead({ ETag: etag, "Content-Security-Policy": policy });
      return end(done);
    }
    flushHead({ "Content-Security-Policy": policy, "Content-Length": String(body.length), ...(etag && { ETag: etag }) });
    return end(body, done);
  };
}

/**
 * The build's addresses (pages, and route handlers: each `route.ts` under app/, and the image and file
 * routes Next makes of `opengraph-image.tsx`, `icon.svg`, `robots.ts`), from its
 * `app-path-routes-manifest.json`, as patterns in the order Next matches them (its own sorting: a
 * static segment before a dynamic one, a dynamic one before a catch-all), each saying whether it is a
 * route handler. The first that matches an address is the route that answers it.
 */
export function routeTable(manifest) {
  const handler = new Map();
  for (const [entry, route] of Object.entries(manifest)) handler.set(route, handler.get(route) === true || entry.endsWith("/route"));
  return getSortedRoutes([...handler.keys()]).map((route) => {
    const pattern = route
      .split("/")
      .map((part) => {
        if (/^\[\[\.\.\..+\]\]$/.test(part)) return "(?:/.*)?";
        if (/^\[\.\.\..+\]$/.test(part)) return "/.+";
        if (/^\[.+\]$/.test(part)) return "/[^/]+";
        return part && `/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
      })
      .join("");
    return { pattern: new RegExp(`^${pattern || "/"}$`), handler: handler.get(route) };
  });
}

/**
 * The routes of the build being served; none, with a warning, when its manifest cannot be read (then the
 * rule on names in isPagePath is all there is, as in development).
 */
export function builtRouteTable(root = process.cwd(), distDir = process.env.NEXT_DIST_DIR) {
  const manifest = path.join(root, distDir || ".next", "app-path-routes-manifest.json");
  try {
    return routeTable(JSON.parse(fs.readFileSync(manifest, "utf8")));
  } catch (error) {
    console.warn(
      `[factdesk] ${path.relative(root, manifest)} could not be read (${error instanceof Error ? error.message : error}): a HEAD is answered as a GET by the address's name alone.`,
    );
    return [];
  }
}

/**
 * Whether an address is a page's (HTML): not answered by one of the build's route handlers (`routes`,
 * from routeTable: the first route that matches it), and not the API, the framework's files or an
 * address named as a file or an image, whose handlers are known by those names even when the manifest
 * is not read.
 */
export function isPagePath(pathname, routes = []) {
  // Next matches some routes by the decoded address too (/sitemap%2Exml is /sitemap.xml): both must be a page's.
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is refused before this (refused()); as it is, it names no route.
  }
  return [pathname, decoded].every((address) => {
    if (/^\/(?:api|_next)(?:\/|$)/.test(address)) return false;
    const last = address.slice(address.lastIndexOf("/") + 1);
    if (last.includes(".") || /^(?:opengraph-image|twitter-image|icon|apple-icon)(?:-|$)/.test(last)) return false;
    return !routes.find((route) => route.pattern.test(address))?.handler;
  });
}

/**
 * A HEAD request for a page is handed to the framework as a GET, after this server's own checks: Next
 * answers HEAD without rendering its body (so without the page's entity tag, and with the length of a
 * body this server would have changed), and HTTP asks for a GET's headers (RFC 9110, 9.3.2). Node's
 * response was made for the HEAD, so it sends no body whatever is written. HEAD is safe, as GET is,
 * and both are refused and checked alike before this point. Not for other addresses: their headers do
 * not come from their bodies here, and a stream that never ends (the live updates) would keep a HEAD
 * open, and its connection, where Next answers it at once.
 */
function asGet(req, routes) {
  if (req.method === "HEAD" && isPagePath(new URL(req.url ?? "/", "http://x").pathname, routes)) req.method = "GET";
}

/**
 * Next.js answers a not-found in a cached route (an unknown verdict address) with its error shell,
 * `<html id="__next_error__">`, which carries no language: screen readers and validators need one.
 */
const ERROR_SHELL = Buffer.from('<html id="__next_error__">');
function withLanguage(body) {
  const at = body.indexOf(ERROR_SHELL);
  if (at === -1) return body;
  return Buffer.concat([body.subarray(0, at), Buffer.from('<html id="__next_error__" lang="en">'), body.subarray(at + ERROR_SHELL.length)]);
}

/**
 * A not-found answer is one static page for every missing address, so it cannot name its own URL;
 * here it gets its `og:url` (the address asked for, without the query), as every other page has one.
 */
function withPageUrl(body, status, pathname) {
  if (status !== 404) return body;
  const at = body.indexOf("</head>");
  if (at === -1 || body.includes('property="og:url"')) return body;
  const url = (publicBaseUrl() + pathname).replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return Buffer.concat([body.subarray(0, at), Buffer.from(`<meta property="og:url" content="${url}"/>`), body.subarray(at)]);
}

/**
 * The app reads the client's address from one internal header that only this server writes: a copy
 * sent by the client is replaced, and X-Forwarded-For counts only behind TRUSTED_PROXY_COUNT proxies.
 */
function stampClientAddress(req, trustedProxies) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress({ remoteAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustedProxies });
}

const REFUSAL_TEXT = {
  400: "Bad request: this address is not valid. Check the link and try again.\n",
  403: "Forbidden: this form was not sent from a Factdesk page. Reload the page and try again.\n",
  405: "Method not allowed: this address can only be read.\n",
  411: "Length required: say how long the request is.\n",
  413: "This request is too large.\n",
  414: "This address is too long.\n",
};

/**
 * Requests Next.js would answer with a 500 (see lib/http/request-guard.mjs) get their 4xx here, with
 * a short plain answer and the headers every page has, before the framework sees them.
 */
export function refused(req, res) {
  const refusal =
    refuseTarget(req.url) ??
    refuseRouterState(req.headers) ??
    refuseMethod({ method: req.method, pathname: (req.url ?? "/").split("?")[0] }) ??
    refuseActionOrigin({ method: req.method, pathname: (req.url ?? "/").split("?")[0], headers: req.headers }) ??
    refuseAuthBody({ method: req.method, pathname: (req.url ?? "/").split("?")[0], headers: req.headers });
  if (!refusal) return false;
  if (refusal.status === 403) console.warn(`[factdesk] refused a cross-site action post (${refusal.why})`);
  const body = REFUSAL_TEXT[refusal.status];
  // Connection: close, since the body of a refused post is not read.
  res.writeHead(refusal.status, { ...REFUSAL_HEADERS, ...refusal.headers, "Content-Length": String(Buffer.byteLength(body)), Connection: "close" });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/**
 * A verdict that was unpublished answers 410 Gone. Its badge and social cards are answered here; its
 * page and embeddable card are rendered by the app (app/(public)/withdrawn, app/embed/withdrawn) under
 * the address the browser asked for, with the status and headers of the answer. The internal header
 * tells those pages the rewrite came from here (they redirect anyone who asks for them directly).
 */
const MAYBE_VERDICT = /^\/(?:embed\/)?claims\//;
/**
 * Next starts running instrumentation.ts, which installs the check (lib/publishing/gone.ts), when it
 * prepares, without waiting for it: a verdict request that arrives first waits for the check here.
 */
const goneHookInstalled = new Promise((resolve) => {
  globalThis[GONE_HOOK_INSTALLED] = resolve;
});
/** The retraction check, once installed, waiting up to `ms` for it; undefined if it is not there by then. */
async function goneHook(ms) {
  if (globalThis[GONE_HOOK]) return globalThis[GONE_HOOK];
  let timer;
  await Promise.race([goneHookInstalled, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  return globalThis[GONE_HOOK];
}
async function answeredGone(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const pathname = (req.url ?? "/").split("?")[0];
  if (!MAYBE_VERDICT.test(pathname)) return false;
  const gone = await goneHook(10_000);
  if (!gone) {
    // Never the verdict without the check: a withdrawn verdict would be served from the page cache.
    res.writeHead(503, { ...REFUSAL_HEADERS, "Retry-After": "5" });
    res.end("The server is starting. Try again in a few seconds.\n");
    return true;
  }
  const answer = await gone(pathname);
  if (!answer) return false;
  if ("rewrite" in answer && req.headers.rsc !== undefined) {
    // A client navigation (an RSC request) gets no payload: on a 410 that is not one, the router loads
    // the address as a document, which is the withdrawal page. (Rewritten, Next would redirect the
    // router to the internal address to fix its cache key.)
    const body = answer.status === 410 ? "This fact-check was withdrawn.\n" : "Not found.\n";
    res.writeHead(answer.status, {
      ...REFUSAL_HEADERS,
      ...answer.headers,
      "Cache-Control": "no-store",
      Vary: "rsc",
      "Content-Length": String(Buffer.byteLength(body)),
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }
  if ("rewrite" in answer) {
    req.url = answer.rewrite + (req.url ?? "").slice(pathname.length);
    req.headers[WITHDRAWAL_HEADER] = process.env.FACTDESK_INTERNAL_TOKEN;
    res[OVERRIDE] = { status: answer.status, headers: answer.headers };
    return false;
  }
  res.writeHead(answer.status, answer.headers);
  res.end(req.method === "HEAD" ? undefined : answer.body);
  return true;
}

/** How long an idle keep-alive connection stays open. */
export const KEEP_ALIVE_MS = 65_000;

/**
 * The intake threads run the tasks bundled with the build being served, when it has them
 * (lib/intake/worker-bundle.mjs). Answers the bundle's path, or null when the threads compile lib/.
 */
export function nameIntakeBundle(root = process.cwd(), distDir = process.env.NEXT_DIST_DIR) {
  const bundle = intakeBundleFile(root, distDir);
  if (fs.existsSync(bundle)) return (globalThis[INTAKE_WORKER_BUNDLE] = bundle);
  delete globalThis[INTAKE_WORKER_BUNDLE];
  console.log(`[factdesk] ${path.relative(root, bundle)} is missing (the build was not made by \`npm run build\`): intake threads compile lib/ with tsx.`);
  return null;
}

export async function serve({ port, hostname, dev = false }) {
  // Who this instance is (its own announcements are not replayed) and the token of its internal route.
  process.env.FACTDESK_INSTANCE_ID ??= randomUUID();
  process.env.FACTDESK_INTERNAL_TOKEN = randomBytes(32).toString("base64url");
  if (!dev) {
    nameIntakeBundle();
    if (!compactPageCache())
      console.warn("[factdesk] Next's page cache is not as lib/publishing/page-cache.mjs expects: cached pages take about three times the memory.");
  }
  const app = next({ dev, hostname, port: Number(port), dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const routes = dev ? [] : builtRouteTable();
  const trustedProxies = trustedProxyCount(process.env.TRUSTED_PROXY_COUNT);
  const drain = newDrain();
  // While the cached pages are refreshed at start (below), readers wait for it; the refresh's own request does not.
  let startupRefresh = null;
  const server = createServer((req, res) => {
    drain.track(req, res);
    stampClientAddress(req, trustedProxies);
    // Only this server says that a request was rewritten to a withdrawal page.
    delete req.headers[WITHDRAWAL_HEADER];
    secureResponse(req, res, { dev });
    if (refused(req, res)) return;
    (startupRefresh && !(req.url ?? "").startsWith("/api/internal/") ? startupRefresh : Promise.resolve())
      .then(() => answeredGone(req, res))
      .then((answered) => {
        if (answered) return;
        asGet(req, routes);
        return handle(req, res);
      })
      .catch((error) => {
        console.error("[factdesk] request failed", error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  });
  // Idle keep-alive connections outlive a proxy's (60 s at common load balancers) and a client's, so the
  // client or proxy closes them first; with Node's 5 s default a request sent on a connection the
  // server is closing that instant fails with ECONNRESET (seen from Playwright's keep-alive agent).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  await new Promise((resolve) => server.listen(Number(port), hostname, resolve));
  drainOnSignals(drain, server);
  if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
    const stop = listenForRevalidations({
      url: process.env.DATABASE_URL,
      port,
      hostname,
      instanceId: process.env.FACTDESK_INSTANCE_ID,
      token: process.env.FACTDESK_INTERNAL_TOKEN,
    });
    server.on("close", stop);
  }
  // Next keeps the public pages it cached on disk across restarts, but what they show may have changed
  // while this instance was down (another instance unpublished or corrected a verdict, a restore, the
  // demo removed): they are all refreshed before the first reader is let in (attacker review, 7 Dec).
  if (!dev) {
    startupRefresh = revalidateHere({ port, hostname, token: process.env.FACTDESK_INTERNAL_TOKEN }, { all: true }).catch((error) =>
      console.error("[factdesk] the cached public pages could not be refreshed at start:", error.message),
    );
    await startupRefresh;
    startupRefresh = null;
  }
  // Ready means ready for readers too: the retraction check is in place.
  if (!(await goneHook(30_000)))
    console.error("[factdesk] instrumentation.ts has not installed the retraction check after 30 s; verdict addresses answer 503 until it does.");
  console.log(`✓ Ready on http://${hostname}:${port}`);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Every page that writes a date would fail on a time zone the runtime does not know (npm start checks it too).
  const zoneProblem = timeZoneProblem(process.env.FACTDESK_TIME_ZONE?.trim() || "UTC");
  if (zoneProblem) {
    console.error(`[factdesk] ${zoneProblem}`);
    process.exit(1);
  }
  const port = process.env.PORT || "3000";
  const hostname = process.env.HOSTNAME_BIND || "0.0.0.0";
  serve({ port, hostname, dev: process.argv.includes("--dev") }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
