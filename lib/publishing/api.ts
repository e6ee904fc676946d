import { z } from "zod";
import { claimReviewQuerySchema, encodeCursor } from "./api-schemas";
import { listClaimReviewPage, type PublicClaim } from "./queries";

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" };

/**
 * One paginated listing for both API shapes: validate the query (400 with per-parameter messages),
 * read a page in a stable order, map each published verdict, and hand out the next cursor.
 */
export async function listPublishedAs<T>(request: Request, map: (claim: PublicClaim) => T): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = claimReviewQuerySchema.safeParse(params);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return new Response(JSON.stringify({ error: "Invalid query parameters.", fieldErrors }), { status: 400, headers: JSON_HEADERS });
  }
  const { limit, updatedSince, cursor } = parsed.data;
  const page = await listClaimReviewPage({ limit, updatedSince, after: cursor });
  const body = {
    items: page.items.map(map),
    limit,
    nextCursor: page.next ? encodeCursor(page.next.at, page.next.id) : null,
  };
  return new Response(JSON.stringify(body), { headers: { ...JSON_HEADERS, "Cache-Control": "public, max-age=60" } });
}
