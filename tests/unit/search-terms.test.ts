import { describe, expect, it } from "vitest";
import { MARK_CLOSE, MARK_OPEN, ftsQuery, markTerms } from "@/lib/search/highlight";
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
