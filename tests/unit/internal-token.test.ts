import { describe, expect, it } from "vitest";
import { hasInternalToken } from "@/lib/http/internal-token";

const TOKEN = "k".repeat(43); // the length of scripts/serve.mjs's token (32 random bytes, base64url)

describe("the server's internal token", () => {
  it("is accepted exactly, and refused when missing, different or of another length", () => {
    expect(hasInternalToken(TOKEN, TOKEN)).toBe(true);
    expect(hasInternalToken(null, TOKEN)).toBe(false);
    expect(hasInternalToken("", TOKEN)).toBe(false);
    expect(hasInternalToken("k".repeat(42) + "j", TOKEN)).toBe(false);
    expect(hasInternalToken(TOKEN + "k", TOKEN)).toBe(false);
  });

  it("refuses, without throwing, a header as long in characters but not in bytes (it answered 500)", () => {
    expect(() => hasInternalToken("é" + "k".repeat(42), TOKEN)).not.toThrow();
    expect(hasInternalToken("é" + "k".repeat(42), TOKEN)).toBe(false);
  });

  it("accepts nothing while the server has no token, or a short one", () => {
    expect(hasInternalToken("", "")).toBe(false);
    expect(hasInternalToken("short", "short")).toBe(false);
  });
});
