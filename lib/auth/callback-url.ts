/** Where a sign-in ends when no (acceptable) destination was asked for. */
export const DEFAULT_CALLBACK_PATH = "/desk";

// Browsers read "\" as "/" and drop tabs and newlines anywhere in a URL: "/\evil.example" and
// "/\t/evil.example" become "//evil.example", another site. Such text is never a path we issue.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * A post-sign-in destination that stays on this site: the value is resolved against the app's own
 * origin with the WHATWG URL parser (the browser's own rules), anything that lands on another origin
 * or scheme is refused, and only path, query and fragment are returned, so the browser resolves
 * the result against our origin again. Refusals give DEFAULT_CALLBACK_PATH.
 */
export function safeCallbackUrl(raw: unknown, origin: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string" || value.trim() === "" || UNSAFE.test(value)) return DEFAULT_CALLBACK_PATH;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (url.origin !== base.origin || (url.protocol !== "http:" && url.protocol !== "https:")) return DEFAULT_CALLBACK_PATH;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" normalises to the path "//evil.example", which a browser reads as a host.
  return path.startsWith("//") ? DEFAULT_CALLBACK_PATH : path;
}

/** The app's own origin as next-auth knows it (NEXTAUTH_URL), for pages that have no baseUrl at hand. */
export function appOrigin(): string {
  try {
    return new URL(process.env.NEXTAUTH_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`).origin;
  } catch {
    return "http://localhost";
  }
}
