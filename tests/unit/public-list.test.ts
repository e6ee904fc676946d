import { describe, expect, it } from "vitest";
import { publicListQuerySchema, swappedRange } from "@/lib/publishing/schemas";

describe("the public list's days", () => {
  it("are the wrong way round only when both are given and the first is later; the swap is offered", () => {
    expect(swappedRange(publicListQuerySchema.parse({ from: "2030-01-01", to: "2020-01-01" }))).toEqual({ from: "2020-01-01", to: "2030-01-01" });
    for (const days of [{ from: "2020-01-01", to: "2030-01-01" }, { from: "2020-01-01", to: "2020-01-01" }, { from: "2030-01-01" }, { to: "2020-01-01" }, {}])
      expect(swappedRange(publicListQuerySchema.parse(days))).toBeNull();
    // A day that is no day was dropped already: nothing to swap.
    expect(swappedRange(publicListQuerySchema.parse({ from: "2030-02-30", to: "2020-01-01" }))).toBeNull();
  });
});
