import { describe, expect, it } from "vitest";
import { assertClaimStep, CLAIM_STEPS, claimCapabilities, decide, type ClaimStep } from "@/lib/claims/capabilities";
import { STATUS_ORDER, availableActions } from "@/lib/claims/lifecycle";
import type { Actor } from "@/lib/auth/roles";

const rita: Actor = { id: "r", role: "REVIEWER", name: "Rita", email: "r@x" };
const eli: Actor = { id: "e", role: "EDITOR", name: "Eli", email: "e@x" };
const verdict = { writerIds: ["r"] };

describe("one capability answer per claim, for the page and the server", () => {
  it("refuses a missing session for every step, and says so", () => {
    for (const step of Object.keys(CLAIM_STEPS) as ClaimStep[]) {
      expect(decide(null, { status: "RESEARCHING", verdict }, step)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    expect(decide(null, { status: "APPROVED", verdict }, "publish")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("opens research only while a claim is new or researched, and the verdict draft only in research", () => {
    for (const status of STATUS_ORDER) {
      const caps = claimCapabilities(rita, { status, verdict });
      expect(caps.addSource, status).toBe(status === "NEW" || status === "RESEARCHING");
      expect(caps.addEvidence, status).toBe(status === "NEW" || status === "RESEARCHING");
      expect(caps.draftVerdict, status).toBe(status === "RESEARCHING");
      expect(caps.comment).toBe(true);
    }
    expect(decide(rita, { status: "IN_REVIEW", verdict }, "addSource")).toMatchObject({
      ok: false,
      code: "INVALID_TRANSITION",
      message: expect.stringContaining("in review"),
    });
    expect(decide(rita, { status: "NEW", verdict: null }, "draftVerdict")).toMatchObject({
      ok: false,
      message: "Start research on this claim before drafting its verdict.",
    });
  });

  it("keeps editors' steps to editors, whatever the status", () => {
    const published = { status: "PUBLISHED" as const, verdict };
    expect(decide(rita, published, "recheckVerdict")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decide(rita, published, "withholdSource")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decide(eli, published, "recheckVerdict")).toEqual({ ok: true });
    expect(decide(eli, { status: "RESEARCHING", verdict }, "recheckVerdict")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(decide(eli, { status: "PUBLISHED", verdict: null }, "recheckVerdict")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("asks the life cycle for status changes: the same answer as availableActions", () => {
    for (const status of STATUS_ORDER) {
      for (const actor of [rita, eli]) {
        expect(claimCapabilities(actor, { status, verdict }).actions).toEqual(availableActions({ status, actor, verdict }));
      }
    }
    // The two-person rule: a writer of the verdict cannot approve it.
    expect(decide({ ...eli, id: "r" }, { status: "IN_REVIEW", verdict }, "approve")).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("throws the decision as a DomainError for mutations", () => {
    expect(() => assertClaimStep(rita, { status: "PUBLISHED", verdict }, "addEvidence")).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION" }));
    expect(() => assertClaimStep(rita, { status: "RESEARCHING", verdict }, "addEvidence")).not.toThrow();
  });
});
