import { describe, expect, it } from "vitest";
import { assignSchema, commentSchema, createClaimSchema, queueQuerySchema, transitionSchema } from "@/lib/claims/schemas";
import { fieldErrorsOf, parsed, without } from "./helpers";

const validClaim = {
  articleId: "art_1",
  quote: "Unemployment fell by half",
  start: "10",
  end: "35",
  claimant: "Jane Minister",
  claimantType: "PERSON",
  claimDate: "2024-05-01",
};

describe("createClaimSchema", () => {
  it("accepts a complete claim and coerces offsets and the date", () => {
    const out = parsed(createClaimSchema, validClaim);
    expect(out).toEqual({
      articleId: "art_1",
      quote: "Unemployment fell by half",
      start: 10,
      end: 35,
      claimant: "Jane Minister",
      claimantType: "PERSON",
      claimDate: new Date("2024-05-01T00:00:00Z"),
    });
  });

  it("accepts an organisation claimant and no claim date", () => {
    const out = parsed(createClaimSchema, { ...without(validClaim, "claimDate"), claimantType: "ORGANIZATION" });
    expect(out.claimantType).toBe("ORGANIZATION");
    expect(out.claimDate).toBeUndefined();
  });

  it("treats an empty claim date as absent", () => {
    expect(parsed(createClaimSchema, { ...validClaim, claimDate: "" }).claimDate).toBeUndefined();
  });

  it.each(["articleId", "quote", "start", "end", "claimant", "claimantType"] as const)("a missing %s is reported on that field only", (field) => {
    const errors = fieldErrorsOf(createClaimSchema, without(validClaim, field));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]?.[0]).toEqual(expect.any(String));
  });

  it("asks for a selection when start/end are missing", () => {
    expect(fieldErrorsOf(createClaimSchema, without(validClaim, "start")).start).toEqual(["Select the claim in the article text"]);
  });

  it("rejects a too-short quote and claimant", () => {
    const errors = fieldErrorsOf(createClaimSchema, { ...validClaim, quote: "  ab  ", claimant: "J" });
    expect(errors.quote).toEqual(["Quote must be at least 3 characters"]);
    expect(errors.claimant).toEqual(["Claimant must be at least 2 characters"]);
  });

  it("rejects an unknown claimant type", () => {
    expect(fieldErrorsOf(createClaimSchema, { ...validClaim, claimantType: "ROBOT" }).claimantType).toEqual(["Choose person or organisation"]);
  });

  it.each([
    ["end before start", { start: 20, end: 10 }],
    ["empty selection", { start: 12, end: 12 }],
  ])("reports %s on the quote field", (_name, offsets) => {
    const errors = fieldErrorsOf(createClaimSchema, { ...validClaim, ...offsets });
    expect(errors.quote).toEqual(["Select some text in the article"]);
  });

  it("rejects negative and fractional offsets", () => {
    expect(fieldErrorsOf(createClaimSchema, { ...validClaim, start: -1 }).start).toBeDefined();
    expect(fieldErrorsOf(createClaimSchema, { ...validClaim, end: 3.5 }).end).toBeDefined();
  });

  it.each(["2024-01-31", "2024-02-29", "1999-12-31"])("accepts the date %s", (date) => {
    expect(parsed(createClaimSchema, { ...validClaim, claimDate: date }).claimDate).toEqual(new Date(`${date}T00:00:00Z`));
  });

  it.each(["2024-13-45", "yesterday", "2024-5-1", "01/05/2024", "2024-05-01T10:00"])("rejects the date %s", (date) => {
    expect(fieldErrorsOf(createClaimSchema, { ...validClaim, claimDate: date }).claimDate).toEqual([
      "Date the claim was made must be a valid date (YYYY-MM-DD)",
    ]);
  });
});

describe("transitionSchema", () => {
  const base = { claimId: "c1", version: "3" };

  it("does not need a note for triage", () => {
    expect(parsed(transitionSchema, { ...base, action: "triage" })).toEqual({
      claimId: "c1",
      version: 3,
      action: "triage",
      note: undefined,
    });
  });

  it.each(["triage", "reopen", "submit", "approve", "publish"])("accepts %s without a note", (action) => {
    expect(parsed(transitionSchema, { ...base, action }).action).toBe(action);
  });

  it.each([
    ["dismiss", "Say why the claim is dismissed"],
    ["sendBack", "Tell the fact-checker what to change"],
  ])("requires a note for %s", (action, message) => {
    expect(fieldErrorsOf(transitionSchema, { ...base, action }).note).toEqual([message]);
    expect(fieldErrorsOf(transitionSchema, { ...base, action, note: "" }).note).toEqual([message]);
    expect(fieldErrorsOf(transitionSchema, { ...base, action, note: "   \n " }).note).toEqual([message]);
  });

  it.each(["dismiss", "sendBack"])("accepts %s with a note, trimmed", (action) => {
    expect(parsed(transitionSchema, { ...base, action, note: "  Duplicate of #12 " }).note).toBe("Duplicate of #12");
  });

  it("rejects an unknown action", () => {
    expect(fieldErrorsOf(transitionSchema, { ...base, action: "delete" }).action).toEqual(["Unknown action"]);
  });

  it.each(["claimId", "version", "action"] as const)("a missing %s is reported on that field", (field) => {
    const input = { ...base, action: "triage" };
    const errors = fieldErrorsOf(transitionSchema, without(input, field));
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("rejects a note over 2000 characters", () => {
    expect(fieldErrorsOf(transitionSchema, { ...base, action: "dismiss", note: "x".repeat(2001) }).note).toEqual(["Note must be at most 2000 characters"]);
  });
});

describe("assignSchema", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["   ", null],
    [" user_7 ", "user_7"],
  ])("assigneeId %j becomes %j", (assigneeId, expected) => {
    expect(parsed(assignSchema, { claimId: "c1", version: 0, assigneeId }).assigneeId).toBe(expected);
  });

  it("requires claimId and version", () => {
    const errors = fieldErrorsOf(assignSchema, { assigneeId: "u1" });
    expect(Object.keys(errors).sort()).toEqual(["claimId", "version"]);
  });
});

describe("commentSchema", () => {
  it("accepts a comment and trims it", () => {
    expect(parsed(commentSchema, { claimId: "c1", body: "  Check the 2019 figure.  " })).toEqual({
      claimId: "c1",
      body: "Check the 2019 figure.",
    });
  });

  it.each([undefined, "", "   "])("rejects the body %j", (body) => {
    expect(fieldErrorsOf(commentSchema, { claimId: "c1", body }).body).toEqual(["Comment is required"]);
  });

  it("rejects a missing claimId", () => {
    expect(fieldErrorsOf(commentSchema, { body: "hi" }).claimId).toEqual(["Claim is required"]);
  });
});

describe("queueQuerySchema", () => {
  it("uses defaults for an empty query", () => {
    expect(parsed(queueQuerySchema, {})).toEqual({ sort: "updated", page: 1 });
  });

  it("keeps valid values", () => {
    expect(
      parsed(queueQuerySchema, {
        status: "IN_REVIEW",
        assignee: "u1",
        article: "a1",
        rating: "MOSTLY_FALSE",
        sort: "created",
        page: "4",
      }),
    ).toEqual({ status: "IN_REVIEW", assignee: "u1", article: "a1", rating: "MOSTLY_FALSE", sort: "created", page: 4 });
  });

  it("falls back on garbage instead of failing", () => {
    expect(
      parsed(queueQuerySchema, {
        status: "BOGUS",
        assignee: "x".repeat(65),
        article: ["a", "b"],
        rating: "PANTS_ON_FIRE",
        sort: "x",
        page: "abc",
      }),
    ).toEqual({ status: undefined, assignee: undefined, article: undefined, rating: undefined, sort: "updated", page: 1 });
  });

  it.each([
    ["abc", 1],
    ["0", 1],
    ["-3", 1],
    ["2.5", 1],
    ["10001", 1],
    ["10000", 10_000],
    ["7", 7],
  ])("page %j → %d", (page, expected) => {
    expect(parsed(queueQuerySchema, { page }).page).toBe(expected);
  });

  it.each(["updated", "created", "status"])("accepts sort %s", (sort) => {
    expect(parsed(queueQuerySchema, { sort }).sort).toBe(sort);
  });

  it("is case-sensitive for the status filter", () => {
    expect(parsed(queueQuerySchema, { status: "new" }).status).toBeUndefined();
    expect(parsed(queueQuerySchema, { status: "NEW" }).status).toBe("NEW");
  });
});
