/**
 * The public base URL (no trailing slash): FACTDESK_PUBLIC_URL, else NEXTAUTH_URL, else localhost.
 * Plain JavaScript so that scripts/serve.mjs reads the same rule as the app (lib/site.ts).
 */
export function publicBaseUrl() {
  const raw = process.env.FACTDESK_PUBLIC_URL?.trim() || process.env.NEXTAUTH_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`;
  return raw.replace(/\/+$/, "");
}
