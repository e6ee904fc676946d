import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { PassThrough, pipeline, type Transform } from "node:stream";
import zlib from "node:zlib";
import { DomainError } from "../errors";
import { mayConnect, privateFetchesAllowed } from "./address-policy";
import { extractOffThread } from "./pool";

/** What one article fetch may cost: the page's size (after decompression), the time, the hops. */
export const FETCH_LIMITS = { maxBytes: 2_000_000, timeoutMs: 10_000, maxRedirects: 5 };

export type FetchedPage = { url: string; contentType: string; bytes: Uint8Array };
type Options = { signal?: AbortSignal; allowPrivate?: boolean; limits?: Partial<typeof FETCH_LIMITS> };

const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];
const BLOCKED = "FACTDESK_BLOCKED_ADDRESS";

/** A refusal about the address the person typed: shown next to the URL field. */
const refuse = (message: string) => new DomainError("VALIDATION", message, { url: [message] });

/**
 * DNS for the connection itself, so the address checked is the address used: a name that resolves to
 * a private address (or is switched to one between a check and the connection) is never connected to.
 */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family as number | undefined }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const usable = addresses.filter((a) => mayConnect(a.address, allowPrivate));
      if (usable.length === 0) return callback(Object.assign(new Error("blocked address"), { code: BLOCKED }), "", 4);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, usable);
      callback(null, usable[0].address, usable[0].family);
    });
  };
}

const PRIVATE_MESSAGE = "That address is on a private network: Factdesk fetches public web pages only";

function checkUrl(url: URL, allowPrivate: boolean) {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse("Only http and https addresses can be fetched");
  if (url.username || url.password) throw refuse("Remove the name and password from the address");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // An address written as digits is not looked up: it is checked here.
  if (net.isIP(host) && !mayConnect(host, allowPrivate)) throw refuse(PRIVATE_MESSAGE);
  // Web pages live on the web's ports; other services on a public host are not ours to knock on.
  if (url.port && !allowPrivate && !["80", "443"].includes(url.port)) throw refuse("Only addresses on the usual web ports (80 and 443) can be fetched");
}

function decoder(encoding: string | undefined): Transform | null {
  switch ((encoding ?? "identity").toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

type Hop = { redirect: URL } | FetchedPage;

function fetchOnce(url: URL, signal: AbortSignal, allowPrivate: boolean, limits: typeof FETCH_LIMITS): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    let request: http.ClientRequest | null = null;
    let response: http.IncomingMessage | null = null;
    let body: Transform | null = null;
    // Settled once; every way out closes the connection (a refused answer is not read to its end).
    let settled = false;
    const finish = (error: Error | null, value?: Hop) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (error || !value || "redirect" in value) {
        body?.destroy();
        response?.destroy();
        request?.destroy();
      }
      if (error) reject(error);
      else resolve(value!);
    };
    const onAbort = () => finish(refuse(`The page did not answer within ${limits.timeoutMs / 1000} s`));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort);
    request = client.request(url, {
      method: "GET",
      lookup: guardedLookup(allowPrivate),
      // A connection of its own: a pooled socket would skip the address check of the lookup.
      agent: false,
      headers: {
        "User-Agent": "Factdesk article import",
        Accept: "text/html, application/xhtml+xml, text/plain;q=0.8",
        "Accept-Encoding": "gzip, deflate, br",
      },
    });
    request.on("response", (answer) => {
      response = answer;
      const status = answer.statusCode ?? 0;
      const location = answer.headers.location;
      if (status >= 300 && status < 400 && location) {
        try {
          return finish(null, { redirect: new URL(location, url) });
        } catch {
          return finish(refuse("The page redirects to an address that is not valid"));
        }
      }
      if (status !== 200) return finish(refuse(`The page answered ${status}: check the address`));
      const contentType = String(answer.headers["content-type"] ?? "").toLowerCase();
      if (!PAGE_TYPES.some((t) => contentType.startsWith(t))) {
        return finish(refuse("That address is not a web page or a text (only HTML and plain text can be imported)"));
      }
      const tooLarge = () => refuse(`The page is larger than ${limits.maxBytes / 1_000_000} MB`);
      if (Number(answer.headers["content-length"] ?? 0) > limits.maxBytes) return finish(tooLarge());
      body = decoder(answer.headers["content-encoding"] as string | undefined) ?? new PassThrough();
      const chunks: Buffer[] = [];
      let size = 0;
      body.on("data", (chunk: Buffer) => {
        size += chunk.length;
        // Counted after decompression: a small compressed answer cannot unpack into gigabytes here.
        if (size > limits.maxBytes) finish(tooLarge());
        else chunks.push(chunk);
      });
      // pipeline passes an early close of the connection on to the decompressor, which then errs.
      pipeline(answer, body, (error) => {
        if (error) finish(refuse("The page could not be read: the connection was cut"));
        else finish(null, { url: url.toString(), contentType, bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === BLOCKED) finish(refuse(PRIVATE_MESSAGE));
      else if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") finish(refuse("No site answers at that address: check it"));
      else finish(refuse("The site could not be reached"));
    });
    request.end();
  });
}

/**
 * The address as a URL the fetcher may try, or the refusal for the URL field: what can be told without
 * connecting anywhere (scheme, credentials, an address written as digits, the port).
 */
export function checkedAddress(address: string, allowPrivate = privateFetchesAllowed()): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw refuse("Enter a full address, starting with https://");
  }
  checkUrl(url, allowPrivate);
  return url;
}

/**
 * Fetch an article page for import, as a fetcher of untrusted addresses must: http and https only, no
 * private or loopback address (after DNS, and after every redirect) unless the operator allows them
 * (FACTDESK_FETCH_PRIVATE_ADDRESSES), at most `maxRedirects` hops, `maxBytes` and `timeoutMs` in all.
 */
export async function fetchPage(address: string, options: Options = {}): Promise<FetchedPage> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const allowPrivate = options.allowPrivate ?? privateFetchesAllowed();
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let url = checkedAddress(address, allowPrivate);
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    checkUrl(url, allowPrivate);
    const answer = await fetchOnce(url, signal, allowPrivate, limits);
    if (!("redirect" in answer)) return answer;
    url = answer.redirect;
  }
  throw refuse(`The page redirects more than ${limits.maxRedirects} times`);
}

/**
 * An article read from its address: the page fetched (above), its text taken out off the request
 * thread, and what the page says of itself: title, byline, site name (else the host), publication day.
 * `url` is where the page was found after redirects: the article's address for ClaimReview.
 */
export async function readArticleAt(address: string, signal: AbortSignal) {
  const page = await fetchPage(address, { signal });
  const extracted = await extractOffThread(
    { name: page.contentType.startsWith("text/plain") ? "page.txt" : "page.html", type: page.contentType, bytes: page.bytes, limit: FETCH_LIMITS.maxBytes },
    signal,
  );
  return {
    text: extracted.text,
    url: page.url,
    title: extracted.title,
    outlet: extracted.siteName ?? new URL(page.url).hostname,
    author: extracted.byline,
    publishedAt: extracted.publishedAt,
  };
}
