import { route } from "@/lib/http/route";
import { deskToday } from "@/lib/days";
import { AUDIT_FORMATS, exportAuditLog, type AuditFormat } from "@/lib/audit/export";

export const dynamic = "force-dynamic";

/** GET /api/audit/export?format=csv|json — editors and admins only; streamed a batch at a time. */
export const GET = route({ name: "audit export", actor: true }, async ({ request, actor }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!(AUDIT_FORMATS as readonly string[]).includes(format)) {
    return Response.json({ error: "format must be csv or json" }, { status: 400 });
  }
  const body = exportAuditLog({ actor, format: format as AuditFormat });
  const stamp = deskToday().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Disposition": `attachment; filename="factdesk-audit-${stamp}.${format}"`,
      "Content-Type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
    },
  });
});
