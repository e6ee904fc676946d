import { getCurrentActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { extractArticleText, MAX_IMPORT_BYTES } from "@/lib/articles/extract-text";
import { importArticle } from "@/lib/intake/mutations";

const json = (body: unknown, status = 200) => Response.json(body, { status });

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409 };

/**
 * Article import (multipart form): details plus pasted text or a .txt/.md/.html file. A route handler
 * rather than a server action so the browser can show upload progress for large files.
 */
export async function POST(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return json({ ok: false, code: "UNAUTHENTICATED", error: "Your session has ended. Sign in again to continue." }, 401);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ ok: false, code: "VALIDATION", error: "The upload could not be read. Try again.", fieldErrors: { file: ["The upload could not be read"] } }, 400);
  }
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  try {
    let text = field("text");
    let title = field("title");
    const file = form.get("file");
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_IMPORT_BYTES) {
        const message = `The file is ${(file.size / 1_000_000).toFixed(1)} MB; the limit is 1 MB.`;
        throw new DomainError("VALIDATION", message, { file: [message] });
      }
      const extracted = extractArticleText({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
      text = extracted.text;
      if (!title?.trim() && extracted.title) title = extracted.title;
    }
    const result = await importArticle({
      actor,
      input: { title: title ?? "", outlet: field("outlet") ?? "", url: field("url"), author: field("author"), publishedAt: field("publishedAt"), text },
    });
    return json({ ok: true, data: result });
  } catch (error) {
    if (error instanceof DomainError) {
      return json({ ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors }, STATUS[error.code] ?? 400);
    }
    console.error("[factdesk] import failed", error);
    return json({ ok: false, code: "INTERNAL", error: "Something went wrong on our side. Nothing was imported; please try again." }, 500);
  }
}
