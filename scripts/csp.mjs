// Content-Security-Policy for HTML that the production server buffers (static and cached public
// pages, the withdrawal page, not-found pages): their scripts cannot carry a per-request nonce, so
// the policy allows 'self' plus the SHA-256 hash of each inline script that is one of the framework's
// own bootstrap scripts (lib/http/csp-policy.mjs, isFrameworkScript). Any other inline script in the
// page — an injected one above all — gets no hash and is refused. JSON-LD is data and gets none.
// Dynamic pages get a nonce from proxy.ts instead and stream (see scripts/serve.mjs).
import { createHash } from "node:crypto";
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
