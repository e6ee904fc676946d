import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { ClaimWorkspace } from "@/lib/claims/queries";
import { restsOnText, toClaimWorkspace, type DeskMember, type WorkspaceInput } from "@/lib/claims/workspace";

const rita: Actor = { id: "rita", role: "REVIEWER", name: "Rita", email: "rita@x" };
const ravi: Actor = { id: "ravi", role: "REVIEWER", name: "Ravi", email: "ravi@x" };
const eli: Actor = { id: "eli", role: "EDITOR", name: "Eli", email: "eli@x" };
const members: DeskMember[] = [eli, ravi, rita].map((a) => ({ id: a.id, name: a.name, role: a.role, handle: a.id }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date("2026-03-10T12:00:00Z");

type Status = ClaimWorkspace["status"];

function verdictBy(author: Actor, extra: Partial<NonNullable<ClaimWorkspace["verdict"]>> = {}) {
  return {
    id: "v1",
    claimId: "c1",
    rating: "MOSTLY_TRUE",
    summary: "The city reports 1,180 completions.",
    rationale: "The housing report lists 1,180 homes.",
    authorId: author.id,
    author: { id: author.id, name: author.name },
    lastEditedById: author.id,
    lastEditedBy: { id: author.id, name: author.name },
    approvedById: null,
    approvedBy: null,
    approvedAt: null,
    validAsOf: null,
    recheckOn: null,
    version: 3,
    createdAt: day("2026-03-01"),
    lastEditedAt: day("2026-03-02"),
    updatedAt: day("2026-03-02"),
    writers: [{ userId: author.id }],
    ...extra,
  };
}

/** A claim as getClaimWorkspace returns it (the parts the view model reads). */
function claim(status: Status, extra: Partial<ClaimWorkspace> = {}): ClaimWorkspace {
  const base = {
    id: "c1",
    version: 7,
    status,
    quote: "the city built 1,200 new homes",
    prefix: "The mayor said ",
    suffix: " in 2023.",
    claimant: "The mayor",
    claimDate: null,
    isDemo: false,
    anchorState: "OK",
    article: { id: "a1", title: "Homes", outlet: "Gazette", url: null, publishedAt: null, text: "", isDemo: false },
    assignee: null,
    assigneeId: null,
    dueDate: day("2026-03-20"),
    priority: "HIGH",
    slug: "the-city-built",
    reviewNote: null,
    retractionReason: null,
    retractedAt: null,
    dismissReason: null,
    submittedAt: null,
    trackedClaimId: null,
    trackedClaim: null,
    coveredBy: null,
    createdAt: day("2026-03-01"),
    verdict: null,
    sources: [],
    evidence: [],
    comments: [],
    reviews: [],
    auditEvents: [],
    _count: { auditEvents: 0 },
    ...extra,
  };
  return base as unknown as ClaimWorkspace;
}

const build = (over: Partial<WorkspaceInput> & { claim: ClaimWorkspace }) =>
  toClaimWorkspace({ actor: rita, members, approvalsRequired: 1, now: NOW, ...over });

describe("the claim page's view model (lib/claims/workspace.ts)", () => {
  it("opens the verdict form in research, with the saved verdict as the form holds it", () => {
    const view = build({
      claim: claim("RESEARCHING", { verdict: verdictBy(rita, { validAsOf: day("2026-03-05"), recheckOn: day("2026-09-01") }) } as Partial<ClaimWorkspace>),
    });
    expect(view.verdict.body).toEqual({
      kind: "form",
      saved: {
        version: 3,
        editedBy: "Rita",
        fields: {
          rating: "MOSTLY_TRUE",
          summary: "The city reports 1,180 completions.",
          rationale: "The housing report lists 1,180 homes.",
          validAsOf: "2026-03-05",
          recheckOn: "2026-09-01",
        },
      },
    });
    expect(view.sources.canAdd).toBe(true);
    expect(view.evidence.canAdd).toBe(true);
    // Nothing to rest on yet: submitting is closed, and the page says why.
    expect(view.workflow.actions).not.toContain("submit");
    expect(view.workflow.blocked).toEqual([{ action: "submit", reason: expect.stringContaining("Add a source and a piece of evidence before submitting") }]);
    const researched = build({
      claim: claim("RESEARCHING", {
        verdict: verdictBy(rita),
        sources: [{ id: "s1", title: "Housing report", withheld: false }],
        evidence: [{ id: "e1", stance: "SUPPORTS", sourceId: "s1" }],
      } as unknown as Partial<ClaimWorkspace>),
    });
    expect(researched.workflow.actions).toContain("submit");
    expect(view.workflow.assign).toMatchObject({ dueDate: "2026-03-20", isEditor: false, actorId: "rita" });
    expect(view.header.publicSlug).toBeNull();
  });

  it("starts an empty form without a verdict, and says why there is none before research", () => {
    expect(build({ claim: claim("RESEARCHING") }).verdict.body).toEqual({ kind: "form", saved: null });
    expect(build({ claim: claim("NEW") }).verdict.body).toEqual({ kind: "none", text: "Start research to draft a verdict." });
    expect(build({ claim: claim("DISMISSED", { dismissReason: "Opinion" }) }).verdict.body).toEqual({ kind: "none", text: "No verdict." });
  });

  it("shows a locked verdict in review, with the notice of a draft kept in the browser", () => {
    const inReview = claim("IN_REVIEW", { verdict: verdictBy(ravi), submittedAt: day("2026-03-05") } as Partial<ClaimWorkspace>);
    expect(build({ claim: inReview }).verdict.body).toMatchObject({ kind: "shown", rating: "MOSTLY_TRUE", draftNotice: true });
    expect(build({ claim: inReview, actor: eli }).verdict.body).toMatchObject({ kind: "shown", draftNotice: true });
    expect(build({ claim: inReview }).verdict.byline).toEqual({ author: "Ravi", lastEditedBy: "Ravi", lastEditedAt: day("2026-03-02"), approvedBy: null });
    expect(build({ claim: inReview }).sources.canAdd).toBe(false);
  });

  it("dates the byline by the last edit of the text, not by an approval that changed the row later", () => {
    const approved = claim("APPROVED", {
      verdict: verdictBy(ravi, {
        approvedById: eli.id,
        approvedBy: { id: eli.id, name: eli.name },
        approvedAt: day("2026-03-09"),
        updatedAt: day("2026-03-09"),
      }),
    } as Partial<ClaimWorkspace>);
    expect(build({ claim: approved }).verdict.byline).toMatchObject({ lastEditedAt: day("2026-03-02"), approvedBy: eli.name });
  });

  it("says beside the decision what a verdict in review rests on", () => {
    expect(restsOnText([{ withheld: false }, { withheld: true }], [{ stance: "SUPPORTS" }, { stance: "SUPPORTS" }, { stance: "REFUTES" }])).toBe(
      "This verdict rests on 2 sources (1 withheld) and 3 pieces of evidence: 2 supporting, 1 refuting.",
    );
    expect(restsOnText([], [])).toBe("This verdict rests on no sources and no pieces of evidence.");
    expect(restsOnText([{ withheld: false }], [{ stance: "CONTEXT" }])).toBe("This verdict rests on 1 source and 1 piece of evidence: 1 context.");
    const inReview = claim("IN_REVIEW", { verdict: verdictBy(ravi) } as Partial<ClaimWorkspace>);
    expect(build({ claim: inReview }).workflow.restsOn).toMatch(/^This verdict rests on/);
    expect(build({ claim: claim("RESEARCHING", { verdict: verdictBy(ravi) } as Partial<ClaimWorkspace>) }).workflow.restsOn).toBeNull();
  });

  it("tallies the current review round and keeps earlier rounds apart", () => {
    const reviews = [
      {
        id: "r1",
        reviewerId: "eli",
        decision: "OBJECT",
        note: "Cite it",
        createdAt: day("2026-03-03"),
        verdictVersion: 2,
        reviewer: { id: "eli", name: "Eli" },
      },
      { id: "r2", reviewerId: "eli", decision: "APPROVE", note: null, createdAt: day("2026-03-06"), verdictVersion: 3, reviewer: { id: "eli", name: "Eli" } },
    ];
    const inReview = claim("IN_REVIEW", { verdict: verdictBy(ravi), submittedAt: day("2026-03-05"), reviews } as Partial<ClaimWorkspace>);
    const view = build({ claim: inReview, actor: eli, approvalsRequired: 2 });
    expect(view.workflow.tally).toMatchObject({ text: "1 of 2 approvals", several: true });
    expect(view.workflow.tally!.round.map((r) => r.id)).toEqual(["r2"]);
    expect(view.workflow.earlier.map((r) => r.id)).toEqual(["r1"]);
    // Eli has approved this round: no second approval, and the publish button waits for the second editor.
    expect(view.workflow.actions).not.toContain("approve");
    expect(build({ claim: inReview, actor: eli, approvalsRequired: 1 }).workflow.tally).toMatchObject({ text: "1 of 1 approval", several: false });
    expect(build({ claim: claim("RESEARCHING") }).workflow.tally).toBeNull();
  });

  it("refuses the author's own approval with the life cycle's reason (what the server would answer)", () => {
    const inReview = claim("IN_REVIEW", { verdict: verdictBy(eli), submittedAt: day("2026-03-05") } as Partial<ClaimWorkspace>);
    const view = build({ claim: inReview, actor: eli });
    expect(view.workflow.actions).not.toContain("approve");
    expect(view.workflow.blocked.map((b) => b.action)).toContain("approve");
  });

  it("calls a published verdict due for re-checking by lib/verdicts' rule, and offers the re-check to editors only", () => {
    const published = (recheckOn: string) =>
      claim("PUBLISHED", { verdict: verdictBy(ravi, { validAsOf: day("2026-01-10"), recheckOn: day(recheckOn) }) } as Partial<ClaimWorkspace>);
    const due = build({ claim: published("2026-03-10"), actor: eli });
    expect(due.verdict.days).toMatchObject({ due: true });
    expect(due.verdict.recheck).toEqual({ validAsOf: "2026-01-10", recheckOn: "2026-03-10", due: true });
    expect(due.workflow.correction).toEqual({
      rating: "MOSTLY_TRUE",
      summary: "The city reports 1,180 completions.",
      rationale: "The housing report lists 1,180 homes.",
    });
    expect(due.header.publicSlug).toBe("the-city-built");
    expect(build({ claim: published("2026-03-11"), actor: eli }).verdict.days).toMatchObject({ due: false });
    expect(build({ claim: published("2026-03-10"), actor: rita }).verdict.recheck).toBeNull();
    expect(build({ claim: published("2026-03-10"), actor: rita }).workflow.correction).toBeNull();
    // The same day on a claim taken back from publication is not due.
    expect(
      build({
        claim: claim("UNPUBLISHED", {
          verdict: verdictBy(ravi, { recheckOn: day("2026-03-01") }),
          retractionReason: "Wrong",
          retractedAt: day("2026-03-08"),
        } as Partial<ClaimWorkspace>),
        actor: eli,
      }).verdict.days,
    ).toMatchObject({ due: false });
  });

  it("shows the retraction note only while the claim is not published again", () => {
    const retracted = { retractionReason: "A wrong figure", retractedAt: day("2026-03-08") };
    expect(build({ claim: claim("UNPUBLISHED", retracted) }).workflow.retraction).toEqual({ reason: "A wrong figure", at: day("2026-03-08") });
    expect(build({ claim: claim("PUBLISHED", retracted) }).workflow.retraction).toBeNull();
  });

  it("threads the comments and offers everyone but oneself to mention", () => {
    const comments = [
      { id: "q", parentId: null, body: "Which year?", createdAt: day("2026-03-02"), author: { id: "eli", name: "Eli" } },
      { id: "a", parentId: "q", body: "2023", createdAt: day("2026-03-03"), author: { id: "rita", name: "Rita" } },
    ];
    const view = build({ claim: claim("RESEARCHING", { comments } as Partial<ClaimWorkspace>) });
    expect(view.comments.count).toBe(2);
    expect(view.comments.threads).toHaveLength(1);
    expect(view.comments.threads[0].replies.map((r) => r.id)).toEqual(["a"]);
    expect(view.comments.handles).toEqual(["eli", "ravi", "rita"]);
    expect(view.comments.mentionable.map((m) => m.handle)).toEqual(["eli", "ravi"]);
  });

  it("follows the live stream from the number of the last change it read", () => {
    expect(build({ claim: claim("NEW", { liveAfter: 0 }) }).liveAfter).toBe(0);
    expect(build({ claim: claim("NEW", { liveAfter: 7 }) }).liveAfter).toBe(7);
  });
});
