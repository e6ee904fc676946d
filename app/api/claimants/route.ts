import { route } from "@/lib/http/route";
import { suggestClaimants } from "@/lib/claimants/queries";
import { claimantLookupSchema } from "@/lib/claimants/schemas";

export const dynamic = "force-dynamic";

/** The desk's claimants matching what is typed in a claimant field, by name or alias (at most ten). */
export const GET = route({ name: "claimants lookup", actor: true }, async ({ request, actor }) => {
  const { q } = claimantLookupSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const data = await suggestClaimants({ actor, q });
  return Response.json({ ok: true, data }, { headers: { "Cache-Control": "private, no-store" } });
});
