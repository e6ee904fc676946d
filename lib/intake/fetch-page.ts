import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { DomainError } from "../errors";
import { isPublicAddress, privateFetchesAllowed } from "./address-policy";
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
      const usable = allowPrivate ? addresses : addresses.filter((a) => isPublicAddress(a.address));
      if (usable.length === 0) return callback(Object.assign(new Error("blocked address"), { code: BLOCKED }), "", 4);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, usable);
      callback(null, usable[0].address, usable[0].family);
    });
  };
}

function checkUrl(url: URL, allowPrivate: boolean) {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse("Only http and https addresses can be fetched");
  if (url.username || url.password) throw refuse("Remove the name and password from the address");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // An address written as digits is not looked up: it is checked here.
  if (net.isIP(host) && !allowPrivate && !isPublicAddress(host)) throw refuse(PRIVATE_MESSAGE);
}

const PRIVATE_MESSAGE = "That address is on a private network: Factdesk fetches public web pages only";

function decoded(response: http.IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "identity").toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

type Hop = { redirect: URL } | FetchedPage;

function fetchOnce(url: URL, signal: AbortSignal, allowPrivate: boolean, maxBytes: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "GET",
        lookup: guardedLookup(allowPrivate),
        signal,
        headers: {
          "User-Agent": "Factdesk article import (+https://github.com/factdesk)",
          Accept: "text/html, application/xhtml+xml, text/plain;q=0.8",
          "Accept-Encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.resume();
          try {
            return resolve({ redirect: new URL(location, url) });
          } catch {
            return reject(refuse("The page redirects to an address that is not valid"));
          }
        }
        if (status !== 200) {
          response.resume();
          return reject(refuse(`The page answered ${status}${response.statusMessage ? ` (${response.statusMessage})` : ""}: check the address`));
        }
        const contentType = String(response.headers["content-type"] ?? "").toLowerCase();
        if (!PAGE_TYPES.some((t) => contentType.startsWith(t))) {
          response.resume();
          return reject(refuse("That address is not a web page or a text (only HTML and plain text can be imported)"));
        }
        const tooLarge = () => refuse(`The page is larger than ${maxBytes / 1_000_000} MB`);
        if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
          response.destroy();
          return reject(tooLarge());
        }
        const body = decoded(response);
        const chunks: Buffer[] = [];
        let size = 0;
        body.on("data", (chunk: Buffer) => {
          size += chunk.length;
          // Counted after decompression: a small compressed answer cannot unpack into gigabytes here.
          if (size > maxBytes) {
            response.destroy();
            body.destroy();
            reject(tooLarge());
          } else chunks.push(chunk);
        });
        body.on("end", () => resolve({ url: url.toString(), contentType, bytes: new Uint8Array(Buffer.concat(chunks)) }));
        body.on("error", () => reject(refuse("The page could not be read")));
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === BLOCKED) reject(refuse(PRIVATE_MESSAGE));
      else if (signal.aborted) reject(refuse(`The page did not answer within ${FETCH_LIMITS.timeoutMs / 1000} s`));
      else if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") reject(refuse("No site answers at that address: check it"));
      else reject(refuse("The site could not be reached"));
    });
    request.end();
  });
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
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw refuse("Enter a full address, starting with https://");
  }
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    checkUrl(url, allowPrivate);
    const answer = await fetchOnce(url, signal, allowPrivate, limits.maxBytes);
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
