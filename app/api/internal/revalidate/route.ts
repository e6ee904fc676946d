import { revalidatePath } from "next/cache";
import { z } from "zod";
import { hasInternalToken } from "@/lib/http/internal-token";
import { readJsonOrNull, route } from "@/lib/http/route";
import { revalidateVerdictHere } from "@/lib/publishing/revalidate";
import { forgetSitemaps } from "@/lib/publishing/sitemap";
import { isStorable } from "@/lib/validation";

export const dynamic = "force-dynamic";

const bodySchema = z.union([z.object({ slug: z.string().min(1).max(200).refine(isStorable) }), z.object({ all: z.literal(true) })]);

/**
 * Revalidate a verdict's pages on this instance, when another instance announced a change. Exempt from
 * the same-origin check: the caller is this server's own listener (no browser, no Origin), and it
 * proves itself with the per-process token, which a cross-site form cannot know.
 */
export const POST = route({ name: "revalidate", origin: "exempt" }, async ({ request }) => {
  if (!hasInternalToken(request.headers.get("x-factdesk-internal"))) return Response.json({ error: "Not allowed." }, { status: 403 });
  const parsed = bodySchema.safeParse(await readJsonOrNull(request));
  if (!parsed.success) return Response.json({ error: 'Expected {"slug": "…"} or {"all": true}.' }, { status: 400 });
  // After a lost connection the listener may have missed announcements: refresh every page.
  if ("all" in parsed.data) {
    revalidatePath("/", "layout");
    forgetSitemaps();
  } else revalidateVerdictHere(parsed.data.slug);
  return new Response(null, { status: 204 });
});
