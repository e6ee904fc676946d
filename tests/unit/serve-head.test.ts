import { describe, expect, it } from "vitest";
import { isPagePath } from "@/scripts/serve.mjs";

// scripts/serve.mjs hands a HEAD for a page to the framework as a GET (so it gets a GET's headers);
// anything else keeps its HEAD, which Next answers without running a stream that may never end.
describe("which HEAD requests are answered as their GET (isPagePath)", () => {
  it("takes the public and desk pages for pages", () => {
    for (const path of [
      "/",
      "/claims",
      "/claims/putin-visit-ab12cd",
      "/embed/claims/putin-visit-ab12cd",
      "/methodology",
      "/desk",
      "/desk/claims/c1",
      "/signin",
      "/withdrawn/x",
    ])
      expect(isPagePath(path), path).toBe(true);
  });

  it("leaves the API, the framework's files, and routes named as files or images to Next's own HEAD", () => {
    for (const path of [
      "/api/live/claims/c1",
      "/api/health",
      "/api",
      "/_next/static/chunks/main.js",
      "/feed.xml",
      "/sitemap.xml",
      "/sitemaps/0.xml",
      "/robots.txt",
      "/icon.svg",
      "/claims/putin-visit-ab12cd/badge.svg",
      "/claims/putin-visit-ab12cd/opengraph-image",
      "/claims/putin-visit-ab12cd/twitter-image",
      "/opengraph-image-1x2y3z",
    ])
      expect(isPagePath(path), path).toBe(false);
  });
});
