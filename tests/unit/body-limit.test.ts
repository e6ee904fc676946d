import { describe, expect, it } from "vitest";
import { BodyTooLargeError, boundedBody, readBoundedBytes, readBoundedFormData, UnreadableBodyError, type BodyLimit } from "@/lib/http/body-limit";

const LIMIT = 1_000;
const limit: BodyLimit = {
  limit: LIMIT,
  tooLarge: (declared) => new BodyTooLargeError(declared === null ? "too large" : `declared ${declared}`, { file: ["too large"] }),
};

/** A body of `total` bytes in chunks of `chunk`, counting what the reader actually pulled. */
function countingSource(total: number, chunk = 100) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = Math.min(chunk, total - counter.pulled);
      if (size <= 0) return controller.close();
      counter.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

function request(body: ReadableStream<Uint8Array> | string | null, headers: Record<string, string> = {}) {
  return new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("the bounded body reader", () => {
  it("passes a body under the limit unchanged", async () => {
    const { stream } = countingSource(999);
    expect((await readBoundedBytes(request(stream), limit)).byteLength).toBe(999);
  });

  it("passes a body of exactly the limit", async () => {
    const { stream } = countingSource(LIMIT);
    expect((await readBoundedBytes(request(stream, { "content-length": String(LIMIT) }), limit)).byteLength).toBe(LIMIT);
  });

  it("refuses one byte over the limit", async () => {
    const { stream } = countingSource(LIMIT + 1);
    await expect(readBoundedBytes(request(stream), limit)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("refuses a declared Content-Length over the limit before reading a byte", async () => {
    const { stream, counter } = countingSource(50_000_000);
    const refusal = (() => {
      try {
        boundedBody(request(stream, { "content-length": "50000000" }), limit);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(BodyTooLargeError);
    expect((refusal as Error).message).toBe("declared 50000000");
    // The stream's own first pull (highWaterMark 1) is all that may have happened, never more.
    expect(counter.pulled).toBeLessThanOrEqual(100);
  });

  it("stops a chunked body without Content-Length at the limit, and cancels the source", async () => {
    const { stream, counter } = countingSource(50_000_000, 64 * 1024);
    await expect(readBoundedBytes(request(stream), { ...limit, limit: 100_000 })).rejects.toMatchObject({ name: "BodyTooLargeError", message: "too large" });
    expect(counter.pulled).toBeLessThanOrEqual(100_000 + 2 * 64 * 1024);
    expect(counter.cancelled).toBe(true);
  });

  it("does not believe a Content-Length smaller than the body: still refused at the limit", async () => {
    const { stream, counter } = countingSource(20_000);
    await expect(readBoundedBytes(request(stream, { "content-length": "10" }), limit)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(counter.pulled).toBeLessThanOrEqual(LIMIT + 200);
  });

  it("treats a missing body as empty", async () => {
    expect((await readBoundedBytes(request(null), limit)).byteLength).toBe(0);
  });

  it("ignores a Content-Length that is not a plain number (the count still holds)", async () => {
    const { stream } = countingSource(LIMIT + 1);
    await expect(readBoundedBytes(request(stream, { "content-length": "-1" }), limit)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});

describe("a bounded form", () => {
  it("parses multipart within the limit, fields and file", async () => {
    const form = new FormData();
    form.set("title", "T");
    form.set("file", new File(["hello"], "a.txt", { type: "text/plain" }));
    const parsed = await readBoundedFormData(new Request("http://localhost/upload", { method: "POST", body: form }), limit);
    expect(parsed.get("title")).toBe("T");
    expect(await (parsed.get("file") as File).text()).toBe("hello");
  });

  it("refuses multipart over the limit as too large, not as unreadable", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(LIMIT * 2)], "a.txt"));
    await expect(readBoundedFormData(new Request("http://localhost/upload", { method: "POST", body: form }), limit)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("calls a body within the limit that is not a form unreadable", async () => {
    const bad = request("not multipart at all", { "content-type": "multipart/form-data; boundary=x" });
    await expect(readBoundedFormData(bad, limit)).rejects.toBeInstanceOf(UnreadableBodyError);
  });
});
