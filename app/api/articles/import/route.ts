import { DomainError } from "@/lib/errors";
import { BodyTooLargeError, readBoundedFormData, UnreadableBodyError } from "@/lib/http/body-limit";
import { route } from "@/lib/http/route";
import { extractArticleText, MAX_IMPORT_BODY_BYTES, MAX_IMPORT_BYTES } from "@/lib/articles/extract-text";
import { importArticle } from "@/lib/intake/mutations";

// Counted while the body streams (and by Content-Length before): formData() alone buffered all of a 300 MB upload.
function tooLarge(declared: number | null) {
  const message =
    declared === null ? "The upload is larger than allowed; the limit is 1 MB." : `The upload is ${(declared / 1_000_000).toFixed(1)} MB; the limit is 1 MB.`;
  return new BodyTooLargeError(message, { file: [message] });
}

const unreadable = () => new DomainError("VALIDATION", "The upload could not be read. Try again.", { file: ["The upload could not be read"] });

/**
 * Article import (multipart form): details plus pasted text or a .txt/.md/.html file. A route handler
 * rather than a server action so the browser can show upload progress for large files — which is why
 * it needs the wrapper's same-origin check: a form on another origin of our site could post here.
 */
export const POST = route({ name: "import", actor: true }, async ({ request, actor }) => {
  // Before reading a possibly large body: a visitor without a session gets nothing parsed.
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  const form = await readBoundedFormData(request, { limit: MAX_IMPORT_BODY_BYTES, tooLarge }).catch((error: unknown) => {
    throw error instanceof UnreadableBodyError ? unreadable() : error;
  });
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
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
  return Response.json({ ok: true, data: result });
});
