import { z } from "zod";
import { route } from "@/lib/http/route";
import { queryText } from "@/lib/validation";
import { searchClaimsToLink } from "@/lib/tracking/queries";

export const dynamic = "force-dynamic";

const lookup = z.object({ q: queryText(200), exclude: queryText(100) });

/** The desk's claims matching what a fact-checker types to link a repeat by hand (at most ten). */
export const GET = route({ name: "claims lookup", actor: true }, async ({ request, actor }) => {
  const { q, exclude } = lookup.parse(Object.fromEntries(new URL(request.url).searchParams));
  const data = await searchClaimsToLink({ actor, claimId: exclude, q });
  return Response.json({ ok: true, data }, { headers: { "Cache-Control": "private, no-store" } });
});
