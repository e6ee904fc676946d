import { getCurrentActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { EXPORT_KINDS, exportCsv, type ExportKind } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

/** GET /api/export/claims and /api/export/verdicts — CSV for editors and admins. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    return Response.json({ error: `Nothing to export under “${kind}”: choose ${EXPORT_KINDS.join(" or ")}.` }, { status: 404 });
  }
  try {
    const body = exportCsv({ actor: await getCurrentActor(), kind: kind as ExportKind });
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Cache-Control": "private, no-store",
        "Content-Disposition": `attachment; filename="factdesk-${kind}-${stamp}.csv"`,
      },
    });
  } catch (error) {
    if (error instanceof DomainError) {
      return Response.json({ error: error.message }, { status: error.code === "UNAUTHENTICATED" ? 401 : 403 });
    }
    throw error;
  }
}
