// Content-Security-Policy for HTML responses: every inline script is allowed by its SHA-256 hash, so
// cached static pages and dynamic desk pages get the same strict policy with no 'unsafe-inline'
// for scripts and no per-request nonce (a nonce would force every public page to render per request).
import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function scriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export function htmlPolicy(html, pathname) {
  const frame = pathname.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'none'";
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes(html).join(" ")}`.trim(),
    // Inline style attributes (charts, the framework's route announcer) are allowed; scripts never.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frame,
  ].join("; ");
}
