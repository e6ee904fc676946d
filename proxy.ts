import { NextResponse, type NextRequest } from "next/server";
import { noncePolicy } from "@/lib/http/csp-policy.mjs";

/**
 * Dynamically rendered pages (the desk, sign-in, first-admin setup, search) get a per-request nonce:
 * Next.js reads it from the request's Content-Security-Policy and puts it on its own scripts, and
 * scripts/serve.mjs streams a response that carries it (loading.tsx and Suspense show during a
 * document load). Static and cached public pages never come here: their policy allows the
 * framework's bootstrap scripts by hash (scripts/csp.mjs). It also tells the desk layout which page a
 * signed-out visitor asked for, so sign-in can send them back there.
 * (Unpublished verdicts' 410 answers are given by scripts/serve.mjs, see lib/publishing/gone.ts.)
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const policy = noncePolicy(nonce, request.nextUrl.pathname, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-factdesk-path", request.nextUrl.pathname + request.nextUrl.search);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page here must be dynamically rendered (ƒ in `next build`'s list): a static page's scripts
// would carry no nonce and be refused. tests/e2e/security-headers.spec.ts checks both lists.
export const config = { matcher: ["/desk/:path*", "/signin", "/setup/:path*", "/claims", "/claims/search"] };
