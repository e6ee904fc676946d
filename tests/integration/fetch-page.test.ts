import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "@/lib/intake/fetch-page";

// Issue 16: an article imported from its address, fetched as a fetcher of untrusted URLs must be.
// The pages come from a local server: the tests allow private addresses the way an operator would.

const ARTICLE = "<!doctype html><html><head><title>Council report</title></head><body><article><p>The council built 30 parks.</p></article></body></html>";
const requests: string[] = [];
let base = "";
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/article") return response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(ARTICLE);
    if (url.pathname === "/gzip") return response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(zlib.gzipSync(ARTICLE));
    if (url.pathname === "/redirect") return response.writeHead(302, { Location: "/article" }).end();
    if (url.pathname === "/to-metadata") return response.writeHead(301, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (url.pathname === "/loop") return response.writeHead(302, { Location: "/loop" }).end();
    if (url.pathname === "/image") return response.writeHead(200, { "Content-Type": "image/png" }).end("PNG");
    if (url.pathname === "/missing") return response.writeHead(404, { "Content-Type": "text/html" }).end("gone");
    // 3 MB of text that compresses to a few KB: counted after decompression.
    if (url.pathname === "/bomb")
      return response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(zlib.gzipSync("a".repeat(3_000_000)));
    if (url.pathname === "/big") {
      response.writeHead(200, { "Content-Type": "text/plain" });
      return response.end("b".repeat(2_500_000));
    }
    // A compressed answer cut off half-way: the fetch must end, not wait forever.
    if (url.pathname === "/truncated-gzip") {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      response.write(zlib.gzipSync(ARTICLE).subarray(0, 20));
      return void setTimeout(() => response.socket?.destroy(), 50);
    }
    if (url.pathname === "/slow") return void setTimeout(() => response.writeHead(200, { "Content-Type": "text/html" }).end(ARTICLE), 3_000);
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allowed = { allowPrivate: true };
const refusal = (message: string | RegExp) => ({ code: "VALIDATION", fieldErrors: { url: [expect.stringMatching(message)] } });

describe("fetching an article page", () => {
  it("fetches a page, following a redirect and unpacking gzip, and keeps the final address", async () => {
    const page = await fetchPage(`${base}/redirect`, allowed);
    expect(page.url).toBe(`${base}/article`);
    expect(page.contentType).toContain("text/html");
    expect(Buffer.from(page.bytes).toString()).toBe(ARTICLE);
    expect(Buffer.from((await fetchPage(`${base}/gzip`, allowed)).bytes).toString()).toBe(ARTICLE);
  });

  it("never connects to this machine or the local network unless the operator allows it", async () => {
    // A connection kept from an allowed fetch must not be reused by a refused one.
    await fetchPage(`${base}/article`, allowed);
    const before = requests.length;
    const port = new URL(base).port;
    for (const address of [`${base}/article`, `http://[::1]:${port}/article`, `http://0.0.0.0:${port}/article`, `http://127.1:${port}/article`]) {
      await expect(fetchPage(address, { allowPrivate: false }), address).rejects.toMatchObject(refusal(/private network/));
    }
    // A name is looked up only to connect, and then only to a public address.
    await expect(fetchPage("http://localhost/article", { allowPrivate: false })).rejects.toMatchObject(refusal(/private network/));
    await expect(fetchPage(`http://localhost:${port}/article`, { allowPrivate: false })).rejects.toMatchObject(refusal(/private network|usual web ports/));
    expect(requests.length).toBe(before);
  });

  it("checks every redirect again: a public page cannot send the fetcher inside", async () => {
    // Allowed to reach the test server (the operator's setting), never the link-local metadata address
    // it redirects to: the setting opens the intranet, not that.
    const before = requests.length;
    await expect(fetchPage(`${base}/to-metadata`, allowed)).rejects.toMatchObject(refusal(/private network/));
    expect(requests.slice(before)).toEqual(["/to-metadata"]);
    await expect(fetchPage(`${base}/loop`, allowed)).rejects.toMatchObject(refusal(/redirects more than 5 times/));
  });

  it("refuses other schemes, credentials, non-pages, errors, oversized and slow answers, each with a message for the field", async () => {
    await expect(fetchPage("file:///etc/passwd", allowed)).rejects.toMatchObject(refusal(/Only http and https/));
    await expect(fetchPage("ftp://example.org/a", allowed)).rejects.toMatchObject(refusal(/Only http and https/));
    await expect(fetchPage("not a url", allowed)).rejects.toMatchObject(refusal(/full address/));
    await expect(fetchPage(`http://user:secret@127.0.0.1:1/`, allowed)).rejects.toMatchObject(refusal(/name and password/));
    await expect(fetchPage(`${base}/image`, allowed)).rejects.toMatchObject(refusal(/not a web page/));
    await expect(fetchPage(`${base}/missing`, allowed)).rejects.toMatchObject(refusal(/answered 404/));
    await expect(fetchPage(`${base}/big`, allowed)).rejects.toMatchObject(refusal(/larger than 2 MB/));
    await expect(fetchPage(`${base}/bomb`, allowed)).rejects.toMatchObject(refusal(/larger than 2 MB/));
    await expect(fetchPage(`${base}/slow`, { ...allowed, limits: { timeoutMs: 500 } })).rejects.toMatchObject(refusal(/did not answer within/));
    await expect(fetchPage("http://no-such-host.invalid/", allowed)).rejects.toMatchObject(refusal(/No site answers/));
    await expect(fetchPage(`${base}/truncated-gzip`, { ...allowed, limits: { timeoutMs: 5_000 } })).rejects.toMatchObject(refusal(/connection was cut/));
    // Other ports of public hosts are not fetched (the operator's setting opens them on the intranet).
    await expect(fetchPage("http://93.184.216.34:22/", { allowPrivate: false })).rejects.toMatchObject(refusal(/usual web ports/));
    await expect(fetchPage(`${base.replace("127.0.0.1", "169.254.169.254")}/`, allowed)).rejects.toMatchObject(refusal(/private network/));
  });
});
