import { NextResponse, type NextRequest } from "next/server";
import { findRetraction, retractionHtml } from "@/lib/publishing/retractions";

const PUBLIC_VERDICT = /^\/(?:embed\/)?claims\/([^/]+?)(\/badge\.svg)?$/;

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;

  // A verdict that was unpublished answers 410 Gone with the reason, not a bare 404.
  const match = PUBLIC_VERDICT.exec(path);
  if (match) {
    const notice = await findRetraction(decodeURIComponent(match[1]));
    if (notice) {
      if (match[2]) return new NextResponse("This fact-check was withdrawn.", { status: 410, headers: { "Content-Type": "text/plain; charset=utf-8" } });
      return new NextResponse(retractionHtml(notice), {
        status: 410,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60" },
      });
    }
    return NextResponse.next();
  }

  // Lets the desk layout send a signed-out visitor back to the page they asked for after sign-in.
  const headers = new Headers(request.headers);
  headers.set("x-factdesk-path", path + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/desk/:path*", "/claims/:slug", "/claims/:slug/badge.svg", "/embed/claims/:slug"] };
