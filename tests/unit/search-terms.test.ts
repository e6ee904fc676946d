import { describe, expect, it } from "vitest";
import { MARK_CLOSE, MARK_OPEN, SNIPPET_CHARS, ftsQuery, markTerms, snippetAround } from "@/lib/search/highlight";
import { tsQuery } from "@/lib/search/postgres";

const marked = (text: string, q: string) => markTerms(text, q).replaceAll(MARK_OPEN, "[").replaceAll(MARK_CLOSE, "]");

describe("search terms", () => {
  it("match the start of words from three characters, and shorter ones as whole words (both databases)", () => {
    expect(ftsQuery("sanc coalition")).toBe('"sanc"* "coalition"*');
    expect(ftsQuery("p r UN 50")).toBe('"p" "r" "UN" "50"');
    expect(tsQuery("sanc coalition")).toBe("sanc:* & coalition:*");
    expect(tsQuery("p r UN 50")).toBe("p & r & UN & 50");
    // Three characters is three letters, not three bytes or code units.
    expect(ftsQuery("éco")).toBe('"éco"*');
    expect(ftsQuery("   ")).toBeNull();
  });

  it("are marked in the text we render the same way", () => {
    expect(marked("The UN and UNICEF", "un")).toBe("The [UN] and UNICEF");
    expect(marked("Sanctions on sand", "san")).toBe("[Sanctions] on [sand]");
    expect(marked("Michael Carpenter", "carp m")).toBe("Michael [Carpenter]");
    expect(marked("nothing here", "")).toBe("nothing here");
  });
});

describe("an article's search snippet", () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(" ");
  const show = (text: string) => text.replaceAll(MARK_OPEN, "[").replaceAll(MARK_CLOSE, "]");

  it("is about 24 words around the first match, marked, with … where text was left out", () => {
    const text = `${words(100)} the sanctions were broken ${words(100, 100)}`;
    const snippet = show(snippetAround(text, "sanction"));
    expect(snippet).toMatch(/^…w\d+ .*\[sanctions\] were broken .*w\d+…$/);
    expect(snippet.replace(/…/g, "").split(" ")).toHaveLength(24);
  });

  it("is the text's start when the match is near it, or when no word is found in the first SNIPPET_CHARS", () => {
    expect(show(snippetAround(`Sanctions hit ${words(5)}`, "sanctions"))).toBe("[Sanctions] hit w0 w1 w2 w3 w4");
    const long = `${words(4000)} sanctions`;
    expect(long.length).toBeGreaterThan(SNIPPET_CHARS);
    expect(show(snippetAround(long, "sanctions"))).toBe(`${words(24)}…`);
  });
});
