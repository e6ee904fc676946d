import { describe, expect, it } from "vitest";
import { CLAIM_ACTIONS, availableActions, reuseBlockedReason, transition, type ClaimAction, type VerdictFacts } from "@/lib/claims/lifecycle";
import { verdictFacts } from "@/lib/verdicts/writers";
import type { ClaimStatus, Role } from "@/lib/generated/prisma/enums";

const ALL_STATUSES: ClaimStatus[] = ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED", "DISMISSED", "COVERED"];
const ALL_ROLES: Role[] = ["REVIEWER", "EDITOR", "ADMIN"];

/** Written independently of TRANSITIONS so a change to the rules table makes these tests fail. */
const EXPECTED: Record<ClaimAction, { from: ClaimStatus; to: ClaimStatus; roles: Role[] }> = {
  triage: { from: "NEW", to: "RESEARCHING", roles: ["REVIEWER", "EDITOR", "ADMIN"] },
  dismiss: { from: "NEW", to: "DISMISSED", roles: ["REVIEWER", "EDITOR", "ADMIN"] },
  reopen: { from: "DISMISSED", to: "NEW", roles: ["EDITOR", "ADMIN"] },
  submit: { from: "RESEARCHING", to: "IN_REVIEW", roles: ["REVIEWER", "EDITOR", "ADMIN"] },
  approve: { from: "IN_REVIEW", to: "APPROVED", roles: ["EDITOR", "ADMIN"] },
  object: { from: "IN_REVIEW", to: "IN_REVIEW", roles: ["EDITOR", "ADMIN"] },
  sendBack: { from: "IN_REVIEW", to: "RESEARCHING", roles: ["EDITOR", "ADMIN"] },
  publish: { from: "APPROVED", to: "PUBLISHED", roles: ["EDITOR", "ADMIN"] },
  correct: { from: "PUBLISHED", to: "PUBLISHED", roles: ["EDITOR", "ADMIN"] },
  unpublish: { from: "PUBLISHED", to: "UNPUBLISHED", roles: ["EDITOR", "ADMIN"] },
  rework: { from: "UNPUBLISHED", to: "RESEARCHING", roles: ["EDITOR", "ADMIN"] },
  reuse: { from: "NEW", to: "COVERED", roles: ["EDITOR", "ADMIN"] },
};

const EDITOR_ONLY: ClaimAction[] = ["reopen", "approve", "object", "sendBack", "publish", "correct", "unpublish", "rework", "reuse"];
const NEEDS_VERDICT: ClaimAction[] = ["submit", "approve", "object", "publish", "correct", "reuse"];

/** A claim with a source and a piece of evidence: what a submission needs. */
const RESEARCHED = { sources: 1, evidence: 1 };

/** A verdict whose text in this cycle was written by people other than the acting user. */
const OTHERS_VERDICT: VerdictFacts = { writerIds: ["writer-1", "writer-2"] };

const actor = (role: Role, id = `actor-${role.toLowerCase()}`) => ({ id, role });

describe("CLAIM_ACTIONS", () => {
  it("lists exactly the twelve claim actions", () => {
    expect([...CLAIM_ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe("transition: allowed moves", () => {
  const allowed = CLAIM_ACTIONS.flatMap((action) =>
    EXPECTED[action].roles.map((role) => ({ action, role, from: EXPECTED[action].from, to: EXPECTED[action].to })),
  );

  it.each(allowed)("$role can $action a claim from $from to $to", ({ action, role, from, to }) => {
    const result = transition({ status: from, action, actor: actor(role), verdict: OTHERS_VERDICT, research: RESEARCHED });
    expect(result).toEqual({ ok: true, next: to });
  });
});

describe("transition: wrong from-state", () => {
  // Use ADMIN so the role check never gets in the way; the verdict is present so only the status matters.
  const invalid = CLAIM_ACTIONS.flatMap((action) => ALL_STATUSES.filter((s) => s !== EXPECTED[action].from).map((status) => ({ action, status })));

  it("covers every action × wrong state (12 actions × 7 states)", () => {
    expect(invalid).toHaveLength(84);
  });

  it.each(invalid)("$action from $status is INVALID_TRANSITION", ({ action, status }) => {
    const result = transition({ status, action, actor: actor("ADMIN"), verdict: OTHERS_VERDICT });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INVALID_TRANSITION");
    expect(result.error.message.length).toBeGreaterThan(0);
  });

  const reviewerInvalid = (["triage", "dismiss", "submit"] as const).flatMap((action) =>
    ALL_STATUSES.filter((s) => s !== EXPECTED[action].from).map((status) => ({ action, status })),
  );

  it.each(reviewerInvalid)("REVIEWER: $action from $status is INVALID_TRANSITION", ({ action, status }) => {
    const result = transition({ status, action, actor: actor("REVIEWER"), verdict: OTHERS_VERDICT });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
  });

  it("names the current and the required state in the message", () => {
    const result = transition({ status: "PUBLISHED", action: "triage", actor: actor("EDITOR"), verdict: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain("published");
    expect(result.error.message).toContain("new");
  });
});

describe("transition: editor-only actions", () => {
  it.each(EDITOR_ONLY)("refuses %s to a REVIEWER with FORBIDDEN, even from the right state", (action) => {
    const result = transition({
      status: EXPECTED[action].from,
      action,
      actor: actor("REVIEWER"),
      verdict: OTHERS_VERDICT,
    });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  // Written out so each refusal reads as English (once "Only an editor can object a claim").
  const REFUSAL: Partial<Record<ClaimAction, string>> = {
    reopen: "Only an editor can reopen a dismissed claim.",
    approve: "Only an editor can approve a verdict.",
    object: "Only an editor can object to a verdict in review.",
    sendBack: "Only an editor can send a claim back to research.",
    publish: "Only an editor can publish a verdict.",
    correct: "Only an editor can correct a published verdict.",
    unpublish: "Only an editor can unpublish a verdict.",
    rework: "Only an editor can reopen research on an unpublished claim.",
  };
  it.each(EDITOR_ONLY)("tells a REVIEWER in a sentence why %s is refused", (action) => {
    const result = transition({ status: EXPECTED[action].from, action, actor: actor("REVIEWER"), verdict: OTHERS_VERDICT });
    const message = result.ok ? "" : result.error.message;
    if (REFUSAL[action]) expect(message).toBe(REFUSAL[action]);
    else expect(message).toMatch(/^Only an editor can [a-z][^.]*\. .+\.$/);
    expect(message).not.toContain("undefined");
  });

  it.each(EDITOR_ONLY.flatMap((action) => ALL_STATUSES.map((status) => ({ action, status }))))(
    "REVIEWER gets FORBIDDEN (not a state error) for $action from $status",
    ({ action, status }) => {
      const result = transition({ status, action, actor: actor("REVIEWER"), verdict: OTHERS_VERDICT });
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    },
  );

  it("refuses an actor whose role is not a desk role", () => {
    const result = transition({
      status: "NEW",
      action: "triage",
      actor: { id: "x", role: "GUEST" as unknown as Role },
      verdict: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("transition: no verdict without sources", () => {
  const submit = (verdict: VerdictFacts, research?: { sources: number; evidence: number }) =>
    transition({ status: "RESEARCHING", action: "submit", actor: actor("REVIEWER"), verdict, research });

  it.each([
    [{ sources: 0, evidence: 0 }, "Add a source and a piece of evidence before submitting"],
    [{ sources: 2, evidence: 0 }, "Add a piece of evidence before submitting"],
    [{ sources: 0, evidence: 1 }, "Add a source before submitting"],
    [undefined, "Add a source and a piece of evidence before submitting"],
  ])("refuses a submission with %j, saying what is missing", (research, message) => {
    const result = submit({ ...OTHERS_VERDICT!, rating: "FALSE" }, research);
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION", message: expect.stringContaining(message) } });
  });

  it("lets a verdict rated Unverifiable go to review without sources, and any other once it has both", () => {
    expect(submit({ ...OTHERS_VERDICT!, rating: "UNVERIFIABLE" }, { sources: 0, evidence: 0 })).toEqual({ ok: true, next: "IN_REVIEW" });
    expect(submit({ ...OTHERS_VERDICT!, rating: "MIXED" }, { sources: 1, evidence: 1 })).toEqual({ ok: true, next: "IN_REVIEW" });
  });

  it("asks nothing of the later steps (sources cannot be removed in review)", () => {
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: actor("EDITOR"), verdict: OTHERS_VERDICT })).toEqual({ ok: true, next: "APPROVED" });
  });
});

describe("transition: verdict required", () => {
  const cases = NEEDS_VERDICT.flatMap((action) => EXPECTED[action].roles.map((role) => ({ action, role })));

  it.each(cases)("$role cannot $action without a verdict", ({ action, role }) => {
    const result = transition({ status: EXPECTED[action].from, action, actor: actor(role), verdict: null });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/verdict/i);
  });

  it.each((["triage", "dismiss", "reopen", "sendBack"] as const).map((action) => ({ action })))("$action does not need a verdict", ({ action }) => {
    const result = transition({ status: EXPECTED[action].from, action, actor: actor("EDITOR"), verdict: null });
    expect(result).toEqual({ ok: true, next: EXPECTED[action].to });
  });
});

describe("transition: two-person rule on approve", () => {
  const roles: Role[] = ["EDITOR", "ADMIN"];

  it.each(roles)("%s who drafted the verdict cannot approve it", (role) => {
    const me = actor(role, "me");
    const result = transition({
      status: "IN_REVIEW",
      action: "approve",
      actor: me,
      verdict: { writerIds: ["me", "someone-else"] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/two-person/i);
  });

  it.each(roles)("%s who wrote part of the text later cannot approve it", (role) => {
    const result = transition({
      status: "IN_REVIEW",
      action: "approve",
      actor: actor(role, "me"),
      verdict: { writerIds: ["someone-else", "me"] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it.each(roles)("%s who is the only writer cannot approve it", (role) => {
    const result = transition({
      status: "IN_REVIEW",
      action: "approve",
      actor: actor(role, "me"),
      verdict: { writerIds: ["me"] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it.each(roles)("a different %s can approve", (role) => {
    const result = transition({
      status: "IN_REVIEW",
      action: "approve",
      actor: actor(role, "second-editor"),
      verdict: { writerIds: ["me"] },
    });
    expect(result).toEqual({ ok: true, next: "APPROVED" });
  });

  it.each(roles)("%s who wrote any part of this round's text cannot approve or object, whoever saved it last", (role) => {
    // The attack of issue 12: the editor rewrote it, the fact-checker re-saved it unchanged.
    const verdict: VerdictFacts = { writerIds: ["fact-checker", "me", "another-writer"] };
    for (const action of ["approve", "object"] as const) {
      const result = transition({ status: "IN_REVIEW", action, actor: actor(role, "me"), verdict });
      expect(result).toMatchObject({
        ok: false,
        error: { code: "FORBIDDEN", message: expect.stringContaining("You wrote part of this verdict's text in this round") },
      });
    }
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: actor(role, "outsider"), verdict })).toEqual({ ok: true, next: "APPROVED" });
  });

  it("the author may still send their own verdict back", () => {
    const result = transition({
      status: "IN_REVIEW",
      action: "sendBack",
      actor: actor("EDITOR", "me"),
      verdict: { writerIds: ["me"] },
    });
    expect(result).toEqual({ ok: true, next: "RESEARCHING" });
  });
});

describe("availableActions", () => {
  const other = OTHERS_VERDICT;

  it.each<{ name: string; status: ClaimStatus; role: Role; id?: string; verdict: VerdictFacts; expected: ClaimAction[] }>([
    { name: "reviewer on a new claim", status: "NEW", role: "REVIEWER", verdict: null, expected: ["triage", "dismiss"] },
    { name: "editor on a new claim", status: "NEW", role: "EDITOR", verdict: null, expected: ["triage", "dismiss"] },
    { name: "reviewer on a dismissed claim", status: "DISMISSED", role: "REVIEWER", verdict: null, expected: [] },
    { name: "editor on a dismissed claim", status: "DISMISSED", role: "EDITOR", verdict: null, expected: ["reopen"] },
    { name: "reviewer researching, no verdict", status: "RESEARCHING", role: "REVIEWER", verdict: null, expected: [] },
    { name: "reviewer researching, with verdict", status: "RESEARCHING", role: "REVIEWER", verdict: other, expected: ["submit"] },
    { name: "reviewer on a claim in review", status: "IN_REVIEW", role: "REVIEWER", verdict: other, expected: [] },
    { name: "other editor in review", status: "IN_REVIEW", role: "EDITOR", verdict: other, expected: ["approve", "object", "sendBack"] },
    {
      name: "authoring editor in review",
      status: "IN_REVIEW",
      role: "EDITOR",
      id: "writer-1",
      verdict: other,
      expected: ["sendBack"],
    },
    {
      name: "last-editing admin in review",
      status: "IN_REVIEW",
      role: "ADMIN",
      id: "writer-2",
      verdict: other,
      expected: ["sendBack"],
    },
    { name: "editor on an approved claim", status: "APPROVED", role: "EDITOR", verdict: other, expected: ["publish"] },
    { name: "reviewer on an approved claim", status: "APPROVED", role: "REVIEWER", verdict: other, expected: [] },
    { name: "admin on a published claim", status: "PUBLISHED", role: "ADMIN", verdict: other, expected: ["correct", "unpublish"] },
    { name: "editor on an unpublished claim", status: "UNPUBLISHED", role: "EDITOR", verdict: other, expected: ["rework"] },
  ])("$name → $expected", ({ status, role, id, verdict, expected }) => {
    expect(availableActions({ status, actor: actor(role, id), verdict, research: RESEARCHED })).toEqual(expected);
  });

  it("offers exactly the expected actions for every status × role", () => {
    for (const status of ALL_STATUSES) {
      for (const role of ALL_ROLES) {
        const input = { status, actor: actor(role), verdict: other, research: RESEARCHED };
        const expected = CLAIM_ACTIONS.filter((action) => EXPECTED[action].from === status && EXPECTED[action].roles.includes(role));
        expect(availableActions(input), `${role} @ ${status}`).toEqual(expected);
      }
    }
  });
});

describe("approval policy", () => {
  const editor = actor("EDITOR", "eli");
  const round = (approvalsRequired: number, approvals: string[] = [], objections: string[] = []) => ({ approvalsRequired, approvals, objections });

  it("keeps the claim in review until enough editors approved", () => {
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(2) })).toEqual({
      ok: true,
      next: "IN_REVIEW",
    });
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(2, ["ada"]) })).toEqual({
      ok: true,
      next: "APPROVED",
    });
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(3, ["ada"], ["bob"]) })).toEqual({
      ok: true,
      next: "IN_REVIEW",
    });
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(1) })).toEqual({
      ok: true,
      next: "APPROVED",
    });
  });

  it("lets each editor decide once per round", () => {
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(2, ["eli"]) })).toMatchObject({
      ok: false,
      error: { code: "INVALID_TRANSITION", message: expect.stringContaining("1 of 2 approvals") },
    });
    expect(transition({ status: "IN_REVIEW", action: "object", actor: editor, verdict: OTHERS_VERDICT, review: round(2, ["eli"]) })).toMatchObject({
      ok: false,
    });
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(2, [], ["eli"]) })).toMatchObject({
      ok: false,
      error: { code: "INVALID_TRANSITION" },
    });
  });

  it("lets an approver conclude when the approvals already suffice (the number was lowered)", () => {
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(2, ["eli", "ada"]) })).toEqual({
      ok: true,
      next: "APPROVED",
    });
    expect(transition({ status: "IN_REVIEW", action: "approve", actor: editor, verdict: OTHERS_VERDICT, review: round(3, ["eli", "ada"]) })).toMatchObject({
      ok: false,
    });
  });

  it("never counts the verdict's author, for approval or objection", () => {
    const own = { writerIds: ["eli"] };
    for (const action of ["approve", "object"] as const) {
      expect(transition({ status: "IN_REVIEW", action, actor: editor, verdict: own, review: round(2) })).toMatchObject({
        ok: false,
        error: { code: "FORBIDDEN" },
      });
    }
  });

  it("records an objection without changing the status; reviewers may not object", () => {
    expect(transition({ status: "IN_REVIEW", action: "object", actor: editor, verdict: OTHERS_VERDICT, review: round(2) })).toEqual({
      ok: true,
      next: "IN_REVIEW",
    });
    expect(transition({ status: "IN_REVIEW", action: "object", actor: actor("REVIEWER"), verdict: OTHERS_VERDICT })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });
});

describe("reuse of a published verdict (issue 12: it changes the public record)", () => {
  it("is refused to a fact-checker with the reason, and open to editors", () => {
    const refused = transition({ status: "NEW", action: "reuse", actor: actor("REVIEWER"), verdict: OTHERS_VERDICT });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: expect.stringContaining("adds an appearance to a published fact-check") },
    });
    expect(reuseBlockedReason({ status: "NEW", actor: actor("REVIEWER") })).toMatch(/Ask an editor/);
    expect(reuseBlockedReason({ status: "NEW", actor: actor("EDITOR") })).toBeNull();
    expect(reuseBlockedReason({ status: "RESEARCHING", actor: actor("EDITOR") })).toMatch(/must be new/);
  });
});

describe("verdictFacts", () => {
  it("counts every writer of the cycle, the author and the last editor once each", () => {
    expect(verdictFacts({ authorId: "r", lastEditedById: "r", rating: "FALSE", writers: [{ userId: "r" }, { userId: "e" }] })).toEqual({
      writerIds: ["r", "e"],
      rating: "FALSE",
    });
    // Verdicts saved before writers were recorded: author and last editor still count.
    expect(verdictFacts({ authorId: "r", lastEditedById: "e", rating: "TRUE", writers: [] })).toEqual({ writerIds: ["r", "e"], rating: "TRUE" });
    expect(verdictFacts(null)).toBeNull();
  });
});
