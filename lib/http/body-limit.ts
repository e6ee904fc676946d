import type { FieldErrors } from "../errors";

/**
 * Request bodies read with a limit enforced while reading. `request.formData()` and friends buffer
 * the whole body before anyone can look at its size: a 300 MB upload to a 1 MB form cost ~600 MB of
 * memory before the refusal. Here a declared Content-Length over the limit is refused before a byte
 * is read, and the bytes are counted as they stream, so a chunked body (no Content-Length) or one
 * whose Content-Length understates it is cut off at the limit too.
 */

/** The body is larger than the handler accepts; route.ts answers 413. The message is for people. */
export class BodyTooLargeError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "BodyTooLargeError";
  }
}

/** The body is not what it claims to be (e.g. broken multipart); route.ts answers 400 via its own class. */
export class UnreadableBodyError extends Error {
  constructor(message = "The request body could not be read.") {
    super(message);
    this.name = "UnreadableBodyError";
  }
}

export type BodyLimit = {
  /** The most bytes accepted; exactly this many pass. */
  limit: number;
  /** The refusal's text: `declared` is the Content-Length when that is what gave the body away. */
  tooLarge: (declared: number | null) => BodyTooLargeError;
};

/** The Content-Length header as a number, or null when absent or not a plain decimal. */
export function declaredLength(headers: Headers): number | null {
  const raw = headers.get("content-length")?.trim();
  if (!raw || !/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * The request's body as a stream that errors with `tooLarge(null)` once more than `limit` bytes have
 * passed. It pulls from the source only when read, so at most one chunk beyond the limit is ever taken
 * off the socket; the source is cancelled at once, so the rest is never read into memory.
 */
export function boundedBody(request: Request, limit: BodyLimit): ReadableStream<Uint8Array> {
  return bounded(request, limit).stream;
}

function bounded(request: Request, { limit, tooLarge }: BodyLimit) {
  const declared = declaredLength(request.headers);
  if (declared !== null && declared > limit) {
    // Not a byte read: cancelling tells the server to drop the rest instead of buffering it.
    request.body?.cancel().catch(() => {});
    throw tooLarge(declared);
  }
  // Remembered here because the Fetch body readers may wrap a stream's error in a TypeError of their own.
  let refusal: BodyTooLargeError | null = null;
  const source = request.body;
  if (!source) return { stream: new ReadableStream<Uint8Array>({ start: (controller) => controller.close() }), refusal: () => refusal };
  const reader = source.getReader();
  let received = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > limit) {
        refusal = tooLarge(null);
        reader.cancel().catch(() => {});
        controller.error(refusal);
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { stream, refusal: () => refusal };
}

/** The whole body as bytes, refused at the limit (see boundedBody). */
export async function readBoundedBytes(request: Request, limit: BodyLimit): Promise<Uint8Array> {
  const { stream, refusal } = bounded(request, limit);
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw refusal() ?? new UnreadableBodyError();
  }
}

/**
 * A multipart or url-encoded form, parsed only from bytes already known to be within the limit
 * (then `new Response(bytes, { headers }).formData()`: the platform's own parser, never over the limit).
 * A body within the limit that is not such a form is an UnreadableBodyError.
 */
export async function readBoundedFormData(request: Request, limit: BodyLimit): Promise<FormData> {
  const bytes = await readBoundedBytes(request, limit);
  const contentType = request.headers.get("content-type");
  try {
    return await new Response(bytes as BlobPart, { headers: contentType ? { "content-type": contentType } : {} }).formData();
  } catch {
    throw new UnreadableBodyError("The form could not be read.");
  }
}
