import { route } from "@/lib/http/route";
import { checkHealth } from "@/lib/health/check";

export const dynamic = "force-dynamic";

/** 200 when the database answers and every committed migration is applied; 503 otherwise. */
export const GET = route({ name: "health" }, async () => {
  const health = await checkHealth();
  return Response.json({ status: health.ok ? "ok" : "unavailable", ...health }, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
