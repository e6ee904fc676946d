import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { POST as importRoute } from "@/app/api/articles/import/route";
import { MAX_IMPORT_BODY_BYTES } from "@/lib/articles/extract-text";
import { db } from "@/lib/db";
import { makeUser } from "../support/factories";

// Issue 13, finding 2: the 1 MB limit was checked only after formData() had buffered the whole body.

const BOUNDARY = "----factdesk-limit-test";
const CHUNK = 64 * 1024;

/** A multipart body with one huge file part, generated as it is pulled; counts the bytes pulled. */
function hugeUpload(fileBytes: number) {
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBig\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="outlet"\r\n\r\nWire\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${BOUNDARY}--\r\n`);
  const total = head.byteLength + fileBytes + tail.byteLength;
  const counter = { pulled: 0 };
  let sentHead = false;
  let fileLeft = fileBytes;
  let sentTail = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk: Uint8Array;
      if (!sentHead) [chunk, sentHead] = [head, true];
      else if (fileLeft > 0) {
        chunk = new Uint8Array(Math.min(CHUNK, fileLeft)).fill(0x61);
        fileLeft -= chunk.byteLength;
      } else if (!sentTail) [chunk, sentTail] = [tail, true];
      else return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter, total };
}

function uploadRequest(stream: ReadableStream<Uint8Array>, contentLength?: number) {
  const headers: Record<string, string> = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` };
  if (contentLength !== undefined) headers["content-length"] = String(contentLength);
  return new Request("http://localhost/api/articles/import", { method: "POST", body: stream, headers, duplex: "half" } as RequestInit);
}

beforeEach(async () => {
  session.actor = await makeUser("REVIEWER");
});

describe("the import's body limit, enforced while reading", () => {
  it("refuses a declared 300 MB upload with 413 before reading its body", async () => {
    const before = await db.article.count();
    const upload = hugeUpload(300_000_000);
    const response = await importRoute(uploadRequest(upload.stream, upload.total));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body).toMatchObject({ ok: false, code: "TOO_LARGE", error: "The upload is 300.0 MB; the limit is 1 MB." });
    expect(body.fieldErrors.file).toEqual(["The upload is 300.0 MB; the limit is 1 MB."]);
    // Nothing of the body was read (a ReadableStream may pull its first chunk on its own).
    expect(upload.counter.pulled).toBeLessThanOrEqual(CHUNK);
    expect(await db.article.count()).toBe(before);
  });

  it("stops a chunked upload without Content-Length at the limit", async () => {
    const before = await db.article.count();
    const upload = hugeUpload(300_000_000);
    const response = await importRoute(uploadRequest(upload.stream));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body).toMatchObject({ ok: false, code: "TOO_LARGE", fieldErrors: { file: [expect.stringMatching(/limit is 1 MB/)] } });
    expect(upload.counter.pulled).toBeLessThanOrEqual(MAX_IMPORT_BODY_BYTES + 2 * CHUNK);
    expect(await db.article.count()).toBe(before);
  });

  it("still gives the per-file message for a file over 1 MB within the body limit", async () => {
    const upload = hugeUpload(1_500_000);
    const response = await importRoute(uploadRequest(upload.stream, upload.total));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.fieldErrors.file).toEqual(["The file is 1.5 MB; the limit is 1 MB."]);
  });
});
