import { describe, expect, it } from "vitest";
import { claimSlug } from "@/lib/claims/slug";

const ID = "cm9x2k7abc123xyz";

describe("claimSlug", () => {
  it("lowercases words and appends the last six id characters", () => {
    expect(claimSlug("Unemployment Fell By Half", ID)).toBe("unemployment-fell-by-half-123xyz");
  });

  it("keeps at most 8 words", () => {
    expect(claimSlug("one two three four five six seven eight nine ten", ID)).toBe("one-two-three-four-five-six-seven-eight-123xyz");
  });

  it("keeps fewer than 8 words as they are", () => {
    expect(claimSlug("Crime doubled", ID)).toBe("crime-doubled-123xyz");
  });

  it("strips diacritics", () => {
    expect(claimSlug("Café déjà vu à São Paulo, naïve Zoë", ID)).toBe("cafe-deja-vu-a-sao-paulo-naive-zoe-123xyz");
  });

  it("strips punctuation and collapses separators", () => {
    expect(claimSlug(`  "We've cut taxes -- by 50%!"  (twice)...  `, ID)).toBe("we-ve-cut-taxes-by-50-twice-123xyz");
  });

  it("keeps digits", () => {
    expect(claimSlug("2.5 million jobs in 2024", ID)).toBe("2-5-million-jobs-in-2024-123xyz");
  });

  it("produces only lowercase ascii letters, digits and single hyphens", () => {
    const slug = claimSlug("¿Qué pasó? Ünïcödé — «quotes» & emoji 🎉 ÅNGSTRÖM", "ID_With-Symbols!99");
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).toBe("que-paso-unicode-quotes-emoji-angstrom-bols99");
  });

  it("lowercases the id tail and drops non-alphanumerics from it", () => {
    expect(claimSlug("Claim", "AB-CD_EF.GH")).toBe("claim-cdefgh");
  });

  it("uses the whole id when it is shorter than six characters", () => {
    expect(claimSlug("Claim", "a1")).toBe("claim-a1");
  });

  it("falls back to a generic stem when the quote has no usable words", () => {
    expect(claimSlug("!!! ???", ID)).toBe("claim-123xyz");
    expect(claimSlug("Путин сказал", ID)).toBe("claim-123xyz");
  });

  it("is stable for the same input and differs for different ids", () => {
    expect(claimSlug("Same words", "id000001")).toBe(claimSlug("Same words", "id000001"));
    expect(claimSlug("Same words", "id000001")).not.toBe(claimSlug("Same words", "id000002"));
  });
});
