import { describe, expect, it, vi } from "vitest";
import { deskToday } from "@/lib/days";
import { db } from "@/lib/db";
import { addEvidence, addSource, editSource } from "@/lib/sources/mutations";
import { saveVerdictDraft } from "@/lib/verdicts/mutations";
import { assignClaim } from "@/lib/claims/mutations";
import { auditActions, claimInReview, draftVerdict, makeClaim, makeUser, rowCounts, step } from "../support/factories";

const SOURCE = {
  url: "https://example.org/housing-report-2023",
  title: "Annual housing report 2023",
  publisher: "City housing department",
  publishedAt: "2024-02-01",
  archiveUrl: "",
  reliabilityNote: "Official statistics",
};

describe("sources and evidence", () => {
  it("takes the desk's today (FACTDESK_TIME_ZONE) as the day a source was accessed when none is given", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    // A zone whose day is not UTC's right now: Kiritimati (UTC+14) from 10:00 UTC, Pago Pago (UTC-11) before.
    const zone = new Date().getUTCHours() >= 10 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
    try {
      vi.stubEnv("FACTDESK_TIME_ZONE", zone);
      const source = await addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE } });
      expect(source.accessedAt).toEqual(deskToday(new Date(), zone));
      expect(source.accessedAt).not.toEqual(deskToday(new Date(), "UTC"));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("adds a source and evidence linking it, with audit events", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const source = await addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE } });
    expect(source).toMatchObject({ url: SOURCE.url, archiveUrl: null, publisher: "City housing department" });
    expect(source.publishedAt?.toISOString()).toBe("2024-02-01T00:00:00.000Z");
    const evidence = await addEvidence({
      actor: reviewer,
      input: { claimId: claim.id, sourceId: source.id, stance: "SUPPORTS", excerpt: "1,180 homes were completed." },
    });
    expect(evidence.stance).toBe("SUPPORTS");
    expect(await auditActions(claim.id)).toEqual(["claim.create", "source.add", "evidence.add"]);
  });

  it.each([["javascript:alert(1)"], ["data:text/html,<script>alert(1)</script>"], ["ftp://example.org/file"], ["not a url"]])(
    "refuses the source URL %s and writes nothing",
    async (url) => {
      const reviewer = await makeUser("REVIEWER");
      const claim = await makeClaim(reviewer);
      const before = await rowCounts();
      await expect(addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE, url } })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { url: [expect.stringMatching(/http/)] },
      });
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("refuses days to come and an access before the publication, next to the field, writing nothing (source and verdict)", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    const before = await rowCounts();
    await expect(
      addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE, publishedAt: "2099-01-01", accessedAt: "2020-01-01" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { publishedAt: ["Publication date cannot be in the future"] },
    });
    await expect(addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE, accessedAt: "2020-01-01" } })).rejects.toMatchObject({
      fieldErrors: { accessedAt: ["The day accessed cannot be before the publication date"] },
    });
    const verdict = {
      claimId: claim.id,
      version: 0,
      rating: "MIXED" as const,
      summary: "A summary of the facts.",
      rationale: "A rationale that is long enough to save.",
    };
    await expect(saveVerdictDraft({ actor: reviewer, input: { ...verdict, validAsOf: "2099-05-05" } })).rejects.toMatchObject({
      fieldErrors: { validAsOf: ["“Valid as of” cannot be in the future"] },
    });
    expect(await rowCounts()).toEqual(before);
    // Published tomorrow (a desk ahead of UTC) with no day accessed: read that day, and the source stays editable.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const early = await addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE, publishedAt: tomorrow } });
    expect(early.accessedAt.toISOString().slice(0, 10)).toBe(tomorrow);
    const edited = await editSource({
      actor: reviewer,
      input: { sourceId: early.id, version: early.version, ...SOURCE, publishedAt: tomorrow, title: "Retitled" },
    });
    expect(edited.title).toBe("Retitled");
    // A publication day moved past the kept day accessed is refused next to that field.
    const old = await addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE, accessedAt: "2024-03-01" } });
    await expect(
      editSource({ actor: reviewer, input: { sourceId: old.id, version: old.version, ...SOURCE, publishedAt: "2024-06-01" } }),
    ).rejects.toMatchObject({
      fieldErrors: { accessedAt: ["The day accessed cannot be before the publication date"] },
    });
  });

  it("refuses evidence that cites another claim's source", async () => {
    const reviewer = await makeUser("REVIEWER");
    const a = await makeClaim(reviewer);
    const b = await makeClaim(reviewer);
    const source = await addSource({ actor: reviewer, input: { claimId: a.id, ...SOURCE } });
    await expect(addEvidence({ actor: reviewer, input: { claimId: b.id, sourceId: source.id, stance: "REFUTES", excerpt: "x" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { sourceId: expect.any(Array) },
    });
  });

  it("refuses new research once the claim is in review, and anonymous writers", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await claimInReview(reviewer);
    const before = await db.source.count({ where: { claimId: claim.id } });
    await expect(addSource({ actor: reviewer, input: { claimId: claim.id, ...SOURCE } })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(addSource({ actor: null, input: { claimId: claim.id, ...SOURCE } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(before);
  });
});

describe("verdict drafts", () => {
  it("creates, then updates with the version seen", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    const v1 = await draftVerdict(reviewer, claim.id);
    expect(v1).toMatchObject({ version: 1, authorId: reviewer.id, lastEditedById: reviewer.id });
    const v2 = await saveVerdictDraft({
      actor: reviewer,
      input: {
        claimId: claim.id,
        version: 1,
        rating: "TRUE",
        summary: "Accurate within rounding.",
        rationale: "The report lists 1,180 homes; 1,200 is a fair rounding of that figure.",
      },
    });
    expect(v2).toMatchObject({ version: 2, rating: "TRUE" });
  });

  it("refuses a stale verdict save and keeps the newer text", async () => {
    const reviewer = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    await draftVerdict(reviewer, claim.id);
    await saveVerdictDraft({
      actor: other,
      input: {
        claimId: claim.id,
        version: 1,
        rating: "FALSE",
        summary: "Other person's summary.",
        rationale: "Other person's rationale, long enough to pass.",
      },
    });
    const stale = saveVerdictDraft({
      actor: reviewer,
      input: {
        claimId: claim.id,
        version: 1,
        rating: "TRUE",
        summary: "My outdated summary.",
        rationale: "My outdated rationale that would overwrite theirs.",
      },
    });
    await expect(stale).rejects.toMatchObject({ code: "STALE" });
    expect(await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).toMatchObject({ rating: "FALSE", version: 2 });
    // Starting a "new" draft when one exists is stale too.
    await expect(draftVerdictAsNew(reviewer, claim.id)).rejects.toMatchObject({ code: "STALE" });
  });

  it("refuses drafting before research starts and after submission", async () => {
    const reviewer = await makeUser("REVIEWER");
    const fresh = await makeClaim(reviewer);
    await expect(draftVerdict(reviewer, fresh.id)).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    const inReview = await claimInReview(reviewer);
    await expect(draftVerdict(reviewer, inReview.id)).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });

  it("validates rating, summary and rationale per field", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    const error = await saveVerdictDraft({
      actor: reviewer,
      input: { claimId: claim.id, version: 0, rating: "PANTS_ON_FIRE" as never, summary: "short", rationale: "" },
    }).catch((e) => e);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["rating", "rationale", "summary"]);
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

async function draftVerdictAsNew(actor: Awaited<ReturnType<typeof makeUser>>, claimId: string) {
  return saveVerdictDraft({
    actor,
    input: { claimId, version: 0, rating: "MIXED", summary: "A brand new summary.", rationale: "A brand new rationale that is long enough." },
  });
}

describe("assignment", () => {
  it("lets an editor assign anyone and audits it", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const assigned = await assignClaim({ actor: editor, input: { claimId: claim.id, version: claim.version, assigneeId: reviewer.id } });
    expect(assigned).toMatchObject({ assigneeId: reviewer.id, version: 2 });
    expect(await auditActions(claim.id)).toContain("claim.assign");
  });

  it("lets a reviewer take an unassigned claim but not assign others or take someone else's", async () => {
    const a = await makeUser("REVIEWER");
    const b = await makeUser("REVIEWER");
    const claim = await makeClaim(a);
    await expect(assignClaim({ actor: a, input: { claimId: claim.id, version: 1, assigneeId: b.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const taken = await assignClaim({ actor: a, input: { claimId: claim.id, version: 1, assigneeId: a.id } });
    expect(taken.assigneeId).toBe(a.id);
    await expect(assignClaim({ actor: b, input: { claimId: claim.id, version: 2, assigneeId: b.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assignClaim({ actor: b, input: { claimId: claim.id, version: 2, assigneeId: "" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a stale assignment and disabled assignees", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await step(reviewer, claim.id, "triage");
    await expect(assignClaim({ actor: editor, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id } })).rejects.toMatchObject({ code: "STALE" });
    await db.user.update({ where: { id: reviewer.id }, data: { disabled: true } });
    await expect(assignClaim({ actor: editor, input: { claimId: claim.id, version: 2, assigneeId: reviewer.id } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});
