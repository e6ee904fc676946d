import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  isRouterState,
  MAX_ROUTER_STATE_LENGTH,
  MAX_AUTH_BODY_BYTES,
  MAX_TARGET_LENGTH,
  refuseActionOrigin,
  refuseAuthBody,
  refuseMethod,
  refuseRouterState,
  refuseTarget,
  safeDecode,
} from "@/lib/http/request-guard.mjs";

// Issue 13, finding 6: these addresses and posts reached Next.js and came back as 500s.

describe("request targets that do not decode", () => {
  it.each([
    ["an invalid UTF-8 byte", "/claims/%FF"],
    ["an encoded UTF-16 surrogate", "/embed/claims/%ED%A0%80"],
    ["a stray %", "/claims/50%"],
    ["a bad hex digit", "/claims/%G1"],
    ["a truncated escape", "/claims/abc/badge.svg?x=%E2%82"],
    ["a NUL in the path", "/desk/claims/%00"],
    ["a NUL in a query value", "/desk?assignee=%00"],
    ["a NUL in a query name", "/desk?a%00=1"],
    ["bad encoding in a query value", "/api/articles/x/annotations?since=%FF"],
    ["a raw control character", "/claims/a\u0001b"],
    ["a raw non-ASCII character", "/claims/é"],
    // The framework resolves these before it routes: checks on the address as sent would see another one.
    ["a dot-dot segment", "/x/../claims/a-verdict/badge.svg"],
    ["an encoded dot-dot segment", "/x/%2e%2E/claims/a-verdict"],
    ["a half-encoded dot-dot segment", "/x/.%2e/embed/claims/a-verdict"],
    ["a dot segment", "/claims/./a-verdict"],
    ["a trailing dot-dot", "/api/internal/.."],
  ])("are refused with 400: %s", (_label, target) => {
    expect(refuseTarget(target)).toMatchObject({ status: 400 });
  });

  it("refuses an overlong address with 414, and accepts one at the limit", () => {
    expect(refuseTarget("/claims/" + "a".repeat(MAX_TARGET_LENGTH))).toMatchObject({ status: 414 });
    expect(refuseTarget("/desk?q=" + "a".repeat(MAX_TARGET_LENGTH - 8))).toBeNull();
  });

  it.each([
    "/",
    "/claims/putin-visit-2024",
    "/claims/caf%C3%A9",
    "/desk/claimants/Matrix%20claimant",
    "/desk/claimants/50%25%20Club",
    "/claims/search?q=a+b&page=2",
    "/claims/search?q=%2B1%20%26%20more",
    "/desk?assignee=me&status=NEW",
    "/desk?flag&=&x=",
    "/api/claimreview?cursor=eyJ9&limit=5",
    "/claims/%F0%9F%98%80",
    "/_next/static/chunks/app-1234.js",
    "/claims/a..b",
    "/.well-known/security.txt",
    "/desk/search?q=..",
  ])("lets a well-formed address through: %s", (target) => {
    expect(refuseTarget(target)).toBeNull();
  });
});

describe("safeDecode", () => {
  it("decodes what decodes and answers null for the rest", () => {
    expect(safeDecode("caf%C3%A9")).toBe("café");
    expect(safeDecode("a+b")).toBe("a+b");
    expect(safeDecode("%FF")).toBeNull();
    expect(safeDecode("%ED%A0%80")).toBeNull();
    expect(safeDecode("%")).toBeNull();
  });
});

describe("server-action posts from another origin", () => {
  const post = (headers: Record<string, string>, pathname = "/desk/claims/c1") =>
    refuseActionOrigin({ method: "POST", pathname, headers: { host: "localhost:3000", ...headers } });

  it("refuses a Next-Action post whose Origin is another host, as Next would (but with 403, not 500)", () => {
    expect(post({ "next-action": "abc", origin: "http://evil.example" })).toMatchObject({ status: 403 });
    expect(post({ "next-action": "abc", origin: "http://localhost:3001" })).toMatchObject({ status: 403 });
  });

  it("refuses a plain form post to a page (a no-script action) from another Origin", () => {
    expect(post({ "content-type": "multipart/form-data; boundary=x", origin: "http://evil.example" })).toMatchObject({ status: 403 });
    expect(post({ "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example" })).toMatchObject({ status: 403 });
  });

  it("refuses Origin: null and a malformed Origin", () => {
    expect(post({ "next-action": "abc", origin: "null" })).toMatchObject({ status: 403 });
    expect(post({ "next-action": "abc", origin: "::not a url" })).toMatchObject({ status: 403 });
  });

  it("lets our own Origin through, by Host or by X-Forwarded-Host as Next compares", () => {
    expect(post({ "next-action": "abc", origin: "http://localhost:3000" })).toBeNull();
    expect(post({ "next-action": "abc", origin: "https://desk.example.org", "x-forwarded-host": "desk.example.org, proxy.internal" })).toBeNull();
    expect(post({ "next-action": "abc", origin: "http://localhost:3000", "x-forwarded-host": "desk.example.org" })).toMatchObject({ status: 403 });
  });

  it("leaves alone what Next does not check: no Origin, other methods, route handlers, non-form posts", () => {
    expect(post({ "next-action": "abc" })).toBeNull();
    expect(refuseActionOrigin({ method: "GET", pathname: "/desk", headers: { "next-action": "abc", origin: "http://evil.example" } })).toBeNull();
    expect(post({ "content-type": "multipart/form-data; boundary=x", origin: "http://evil.example" }, "/api/articles/import")).toBeNull();
    expect(post({ "content-type": "application/json", origin: "http://evil.example" })).toBeNull();
  });
});

describe("the production server's early refusal (scripts/serve.mjs)", () => {
  it("answers 400, 403 and 414 itself, plain text with the security headers, and lets the rest through", async () => {
    const { createServer } = await import("node:http");
    const { refused } = await import("../../scripts/serve.mjs");
    const server = createServer((req, res) => {
      if (refused(req, res)) return;
      res.end("app");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    try {
      const bad = await fetch(`${base}/claims/%FF`);
      expect(bad.status).toBe(400);
      expect(bad.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(bad.headers.get("x-content-type-options")).toBe("nosniff");
      expect(bad.headers.get("x-frame-options")).toBe("DENY");
      expect(await bad.text()).toMatch(/not valid/);
      expect((await fetch(`${base}/desk?q=${"a".repeat(9000)}`)).status).toBe(414);
      expect((await fetch(`${base}/desk`, { headers: { rsc: "1", "next-router-state-tree": "%7B" } })).status).toBe(400);
      const action = await fetch(`${base}/desk/claims/c1`, { method: "POST", headers: { "next-action": "x", origin: "http://evil.example" }, body: "[]" });
      expect(action.status).toBe(403);
      // A write to a verdict's badge would have been cached as its answer (405) for every reader.
      const post = await fetch(`${base}/claims/a-verdict/badge.svg`, { method: "POST", body: "x" });
      expect([post.status, post.headers.get("allow"), post.headers.get("cache-control")]).toEqual([405, "GET, HEAD", "no-store"]);
      expect(await post.text()).toMatch(/can only be read/);
      const fine = await fetch(`${base}/claims/caf%C3%A9?q=a+b`);
      expect([fine.status, await fine.text()]).toEqual([200, "app"]);
    } finally {
      server.close();
    }
  });
});

describe("RSC requests whose router state header does not parse", () => {
  const tree = (value: unknown) => encodeURIComponent(JSON.stringify(value));
  const rsc = (state: string | string[] | undefined, extra: Record<string, string> = {}) =>
    refuseRouterState({ rsc: "1", "next-router-state-tree": state, ...extra });

  it.each([
    ["a lone brace, encoded", "%7B"],
    ["not JSON", "notjson"],
    ["a malformed escape", "%E0%A4%A"],
    ["null", "null"],
    ["an empty array", "%5B%5D"],
    ["a tree without its slots", tree([""])],
    ["a number as segment", tree([1, {}])],
    ["a slot that is no tree", tree(["", { children: "x" }])],
    ["a deep slot that is no tree", tree(["", { children: ["desk", { children: ["x", { children: [7] }] }] }])],
    ["an unknown dynamic param type", tree(["", { children: [["slug", "x", "zz", null], {}] }])],
    ["an unknown refetch marker", tree(["", {}, null, "now"])],
    ["seven elements", tree(["", {}, null, null, null, "x", 1])],
  ])("are refused with 400: %s", (_label, state) => {
    expect(rsc(state)).toMatchObject({ status: 400 });
  });

  it("refuses several headers and an overlong one", () => {
    expect(rsc(["%5B%5D", "%5B%5D"])).toMatchObject({ status: 400 });
    expect(rsc("%5B".repeat(MAX_ROUTER_STATE_LENGTH))).toMatchObject({ status: 400 });
  });

  it.each([
    ["the root", tree(["", {}])],
    [
      "a desk tree as the router sends it",
      tree(["", { children: ["(desk)", { children: ["desk", { children: ["__PAGE__", {}, null, "refetch"] }] }, null, null, 0] }, null, null, 1]),
    ],
    ["a dynamic segment", tree(["", { children: [["slug", "on-18-19-june", "d", null], {}, ["/claims/x", "/claims/x"], null, null, "x"] }])],
    ["static siblings", tree(["", { children: [["id", "c1", "d", ["new"]], {}] }])],
    ["unencoded JSON", JSON.stringify(["", {}])],
  ])("lets a well-formed tree through: %s", (_label, state) => {
    expect(rsc(state)).toBeNull();
  });

  it("leaves requests that are not RSC requests, or carry no tree, to Next (which ignores the header there)", () => {
    expect(refuseRouterState({ "next-router-state-tree": "%7B" })).toBeNull();
    expect(refuseRouterState({ rsc: "1" })).toBeNull();
    expect(refuseRouterState(undefined)).toBeNull();
  });

  it("agrees with Next's own schema (an upgrade that changes it fails here)", async () => {
    const require = createRequire(import.meta.url);
    const { flightRouterStateSchema } = require("next/dist/server/app-render/types.js") as { flightRouterStateSchema: unknown };
    const { is } = require("next/dist/compiled/superstruct") as { is: (value: unknown, schema: unknown) => boolean };
    const types = ["c", "ci(..)(..)", "ci(.)", "ci(..)", "ci(...)", "oc", "d", "di(..)(..)", "di(.)", "di(..)", "di(...)", "x", "D", ""];
    const samples: unknown[] = [
      null,
      1,
      "x",
      [],
      [""],
      ["", {}],
      ["", []],
      ["", null],
      ["", {}, null],
      ["", {}, ["a", "b"]],
      ["", {}, ["a"]],
      ["", {}, ["a", 1]],
      ["", {}, null, "refetch"],
      ["", {}, null, "inside-shared-layout"],
      ["", {}, null, "metadata-only"],
      ["", {}, null, "other"],
      ["", {}, null, null, 3],
      ["", {}, null, null, "3"],
      ["", {}, null, null, null, "s"],
      ["", {}, null, null, null, null],
      ["", {}, null, null, null, "s", 1],
      ...types.map((t) => [["p", "v", t, null], {}]),
      [["p", "v", "d", ["a"]], {}],
      [["p", "v", "d", [1]], {}],
      [["p", "v", "d"], {}],
      [["p", "v", "d", null, 1], {}],
      [["p", 1, "d", null], {}],
      ["", { children: ["a", { children: ["b", {}] }] }],
      ["", { children: ["a", { children: ["b", 1] }] }],
      ["", { a: ["x", {}], b: [2, {}] }],
    ];
    for (const sample of samples) expect(isRouterState(sample), JSON.stringify(sample)).toBe(is(sample, flightRouterStateSchema));
  });
});

describe("posts to next-auth's routes", () => {
  const post = (headers: Record<string, string>, pathname = "/api/auth/callback/credentials", method = "POST") => refuseAuthBody({ method, pathname, headers });
  it("pass with a sign-in form's length, or no body", () => {
    expect(post({ "content-length": "180" })).toBeNull();
    expect(post({ "content-length": String(MAX_AUTH_BODY_BYTES) })).toBeNull();
    expect(post({})).toBeNull();
  });

  it("are refused past the cap (413) or without a length (411): next-auth buffers and parses a whole body", () => {
    expect(post({ "content-length": String(MAX_AUTH_BODY_BYTES + 1) })).toMatchObject({ status: 413 });
    expect(post({ "content-length": "40000000" }, "/api/auth/signout")).toMatchObject({ status: 413 });
    expect(post({ "content-length": "1e9" })).toMatchObject({ status: 413 });
    expect(post({ "transfer-encoding": "chunked" })).toMatchObject({ status: 411 });
  });

  it("leave other routes and methods alone", () => {
    expect(post({ "content-length": "3000000" }, "/api/articles/import")).toBeNull();
    expect(post({ "content-length": "40000000" }, "/api/auth/session", "GET")).toBeNull();
    expect(post({ "transfer-encoding": "chunked" }, "/api/authx")).toBeNull();
  });
});

describe("methods other than reading, to a verdict's addresses", () => {
  const asked = (method: string, pathname: string) => refuseMethod({ method, pathname });
  it("are refused with 405 and Allow: GET, HEAD (Next caches its first answer for an address, a 405 too)", () => {
    for (const pathname of [
      "/claims/a-verdict",
      "/claims/a-verdict/badge.svg",
      "/claims/a-verdict/opengraph-image-1x2y3z",
      "/embed/claims/a-verdict",
      "/claims",
      "/claims/search",
    ])
      for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
        expect(asked(method, pathname)).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD" } });
  });

  it("let reading through, and leave every other address to Next", () => {
    expect(asked("GET", "/claims/a-verdict/badge.svg")).toBeNull();
    expect(asked("HEAD", "/embed/claims/a-verdict")).toBeNull();
    for (const pathname of ["/desk/claims/c1", "/api/claims", "/claimsx", "/tips", "/embed/missing", "/"]) expect(asked("POST", pathname)).toBeNull();
  });
});
