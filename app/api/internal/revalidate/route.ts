import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { readJsonOrNull, route } from "@/lib/http/route";
import { revalidateVerdictHere } from "@/lib/publishing/revalidate";
import { isStorable } from "@/lib/validation";

export const dynamic = "force-dynamic";

const bodySchema = z.union([z.object({ slug: z.string().min(1).max(200).refine(isStorable) }), z.object({ all: z.literal(true) })]);

/** The token scripts/serve.mjs made for this process: only the server's own listener knows it. */
function authorized(request: Request): boolean {
  const expected = process.env.FACTDESK_INTERNAL_TOKEN ?? "";
  const given = request.headers.get("x-factdesk-internal") ?? "";
  if (expected.length < 32 || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/**
 * Revalidate a verdict's pages on this instance, when another instance announced a change. Exempt from
 * the same-origin check: the caller is this server's own listener (no browser, no Origin), and it
 * proves itself with the per-process token, which a cross-site form cannot know.
 */
export const POST = route({ name: "revalidate", origin: "exempt" }, async ({ request }) => {
  if (!authorized(request)) return Response.json({ error: "Not allowed." }, { status: 403 });
  const parsed = bodySchema.safeParse(await readJsonOrNull(request));
  if (!parsed.success) return Response.json({ error: 'Expected {"slug": "…"} or {"all": true}.' }, { status: 400 });
  // After a lost connection the listener may have missed announcements: refresh every page.
  if ("all" in parsed.data) revalidatePath("/", "layout");
  else revalidateVerdictHere(parsed.data.slug);
  return new Response(null, { status: 204 });
});
