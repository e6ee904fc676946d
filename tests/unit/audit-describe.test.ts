import { describe, expect, it } from "vitest";
import { describeEvent, sourceTitlesFrom, type Names } from "@/lib/audit/describe";

const names: Names = {
  users: new Map([
    ["u-rita", "Rita Reviewer"],
    ["u-ravi", "Ravi Reviewer"],
  ]),
  sources: new Map([["s-dw", "DW: Putin arrives in Pyongyang"]]),
};
const event = (action: string, before: object | null, after: object | null) => ({
  action,
  before: before && JSON.stringify(before),
  after: after && JSON.stringify(after),
});

describe("the history in words", () => {
  it("names people and sources instead of ids", () => {
    expect(describeEvent(event("claim.assign", { assigneeId: null }, { assigneeId: "u-rita" }), names).text).toBe("assigned the claim to Rita Reviewer");
    expect(
      describeEvent(
        event(
          "claim.assign",
          { assigneeId: "u-rita", dueDate: null, priority: "NORMAL" },
          { assigneeId: "u-ravi", dueDate: "2026-12-05T00:00:00.000Z", priority: "HIGH" },
        ),
        names,
      ).text,
    ).toBe("assigned the claim to Ravi Reviewer, due 5 December 2026, high priority");
    expect(describeEvent(event("claim.assign", { assigneeId: "u-rita" }, { assigneeId: null }), names).text).toBe("unassigned the claim from Rita Reviewer");
    expect(describeEvent(event("claim.assign", {}, { assigneeId: "u-gone" }), names).text).toBe("assigned the claim to a former member");
    expect(describeEvent(event("source.add", null, { url: "https://dw.example", title: "DW: Putin arrives in Pyongyang", withheld: false }), names).text).toBe(
      "added the source “DW: Putin arrives in Pyongyang”",
    );
    expect(describeEvent(event("evidence.add", null, { sourceId: "s-dw", stance: "REFUTES", excerpt: "…" }), names).text).toBe(
      "added refuting evidence from “DW: Putin arrives in Pyongyang”",
    );
    expect(describeEvent(event("evidence.add", null, { sourceId: "s-gone", stance: "CONTEXT", excerpt: "…" }), names).text).toBe(
      "added context evidence from “a removed source”",
    );
  });

  it("says each note once, however many fields carried it", () => {
    const sentBack = describeEvent(
      event("claim.sendBack", { status: "IN_REVIEW" }, { status: "RESEARCHING", reviewNote: "Add the ministry figure.", note: "Add the ministry figure." }),
      names,
    );
    expect(sentBack).toEqual({ text: "sent the verdict back", note: "Add the ministry figure.", changes: [] });
    const unpublished = describeEvent(event("claim.unpublish", {}, { status: "UNPUBLISHED", retractionReason: "Withdrawn.", note: "Withdrawn." }), names);
    expect(unpublished.note).toBe("Withdrawn.");
    expect(describeEvent(event("claim.approve", {}, { status: "APPROVED", approvals: "2 of 2" }), names).text).toBe("approved the verdict (approval 2 of 2)");
  });

  it("lists what an edit changed: short values before and after, long texts as changed", () => {
    const edit = describeEvent(
      event(
        "verdict.update",
        { rating: "MOSTLY_TRUE", summary: "Old.", rationale: "Old reasons." },
        { rating: "FALSE", summary: "Old.", rationale: "New reasons." },
      ),
      names,
    );
    expect(edit).toEqual({ text: "edited the verdict", changes: ["Rating: Mostly true → False", "Rationale changed"] });
    const source = describeEvent({ ...event("source.edit", { url: "https://dw.exmaple" }, { url: "https://dw.example" }), entityId: "s-dw" }, names);
    expect(source.changes).toEqual(["URL: https://dw.exmaple → https://dw.example"]);
    expect(source.text).toBe("edited the source “DW: Putin arrives in Pyongyang”");
  });

  it("reads an unknown action or a broken payload as words, never as raw JSON", () => {
    expect(describeEvent({ action: "article.somethingNew", before: null, after: null }, names)).toEqual({ text: "article somethingNew", changes: [] });
    expect(describeEvent({ action: "claim.assign", before: "{not json", after: "[1,2]" }, names).text).toBe("unassigned the claim");
  });
});

describe("the titles of sources, from their events", () => {
  it("keeps a removed source's latest title", () => {
    const events = [
      { ...event("source.remove", { title: "Customs monthly figures" }, null), entityId: "s1" },
      { ...event("source.edit", { title: "Customs montly figures" }, { title: "Customs monthly figures" }), entityId: "s1" },
      { ...event("source.edit", { url: "a" }, { url: "b" }), entityId: "s1" },
      { ...event("source.add", null, { title: "Customs montly figures" }), entityId: "s1" },
      { ...event("source.add", null, { title: "Other" }), entityId: "s2" },
    ];
    expect(sourceTitlesFrom(events)).toEqual(
      new Map([
        ["s1", "Customs monthly figures"],
        ["s2", "Other"],
      ]),
    );
  });
});
