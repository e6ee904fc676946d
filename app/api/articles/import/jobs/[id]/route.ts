import { route } from "@/lib/http/route";
import { getImportJob } from "@/lib/intake/jobs";

/** A queued import's state and progress, for the person who started it (lib/intake/jobs.ts). */
export const GET = route<{ id: string }>({ name: "import-job", actor: true }, async ({ params, actor }) => {
  const job = await getImportJob({ actor, id: params.id });
  return Response.json({ ok: true, data: job }, { headers: { "Cache-Control": "no-store" } });
});
