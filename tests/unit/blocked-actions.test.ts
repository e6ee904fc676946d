import { describe, expect, it } from "vitest";
import { blockedActions } from "@/lib/claims/lifecycle";

const reviewer = { id: "r1", role: "REVIEWER" as const };
const editor = { id: "e1", role: "EDITOR" as const };

describe("blockedActions", () => {
  it("tells a researcher that submitting needs a verdict", () => {
    expect(blockedActions({ status: "RESEARCHING", actor: reviewer, verdict: null })).toEqual([
      { action: "submit", reason: expect.stringMatching(/Draft a verdict/) },
    ]);
  });

  it("tells a reviewer that review steps are for editors", () => {
    const blocked = blockedActions({ status: "IN_REVIEW", actor: reviewer, verdict: { writerIds: ["x"] } });
    expect(blocked.map((b) => b.action)).toEqual(["approve", "object", "sendBack"]);
    expect(blocked[0].reason).toMatch(/Only an editor can approve/);
  });

  it("tells the verdict's editor-author why approval and objection are closed, but leaves send back open", () => {
    const blocked = blockedActions({ status: "IN_REVIEW", actor: editor, verdict: { writerIds: ["e1"] } });
    expect(blocked).toEqual([
      { action: "approve", reason: expect.stringMatching(/two-person rule/) },
      { action: "object", reason: expect.stringMatching(/objections come from the other editors/) },
    ]);
  });

  it("tells an editor who already approved that the next decision is another editor's", () => {
    const blocked = blockedActions({
      status: "IN_REVIEW",
      actor: editor,
      verdict: { writerIds: ["x"] },
      review: { approvalsRequired: 2, approvals: [editor.id], objections: [] },
    });
    expect(blocked.map((b) => b.action)).toEqual(["approve", "object"]);
    expect(blocked[0].reason).toContain("1 of 2 approvals");
  });

  it("lists nothing when every step of the status is open", () => {
    expect(blockedActions({ status: "NEW", actor: reviewer, verdict: null })).toEqual([]);
    expect(blockedActions({ status: "PUBLISHED", actor: editor, verdict: { writerIds: ["x"] } })).toEqual([]);
  });
});
