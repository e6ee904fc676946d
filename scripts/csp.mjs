// Content-Security-Policy for HTML that the production server buffers (static and cached public
// pages, the withdrawal page, not-found pages): their scripts cannot carry a per-request nonce, so
// the policy allows 'self' plus the SHA-256 hash of each inline script that is one of the framework's
// own bootstrap scripts (lib/http/csp-policy.mjs, isFrameworkScript). Any other inline script in the
// page — an injected one above all — gets no hash and is refused. JSON-LD is data and gets none.
// Dynamic pages get a nonce from proxy.ts instead and stream (see scripts/serve.mjs).
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { buildPolicy, isFrameworkScript } from "../lib/http/csp-policy.mjs";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function scriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (!isFrameworkScript(match[1])) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export function htmlPolicy(html, pathname) {
  return buildPolicy(["'self'", ...scriptHashes(html)], pathname);
}

/**
 * The hashes of a body already seen, by the SHA-256 of the whole body. A cached page (answered 200) goes
 * out as the same bytes to every reader; reading its scripts (a scan, a JSON parse of the inline payload
 * and a hash of each script) cost about four times the whole body's one hash, on the thread every
 * request waits for. A body that differs in any byte, an injected script above all, has another digest
 * and is read anew. Bounded in bytes: an entry grows with the page's inline scripts.
 */
const seen = new LRUCache({ maxSize: 4 * 1024 * 1024, sizeCalculation: (hashes, digest) => 100 + digest.length + 80 * hashes.length });
export const bodyPolicyStats = { read: 0, kept: 0 };

/**
 * A buffered body's policy (htmlPolicy of its UTF-8) and, when kept (`keep`), its entity tag: the body's
 * SHA-256, which the policy is kept by anyway. With `keep`, its scripts are read once per distinct body:
 * only for bodies many readers get alike (serve.mjs: answers 200); a not-found page names its own
 * address, so each address asked would be an entry and push the pages readers read out. Next hashed
 * every cached page again in JavaScript for its own tag, character by character on the thread every
 * request waits for (next.config.mjs turns that off).
 */
export function bodyAnswer(body, pathname, keep = true) {
  if (!keep) return { policy: htmlPolicy(body.toString("utf8"), pathname), etag: null };
  const digest = createHash("sha256").update(body).digest("base64");
  let hashes = seen.get(digest);
  if (hashes) bodyPolicyStats.kept++;
  else {
    bodyPolicyStats.read++;
    seen.set(digest, (hashes = scriptHashes(body.toString("utf8"))));
  }
  return { policy: buildPolicy(["'self'", ...hashes], pathname), etag: `"${digest.slice(0, 43)}"` };
}

/**
 * Whether a GET's If-None-Match names `etag` (weak comparison, RFC 9110 13.1.2), so that a 304 answers:
 * not when the request asks for no cached copy (Cache-Control: no-cache), as Next's own check did.
 */
export function notModified(headers, etag) {
  const wanted = headers["if-none-match"];
  if (!etag || typeof wanted !== "string" || !wanted) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/i.test(String(headers["cache-control"] ?? ""))) return false;
  if (wanted.trim() === "*") return true;
  const bare = (tag) => tag.trim().replace(/^W\//, "");
  return wanted.split(",").some((tag) => bare(tag) === etag);
}
