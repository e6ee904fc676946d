import { describe, expect, it } from "vitest";
import { embedCode, shareLinks } from "@/lib/publishing/share";

describe("sharing a verdict", () => {
  it("embeds the card with an iframe whose attributes cannot be broken out of", () => {
    const code = embedCode("https://desk.example/embed/claims/a-b", 'He said "<script>alert(1)</script>" & left');
    expect(code).toBe(
      '<iframe src="https://desk.example/embed/claims/a-b" title="Fact-check: He said &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; left" width="100%" height="280" style="border:0;max-width:640px" loading="lazy"></iframe>',
    );
    expect(embedCode("https://x.example/e", "q".repeat(200))).toContain(`title="Fact-check: ${"q".repeat(80)}…"`);
  });

  it("shares the verdict's address, encoded, with the claim and rating as the text", () => {
    const links = shareLinks({ url: "https://desk.example/claims/a-b?x=1&y=2", quote: "Fifty countries joined", rating: "Mostly true" });
    expect(links.map((l) => l.name)).toEqual(["X", "Facebook", "LinkedIn", "E-mail"]);
    const x = new URL(links[0].href);
    expect([x.hostname, x.searchParams.get("url"), x.searchParams.get("text")]).toEqual([
      "x.com",
      "https://desk.example/claims/a-b?x=1&y=2",
      "“Fifty countries joined”: Mostly true",
    ]);
    expect(new URL(links[1].href).searchParams.get("u")).toBe("https://desk.example/claims/a-b?x=1&y=2");
    expect(links[3].href).toBe(
      "mailto:?subject=Fact-check%3A%20Mostly%20true&body=%E2%80%9CFifty%20countries%20joined%E2%80%9D%3A%20Mostly%20true%0Ahttps%3A%2F%2Fdesk.example%2Fclaims%2Fa-b%3Fx%3D1%26y%3D2",
    );
  });
});
