import { NextResponse, type NextRequest } from "next/server";

// Lets the desk layout send a signed-out visitor back to the page they asked for after sign-in.
// (Unpublished verdicts' 410 answers are given by scripts/serve.mjs, see lib/publishing/gone.ts.)
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-factdesk-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/desk/:path*"] };
