import { describe, expect, it } from "vitest";
import { claimantKey, tidyName } from "@/lib/claimants/names";

describe("claimant names", () => {
  it("compares names without case, outer or repeated spaces, or Unicode compatibility forms", () => {
    expect(claimantKey("  Michael   Carpenter ")).toBe("michael carpenter");
    expect(claimantKey("MICHAEL CARPENTER")).toBe(claimantKey("Michael Carpenter"));
    expect(claimantKey("Émile Zola")).toBe(claimantKey("ÉMILE ZOLA"));
    // NFKC: a full-width letter and a ligature are the letters they stand for.
    expect(claimantKey("Ｍinistry of ﬁnance")).toBe("ministry of finance");
    expect(claimantKey("Michael Carpenter")).not.toBe(claimantKey("Carpenter"));
  });

  it("tidies the name people read without changing its case", () => {
    expect(tidyName("  White House\tNational  Security Council ")).toBe("White House National Security Council");
    expect(tidyName("iPhone maker Apple")).toBe("iPhone maker Apple");
  });
});
