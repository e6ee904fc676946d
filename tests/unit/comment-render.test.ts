import { describe, expect, it } from "vitest";
import { commentPieces } from "@/lib/comments/render";

describe("comment rendering", () => {
  it("turns web addresses into links and leaves the rest as text", () => {
    expect(commentPieces("See https://stats.example.org/report?y=2023, then www.example.com.", [])).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://stats.example.org/report?y=2023", href: "https://stats.example.org/report?y=2023" },
      { kind: "text", text: ", then " },
      { kind: "link", text: "www.example.com", href: "http://www.example.com" },
      { kind: "text", text: "." },
    ]);
  });

  it("never links other schemes or e-mail addresses", () => {
    for (const body of [
      "javascript:alert(1)",
      "mailto:desk@example.org",
      "write to desk@example.org",
      "data:text/html,<script>alert(1)</script>",
      "//evil.example/x",
    ]) {
      expect(
        commentPieces(body, []).every((p) => p.kind !== "link"),
        body,
      ).toBe(true);
      expect(
        commentPieces(body, [])
          .map((p) => p.text)
          .join(""),
      ).toBe(body);
    }
  });

  it("marks @mentions of members only, and keeps every character", () => {
    const body = "@ravi and @Rita, not @nobody or ravi@example.org — @ravi.";
    const pieces = commentPieces(body, ["ravi", "rita", "admin"]);
    expect(pieces.filter((p) => p.kind === "mention").map((p) => p.text)).toEqual(["@ravi", "@Rita", "@ravi"]);
    expect(pieces.map((p) => p.text).join("")).toBe(body);
  });
});
