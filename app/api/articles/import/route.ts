import { DomainError } from "@/lib/errors";
import { BodyTooLargeError, readBoundedFormData, UnreadableBodyError } from "@/lib/http/body-limit";
import { route, toErrorResponse } from "@/lib/http/route";
import { MAX_IMPORT_BODY_BYTES, MAX_IMPORT_BYTES } from "@/lib/articles/extract-text";
import { importArticle } from "@/lib/intake/mutations";
import { enqueueImport, queuesImport } from "@/lib/intake/jobs";
import { extractOffThread, intakeDeadline } from "@/lib/intake/pool";
import { readArticleFor } from "@/lib/intake/url-import";

// Counted while the body streams (and by Content-Length before): formData() alone buffered all of a 300 MB upload.
function tooLarge(declared: number | null) {
  const message =
    declared === null ? "The upload is larger than allowed; the limit is 1 MB." : `The upload is ${(declared / 1_000_000).toFixed(1)} MB; the limit is 1 MB.`;
  return new BodyTooLargeError(message, { file: [message] });
}

const unreadable = () => new DomainError("VALIDATION", "The upload could not be read. Try again.", { file: ["The upload could not be read"] });

/**
 * Article import (multipart form): details plus pasted text, a .txt/.md/.html file, or only the
 * article's address, from which the server fetches it. A route handler
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
  // One time budget for the whole request: extracting a file and scoring its text.
  const signal = intakeDeadline();
  let text = field("text");
  let title = field("title");
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) {
      const message = `The file is ${(file.size / 1_000_000).toFixed(1)} MB; the limit is 1 MB.`;
      throw new DomainError("VALIDATION", message, { file: [message] });
    }
    const extracted = await extractOffThread({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, signal);
    text = extracted.text;
    if (!title?.trim() && extracted.title) title = extracted.title;
  }
  let url = field("url");
  let about: { outlet?: string; author?: string; publishedAt?: string } = {};
  // Asked for (fetch=1) with an address and neither text nor file: the article is fetched from the
  // address (lib/intake/fetch-page.ts). Never implied: an import without text stays a refusal.
  if (field("fetch") === "1" && !(file instanceof File && file.name) && !text?.trim() && url?.trim()) {
    const read = await readArticleFor({ actor, address: url.trim(), signal });
    ({ text, url } = read);
    if (!title?.trim() && read.title) title = read.title;
    about = read;
  }
  const given = (name: string) => field(name)?.trim() || undefined;
  const input = {
    title: title ?? "",
    outlet: given("outlet") ?? about.outlet ?? "",
    url,
    author: given("author") ?? about.author,
    publishedAt: given("publishedAt") ?? about.publishedAt,
    text,
  };
  // On PostgreSQL a long text is queued for any instance; the form then follows the job (./jobs/[id]).
  if (queuesImport(text)) return Response.json({ ok: true, data: await enqueueImport({ actor, input }) }, { status: 202 });
  if (!request.headers.get("accept")?.includes(NDJSON)) return Response.json({ ok: true, data: await importArticle({ actor, input, signal }) });
  return withProgress((onProgress) => importArticle({ actor, input, onProgress, signal }));
});

const NDJSON = "application/x-ndjson";

/**
 * For a client that asks for it (Accept: application/x-ndjson), a long import answers as it goes: one
 * `{"progress":{"done","total"}}` line per scored part, then the usual body as the last line. An answer
 * ready before any progress (a refusal, a short article) keeps its own status and plain JSON.
 */
function withProgress(work: (onProgress: (done: number, total: number) => void) => Promise<unknown>): Promise<Response> {
  return new Promise((resolve) => {
    const encoder = new TextEncoder();
    let stream: ReadableStreamDefaultController<Uint8Array> | null = null;
    // A person who leaves the page cancels the stream; the import itself goes on and is saved.
    let cancelled = false;
    const line = (value: unknown) => {
      if (!stream || cancelled) return;
      try {
        stream.enqueue(encoder.encode(JSON.stringify(value) + "\n"));
      } catch {
        cancelled = true;
      }
    };
    const close = () => {
      if (cancelled) return;
      try {
        stream?.close();
      } catch {
        cancelled = true;
      }
    };
    const onProgress = (done: number, total: number) => {
      if (!stream && done < total) {
        resolve(
          new Response(new ReadableStream<Uint8Array>({ start: (controller) => void (stream = controller), cancel: () => void (cancelled = true) }), {
            headers: { "Content-Type": `${NDJSON}; charset=utf-8`, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
          }),
        );
      }
      line({ progress: { done, total } });
    };
    work(onProgress).then(
      (data) => {
        if (!stream) return resolve(Response.json({ ok: true, data }));
        line({ ok: true, data });
        close();
      },
      async (error: unknown) => {
        const answer = toErrorResponse("import", error);
        if (!stream) return resolve(answer);
        line({ ...(await answer.json()), status: answer.status });
        close();
      },
    );
  });
}
