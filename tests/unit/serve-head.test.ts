import { describe, expect, it, vi } from "vitest";
import { builtRouteTable, isPagePath, routeTable } from "@/scripts/serve.mjs";

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

  // The build's app-path-routes-manifest.json, as Next writes it (pages and route handlers by entry).
  const manifest = {
    "/(desk)/desk/claims/[id]/page": "/desk/claims/[id]",
    "/(public)/claims/[slug]/page": "/claims/[slug]",
    "/(public)/claims/[slug]/badge.svg/route": "/claims/[slug]/badge.svg",
    "/(desk)/desk/claims/[id]/export/route": "/desk/claims/[id]/export",
    "/sitemaps/[part]/route": "/sitemaps/[part]",
    "/docs/[...path]/route": "/docs/[...path]",
    "/files/[[...path]]/route": "/files/[[...path]]",
    "/api/health/route": "/api/health",
    "/(public)/page": "/",
  };

  it("knows a route handler at a page-like address by the build's manifest, and no page for one", () => {
    const routes = routeTable(manifest);
    expect(routes).toHaveLength(9);
    expect(routes.filter((r) => r.handler)).toHaveLength(6);
    for (const path of ["/desk/claims/c1/export", "/sitemaps/0", "/docs/a", "/docs/a/b", "/files", "/files/a/b"])
      expect(isPagePath(path, routes), path).toBe(false);
    for (const path of ["/", "/desk/claims/c1", "/claims/putin-visit-ab12cd", "/desk/claims/c1/export/more", "/docs", "/sitemapsx/0"])
      expect(isPagePath(path, routes), path).toBe(true);
    // An address Next would also match decoded is judged as both.
    for (const path of ["/sitemap%2Exml", "/%61pi/health", "/desk/claims/c1/%65xport", "/sitemaps%2F0"]) expect(isPagePath(path, routes), path).toBe(false);
    expect(isPagePath("/claims/caf%C3%A9-1", routes)).toBe(true);
    // Without the manifest (development), the name rule alone.
    expect(isPagePath("/desk/claims/c1/export")).toBe(true);
  });

  it("gives an address to the route Next would answer it with: a page more specific than a handler's pattern is a page", () => {
    const routes = routeTable({
      ...manifest,
      "/docs/intro/page": "/docs/intro",
      "/sitemaps/index/page": "/sitemaps/index",
      "/files/about/page": "/files/about",
      "/desk/claims/[id]/export/[format]/page": "/desk/claims/[id]/export/[format]",
    });
    // A static segment before a dynamic one, a dynamic one before a catch-all, as Next matches them.
    for (const path of ["/docs/intro", "/sitemaps/index", "/files/about", "/desk/claims/c1/export/csv"]) expect(isPagePath(path, routes), path).toBe(true);
    for (const path of ["/docs/intro/more", "/docs/other", "/sitemaps/0", "/files/about/more", "/desk/claims/c1/export"])
      expect(isPagePath(path, routes), path).toBe(false);
    // Whatever order the manifest lists them in.
    const reversed = routeTable(Object.fromEntries(Object.entries({ "/docs/intro/page": "/docs/intro", ...manifest }).reverse()));
    expect(isPagePath("/docs/intro", reversed)).toBe(true);
    expect(isPagePath("/docs/other", reversed)).toBe(false);
  });

  it("says so at start when the build's manifest cannot be read, and keeps the name rule", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(builtRouteTable("/nonexistent-factdesk-root", ".next")).toEqual([]);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0][0])).toMatch(/app-path-routes-manifest\.json could not be read/);
    } finally {
      warn.mockRestore();
    }
  });
});
