import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK_PATH, safeCallbackUrl } from "@/lib/auth/callback-url";

const ORIGIN = "https://desk.example.org";
const safe = (raw: unknown) => safeCallbackUrl(raw, ORIGIN);

describe("safeCallbackUrl", () => {
  it.each([
    ["/desk/claims/abc?tab=sources#verdict", "/desk/claims/abc?tab=sources#verdict"],
    ["/", "/"],
    ["/desk/search?q=a%2Fb", "/desk/search?q=a%2Fb"],
    // A same-origin absolute URL is fine: only its path is kept.
    ["https://desk.example.org/desk/inbox?x=1", "/desk/inbox?x=1"],
    // Encoded separators stay encoded inside one path segment: the browser does not decode them.
    ["/%5Cevil.example/x", "/%5Cevil.example/x"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["desk", "/desk"],
  ])("keeps %j as %j", (raw, expected) => {
    expect(safe(raw)).toBe(expected);
  });

  it.each([
    ["/\\evil.example/x", "a backslash (what /%5C decodes to)"],
    ["\\\\evil.example", "two backslashes"],
    ["/\t/evil.example", "a tab (browsers strip it: //evil.example)"],
    ["/\n/evil.example", "a newline"],
    ["/\r\n/evil.example", "CR LF"],
    ["//evil.example/x", "a protocol-relative URL"],
    ["///evil.example", "three slashes"],
    ["/.//evil.example", "a path that normalises to //host"],
    ["https://evil.example/desk", "another host over https"],
    ["http://evil.example", "another host over http"],
    ["http://desk.example.org/desk", "the same host over another scheme"],
    ["https://desk.example.org:8443/desk", "another port"],
    ["https://desk.example.org@evil.example/", "userinfo trick"],
    ["javascript:alert(1)", "javascript:"],
    ["JaVaScRiPt:alert(1)", "javascript: in mixed case"],
    ["data:text/html,<script>alert(1)</script>", "data:"],
    ["", "empty"],
    ["   ", "blank"],
    ["\u0000/desk", "a NUL"],
  ])("refuses %j (%s)", (raw) => {
    expect(safe(raw)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("takes the first of repeated parameters and refuses other types", () => {
    expect(safe(["/desk/inbox", "//evil.example"])).toBe("/desk/inbox");
    expect(safe(["//evil.example", "/desk/inbox"])).toBe(DEFAULT_CALLBACK_PATH);
    expect(safe([])).toBe(DEFAULT_CALLBACK_PATH);
    expect(safe(undefined)).toBe(DEFAULT_CALLBACK_PATH);
    expect(safe(null)).toBe(DEFAULT_CALLBACK_PATH);
    expect(safe(42)).toBe(DEFAULT_CALLBACK_PATH);
    expect(safe({ toString: () => "/desk" })).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("never returns something a browser would read as another host", () => {
    const tricky = [
      "/\\/evil.example",
      "/%09/evil.example",
      "/%5C%5Cevil.example",
      "//%5Cevil.example",
      "/ /evil.example",
      " //evil.example",
      "https:evil.example",
      "https:/evil.example",
    ];
    for (const raw of tricky) {
      const result = safe(raw);
      expect(result.startsWith("/"), raw).toBe(true);
      expect(result.startsWith("//"), raw).toBe(false);
      expect(new URL(result, ORIGIN).origin, raw).toBe(ORIGIN);
    }
  });

  it("refuses everything when its own origin is unusable", () => {
    expect(safeCallbackUrl("/desk/inbox", "not a url")).toBe(DEFAULT_CALLBACK_PATH);
  });
});
