import { route } from "@/lib/http/route";
import { deskToday } from "@/lib/days";
import { EXPORT_KINDS, exportCsv, type ExportKind } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

/** GET /api/export/claims and /api/export/verdicts — CSV for editors and admins. */
export const GET = route<{ kind: string }>({ name: "export", actor: true }, async ({ params: { kind }, actor }) => {
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    return Response.json({ error: `Nothing to export under “${kind}”: choose ${EXPORT_KINDS.join(" or ")}.` }, { status: 404 });
  }
  const body = exportCsv({ actor, kind: kind as ExportKind });
  const stamp = deskToday().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Disposition": `attachment; filename="factdesk-${kind}-${stamp}.csv"`,
    },
  });
});
