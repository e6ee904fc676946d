import { describe, expect, it } from "vitest";
import { decideOrigin, ownOrigins } from "@/lib/http/origin";

const OURS = ownOrigins({ configuredUrl: "https://desk.example.org", requestUrl: "http://127.0.0.1:3000/api/articles/import", host: "127.0.0.1:3000" });
const decide = (headers: Record<string, string>, method = "POST") => decideOrigin({ method, headers: new Headers(headers), origins: OURS }).allowed;

describe("the app's own origins", () => {
  it("are the configured URL and the origin the request was addressed to", () => {
    expect([...OURS].sort()).toEqual(["http://127.0.0.1:3000", "https://desk.example.org"]);
  });

  it("ignore a configured value that is no http(s) URL, and a missing Host", () => {
    expect([...ownOrigins({ configuredUrl: "not a url", requestUrl: "http://localhost/x", host: null })]).toEqual([]);
    expect([...ownOrigins({ configuredUrl: undefined, requestUrl: "http://localhost/x", host: "localhost:3000" })]).toEqual(["http://localhost:3000"]);
  });
});

describe("same-origin decision for state-changing requests", () => {
  it("allows our own origin, configured or by Host", () => {
    expect(decide({ origin: "https://desk.example.org" })).toBe(true);
    expect(decide({ origin: "http://127.0.0.1:3000" })).toBe(true);
  });

  it("refuses another site", () => {
    expect(decide({ origin: "http://evil.example" })).toBe(false);
  });

  it("refuses another origin of the same site: another port, another scheme, a subdomain", () => {
    expect(decide({ origin: "http://127.0.0.1:3001" })).toBe(false);
    expect(decide({ origin: "http://desk.example.org" })).toBe(false);
    expect(decide({ origin: "https://blog.desk.example.org" })).toBe(false);
  });

  it("refuses `Origin: null` and a malformed Origin", () => {
    expect(decide({ origin: "null" })).toBe(false);
    expect(decide({ origin: "javascript:alert(1)" })).toBe(false);
    expect(decide({ origin: "" })).toBe(false);
  });

  it("Origin wins over Sec-Fetch-Site and Referer", () => {
    expect(decide({ origin: "http://evil.example", "sec-fetch-site": "same-origin", referer: "https://desk.example.org/desk" })).toBe(false);
  });

  it("without Origin, follows Sec-Fetch-Site", () => {
    expect(decide({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(decide({ "sec-fetch-site": "none" })).toBe(true);
    expect(decide({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(decide({ "sec-fetch-site": "cross-site" })).toBe(false);
  });

  it("without Origin and Sec-Fetch-Site, follows the Referer", () => {
    expect(decide({ referer: "https://desk.example.org/desk/articles/new" })).toBe(true);
    expect(decide({ referer: "http://evil.example/page" })).toBe(false);
    expect(decide({ referer: "garbage" })).toBe(false);
  });

  it("allows a request with none of the three: not a browser's cross-site post (scripts, curl)", () => {
    expect(decide({})).toBe(true);
  });

  it("checks only state-changing methods", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(decide({ origin: "http://evil.example" }, method)).toBe(true);
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) expect(decide({ origin: "http://evil.example" }, method)).toBe(false);
  });

  it("checks a GET that writes like a POST: an image or a fetch from a sibling site is refused, our own page's stream is not", () => {
    const get = (headers: Record<string, string>) => decideOrigin({ method: "GET", headers: new Headers(headers), origins: OURS, writesOnGet: true }).allowed;
    expect(get({ "sec-fetch-site": "same-site", "sec-fetch-dest": "image" })).toBe(false);
    expect(get({ origin: "https://blog.desk.example.org", "sec-fetch-site": "same-site" })).toBe(false);
    expect(get({ "sec-fetch-site": "same-origin", "sec-fetch-dest": "empty" })).toBe(true);
    expect(get({})).toBe(true);
  });
});
