import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addEvidence, addSource, editEvidence, editSource, removeEvidence, removeSource } from "@/lib/sources/mutations";
import { auditActions, claimInReview, makeClaim, makeUser, rowCounts, step } from "../support/factories";

// Issue 15: a typo'd URL can be corrected, and a wrong source or excerpt removed, while research is open.
async function researched() {
  const reviewer = await makeUser("REVIEWER");
  const claim = await makeClaim(reviewer);
  await step(reviewer, claim.id, "triage");
  const source = await addSource({ actor: reviewer, input: { claimId: claim.id, url: "https://stats.exmaple/report", title: "Housing reprot" } });
  const evidence = await addEvidence({ actor: reviewer, input: { claimId: claim.id, sourceId: source.id, stance: "SUPPORTS", excerpt: "1,180 homes." } });
  return { reviewer, claim, source, evidence };
}

describe("editing and removing research", () => {
  it("corrects a source at the version seen, audits only what changed, and counts a version", async () => {
    const { claim, source } = await researched();
    const colleague = await makeUser("REVIEWER");
    const edited = await editSource({
      actor: colleague,
      input: { sourceId: source.id, version: source.version, url: "https://stats.example/report", title: "Housing report" },
    });
    expect(edited).toMatchObject({
      url: "https://stats.example/report",
      title: "Housing report",
      version: source.version + 1,
      createdById: source.createdById,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "source.edit" } });
    expect(JSON.parse(event.before!)).toEqual({ url: "https://stats.exmaple/report", title: "Housing reprot" });
    expect(JSON.parse(event.after!)).toEqual({ url: "https://stats.example/report", title: "Housing report" });
    expect(event.actorId).toBe(colleague.id);
    // The same form sent again from the old page is stale: nothing is overwritten.
    await expect(
      editSource({ actor: colleague, input: { sourceId: source.id, version: source.version, url: "https://stats.example/other", title: "Other" } }),
    ).rejects.toMatchObject({ code: "STALE", message: expect.stringContaining("this source") });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).url).toBe("https://stats.example/report");
  });

  it("refuses a bad URL on its field, and writes nothing", async () => {
    const { reviewer, source } = await researched();
    const before = await rowCounts();
    await expect(
      editSource({ actor: reviewer, input: { sourceId: source.id, version: source.version, url: "javascript:alert(1)", title: "" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { url: [expect.stringMatching(/http/)], title: [expect.any(String)] },
    });
    expect(await rowCounts()).toEqual(before);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ url: source.url, version: source.version });
  });

  it("edits evidence, but only to quote one of the claim's own sources", async () => {
    const { reviewer, claim, evidence } = await researched();
    const other = await researched();
    await expect(
      editEvidence({ actor: reviewer, input: { evidenceId: evidence.id, version: 1, sourceId: other.source.id, stance: "SUPPORTS", excerpt: "1,180 homes." } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { sourceId: expect.any(Array) } });
    const second = await addSource({ actor: reviewer, input: { claimId: claim.id, url: "https://gazette.example/homes", title: "Gazette" } });
    const edited = await editEvidence({
      actor: reviewer,
      input: { evidenceId: evidence.id, version: 1, sourceId: second.id, stance: "REFUTES", excerpt: "Only 1,180 homes were finished." },
    });
    expect(edited).toMatchObject({ sourceId: second.id, stance: "REFUTES", version: 2 });
    await expect(
      editEvidence({ actor: reviewer, input: { evidenceId: evidence.id, version: 1, sourceId: second.id, stance: "CONTEXT", excerpt: "x y z" } }),
    ).rejects.toMatchObject({ code: "STALE" });
  });

  it("removes a source with the evidence taken from it, each in the audit trail", async () => {
    const { reviewer, claim, source, evidence } = await researched();
    await expect(removeSource({ actor: reviewer, input: { sourceId: source.id, version: source.version + 1 } })).rejects.toMatchObject({ code: "STALE" });
    expect(await db.evidence.count({ where: { id: evidence.id } })).toBe(1);
    expect(await removeSource({ actor: reviewer, input: { sourceId: source.id, version: source.version } })).toEqual({ claimId: claim.id, evidenceRemoved: 1 });
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.evidence.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await auditActions(claim.id)).slice(-2)).toEqual(["evidence.remove", "source.remove"]);
    await expect(removeSource({ actor: reviewer, input: { sourceId: source.id, version: source.version } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("removes one piece of evidence at the version seen", async () => {
    const { reviewer, claim, source, evidence } = await researched();
    await removeEvidence({ actor: reviewer, input: { evidenceId: evidence.id, version: evidence.version } });
    expect(await db.evidence.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.source.count({ where: { id: source.id } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "evidence.remove" } });
    expect(JSON.parse(event.before!)).toMatchObject({ sourceTitle: "Housing reprot", excerpt: "1,180 homes." });
  });

  it("refuses once the claim is in review, and anyone signed out; nothing changes", async () => {
    const author = await makeUser("REVIEWER");
    const claim = await claimInReview(author);
    const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
    const evidence = await db.evidence.findFirstOrThrow({ where: { claimId: claim.id } });
    const editor = await makeUser("EDITOR");
    const before = await rowCounts();
    const attempts = [
      (actor: typeof author | null) => editSource({ actor, input: { sourceId: source.id, version: source.version, url: "https://x.example/", title: "X" } }),
      (actor: typeof author | null) => removeSource({ actor, input: { sourceId: source.id, version: source.version } }),
      (actor: typeof author | null) =>
        editEvidence({ actor, input: { evidenceId: evidence.id, version: evidence.version, sourceId: source.id, stance: "REFUTES", excerpt: "Changed." } }),
      (actor: typeof author | null) => removeEvidence({ actor, input: { evidenceId: evidence.id, version: evidence.version } }),
    ];
    for (const attempt of attempts) {
      await expect(attempt(editor)).rejects.toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringContaining("in review") });
      await expect(attempt(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    expect(await rowCounts()).toEqual(before);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ url: source.url, version: source.version });
  });
});
