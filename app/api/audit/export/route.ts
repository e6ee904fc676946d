import { route } from "@/lib/http/route";
import { exportAuditLog, toCsv } from "@/lib/audit/export";

export const dynamic = "force-dynamic";

/** GET /api/audit/export?format=csv|json — editors and admins only. */
export const GET = route({ name: "audit export", actor: true }, async ({ request, actor }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return Response.json({ error: "format must be csv or json" }, { status: 400 });
  }
  const rows = await exportAuditLog({ actor });
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = { "Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename="factdesk-audit-${stamp}.${format}"` };
  return format === "json"
    ? new Response(JSON.stringify(rows, null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } })
    : new Response(toCsv(rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
});
