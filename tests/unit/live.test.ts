import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/live/describe";
import { reconcileDraft, sameFields, verdictChanges, type VerdictFields } from "@/lib/verdicts/draft";

const base: VerdictFields = {
  rating: "MOSTLY_FALSE",
  summary: "The coalition has about 50 members.",
  rationale: "The ministry lists 50 countries.",
  validAsOf: "",
  recheckOn: "",
};

describe("a verdict draft when someone else saves", () => {
  it("adopts their text when nothing was typed here", () => {
    const theirs = { ...base, summary: "The coalition has 54 members." };
    expect(reconcileDraft({ base, draft: base, server: theirs })).toBe("adopt");
  });

  it("is converged when what is typed here is what was saved (our own save coming back)", () => {
    const mine = { ...base, rationale: "Changed here." };
    expect(reconcileDraft({ base, draft: mine, server: { ...mine } })).toBe("converged");
  });

  it("is a conflict when a draft differs from theirs, whichever field each changed", () => {
    expect(reconcileDraft({ base, draft: { ...base, rationale: "Mine." }, server: { ...base, summary: "Theirs." } })).toBe("conflict");
    expect(reconcileDraft({ base, draft: { ...base, rating: "FALSE" }, server: { ...base, rating: "TRUE" } })).toBe("conflict");
  });

  it("compares every field", () => {
    expect(sameFields(base, { ...base })).toBe(true);
    for (const field of ["rating", "summary", "rationale", "validAsOf", "recheckOn"] as const) expect(sameFields(base, { ...base, [field]: "x" })).toBe(false);
  });
});

describe("what changed in a verdict", () => {
  it("lists only the changed fields, with words added and removed", () => {
    const changes = verdictChanges(base, { ...base, summary: "The coalition has 54 members." });
    expect(changes.map((c) => c.field)).toEqual(["summary"]);
    const [summary] = changes;
    expect(summary.label).toBe("One-line summary");
    expect(summary.parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["about 50"]);
    expect(summary.parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["54"]);
    // The parts rebuild both texts.
    expect(
      summary.parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(base.summary);
    expect(
      summary.parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("The coalition has 54 members.");
  });

  it("names ratings by their label", () => {
    const [rating] = verdictChanges(base, { ...base, rating: "FALSE" });
    expect(rating).toMatchObject({ field: "rating", before: "Mostly false", after: "False" });
    expect(verdictChanges({ ...base, rating: "" }, base)[0]).toMatchObject({ before: "no rating", after: "Mostly false" });
  });

  it("shows changed days whole, with “no date” for a cleared one", () => {
    const [valid, recheck] = verdictChanges({ ...base, validAsOf: "2026-11-20" }, { ...base, recheckOn: "2027-05-20" });
    expect(valid).toMatchObject({ field: "validAsOf", label: "Valid as of", before: "2026-11-20", after: "no date" });
    expect(recheck).toMatchObject({ field: "recheckOn", before: "no date", after: "2027-05-20", parts: [{ kind: "removed" }, { kind: "added" }] });
  });

  it("is empty for identical verdicts", () => {
    expect(verdictChanges(base, { ...base })).toEqual([]);
  });
});

describe("changes in words", () => {
  it.each([
    ["claim.submit", "changed the status: “Submit for review”"],
    ["claim.approve", "approved the verdict"],
    ["claim.object", "objected to the verdict"],
    ["claim.sendBack", "changed the status: “Send back”"],
    ["evidence.add", "added evidence"],
    ["verdict.update", "saved the verdict"],
    ["comment.add", "commented"],
    ["claim.anchor.lost", "re-anchored the quote after the article changed"],
    ["claim.somethingNew", "changed the claim"],
    ["other", "changed the claim"],
  ])("%s → %s", (action, text) => {
    expect(describeChange(action)).toBe(text);
  });
});
