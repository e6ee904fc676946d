import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countRecheckDue, listQueue } from "@/lib/claims/queries";
import { queueQuerySchema } from "@/lib/claims/schemas";
import { recheckVerdict, saveVerdictDraft } from "@/lib/verdicts/mutations";
import { getPublishedClaim } from "@/lib/publishing/queries";
import { makeClaim, makeUser, step } from "../support/factories";
import { publishedClaim } from "../support/publishing";
import { fingerprint } from "../support/fingerprint";

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("valid-as-of and re-check days", () => {
  it("are saved with the draft, cleared by an empty field, and left alone when absent", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    await step(rita, claim.id, "triage");
    const base = { claimId: claim.id, rating: "MIXED" as const, summary: "A summary of ten.", rationale: "A rationale long enough to save." };
    let verdict = await saveVerdictDraft({ actor: rita, input: { ...base, version: 0, validAsOf: "2026-11-20", recheckOn: "2027-05-20" } });
    expect([day(verdict.validAsOf), day(verdict.recheckOn)]).toEqual(["2026-11-20", "2027-05-20"]);
    verdict = await saveVerdictDraft({ actor: rita, input: { ...base, version: verdict.version, summary: "Another summary." } });
    expect([day(verdict.validAsOf), day(verdict.recheckOn)]).toEqual(["2026-11-20", "2027-05-20"]);
    verdict = await saveVerdictDraft({ actor: rita, input: { ...base, version: verdict.version, recheckOn: "" } });
    expect([day(verdict.validAsOf), day(verdict.recheckOn)]).toEqual(["2026-11-20", null]);
  });

  it("refuse a re-check day on or before the valid-as-of day, and impossible days, next to the field", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    await step(rita, claim.id, "triage");
    const base = { claimId: claim.id, version: 0, rating: "MIXED" as const, summary: "A summary of ten.", rationale: "A rationale long enough to save." };
    const before = await fingerprint();
    await expect(saveVerdictDraft({ actor: rita, input: { ...base, validAsOf: "2026-11-20", recheckOn: "2026-11-20" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { recheckOn: ["The re-check day comes after the “valid as of” day"] },
    });
    await expect(saveVerdictDraft({ actor: rita, input: { ...base, recheckOn: "2027-02-30" } })).rejects.toMatchObject({
      fieldErrors: { recheckOn: [expect.stringContaining("valid date")] },
    });
    expect(await fingerprint()).toEqual(before);
    // Against the stored day too, when only one is sent.
    const saved = await saveVerdictDraft({ actor: rita, input: { ...base, validAsOf: "2026-11-20" } });
    const stored = await fingerprint();
    await expect(saveVerdictDraft({ actor: rita, input: { ...base, version: saved.version, recheckOn: "2026-11-01" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { recheckOn: ["The re-check day comes after the “valid as of” day"] },
    });
    expect(await fingerprint()).toEqual(stored);
  });
});

describe("re-checking published verdicts", () => {
  it("puts published verdicts whose day has come in the queue, and a recorded re-check takes them out", async () => {
    const { claim } = await publishedClaim();
    const { claim: later } = await publishedClaim();
    const editor = await makeUser("EDITOR");
    const now = new Date();
    const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    const nextYear = `${now.getUTCFullYear() + 1}-01-15`;
    await db.verdict.update({ where: { claimId: claim.id }, data: { recheckOn: new Date(`${yesterday}T00:00:00Z`) } });
    await db.verdict.update({ where: { claimId: later.id }, data: { recheckOn: new Date(`${nextYear}T00:00:00Z`) } });
    // A draft with a past re-check day is not due: only published verdicts are re-checked.
    const rita = await makeUser("REVIEWER");
    const draft = await makeClaim(rita);
    await step(rita, draft.id, "triage");
    await saveVerdictDraft({
      actor: rita,
      input: {
        claimId: draft.id,
        version: 0,
        rating: "TRUE",
        summary: "A summary of ten.",
        rationale: "A rationale long enough to save.",
        recheckOn: yesterday,
      },
    });

    const due = await listQueue({ query: queueQuerySchema.parse({ recheck: "due" }), actor: editor });
    expect(due.items.map((c) => c.id)).toEqual([claim.id]);
    expect(await countRecheckDue({ actor: editor })).toBe(1);

    const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const today = now.toISOString().slice(0, 10);
    const result = await recheckVerdict({ actor: editor, input: { claimId: claim.id, version: current.version, validAsOf: today, recheckOn: nextYear } });
    expect(result).toEqual({ id: claim.id, slug: current.slug });
    expect(await countRecheckDue({ actor: editor })).toBe(0);
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect([day(verdict.validAsOf), day(verdict.recheckOn)]).toEqual([today, nextYear]);
    // The verdict's text and public versions are untouched; readers see the day.
    expect(await db.verdictVersion.count({ where: { verdictId: verdict.id } })).toBe(1);
    expect(day((await getPublishedClaim(current.slug!))!.verdict!.validAsOf)).toBe(today);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "verdict.recheck" } });
    expect(JSON.parse(audit.after!)).toEqual({ validAsOf: today, recheckOn: nextYear });
  });

  it("is an editor's, on a published verdict, at the version seen — refusals write nothing", async () => {
    const { claim } = await publishedClaim();
    const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const input = { claimId: claim.id, version: current.version, validAsOf: "2026-11-30", recheckOn: "2027-05-30" };
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const draft = await makeClaim(reviewer);
    const before = await fingerprint();
    await expect(recheckVerdict({ actor: reviewer, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recheckVerdict({ actor: null, input })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(recheckVerdict({ actor: editor, input: { ...input, version: current.version - 1 } })).rejects.toMatchObject({ code: "STALE" });
    await expect(recheckVerdict({ actor: editor, input: { ...input, validAsOf: "" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { validAsOf: ["Give the day the facts were checked again"] },
    });
    // A next re-check already past would leave the verdict due at once.
    await expect(recheckVerdict({ actor: editor, input: { ...input, validAsOf: "2020-01-01", recheckOn: "2020-06-01" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { recheckOn: [expect.stringContaining("after today")] },
    });
    await expect(recheckVerdict({ actor: editor, input: { ...input, claimId: draft.id, version: draft.version } })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
    await expect(recheckVerdict({ actor: editor, input: { ...input, claimId: "missing" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fingerprint()).toEqual(before);
  });
});
