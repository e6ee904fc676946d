import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { assignClaim } from "@/lib/claims/mutations";
import { listMyWork } from "@/lib/claims/queries";
import { makeClaim, makeUser, step } from "../support/factories";

const NOW = new Date("2026-11-29T15:00:00Z");
const day = (iso: string) => new Date(iso + "T00:00:00Z");

async function auditOf(claimId: string) {
  return db.auditEvent.findMany({ where: { claimId, action: "claim.assign" }, orderBy: { createdAt: "asc" } });
}

describe("assignment with due dates and priorities", () => {
  it("lets an editor assign with a due date and a priority, recorded in the audit trail", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const assigned = await assignClaim({
      actor: editor,
      now: NOW,
      input: { claimId: claim.id, version: claim.version, assigneeId: reviewer.id, dueDate: "2026-12-03", priority: "HIGH" },
    });
    expect(assigned).toMatchObject({ assigneeId: reviewer.id, priority: "HIGH", version: claim.version + 1 });
    expect(assigned.dueDate?.toISOString()).toBe("2026-12-03T00:00:00.000Z");
    const [event] = await auditOf(claim.id);
    expect(JSON.stringify(event)).toContain("2026-12-03");
    expect(JSON.stringify(event)).toContain("HIGH");
  });

  it("clears a due date on an empty field and leaves it alone when the field is absent", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    const first = await assignClaim({
      actor: editor,
      now: NOW,
      input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, dueDate: "2026-12-01", priority: "URGENT" },
    });
    const reassigned = await assignClaim({ actor: editor, now: NOW, input: { claimId: claim.id, version: first.version, assigneeId: editor.id } });
    expect(reassigned).toMatchObject({ assigneeId: editor.id, priority: "URGENT" });
    expect(reassigned.dueDate?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    const cleared = await assignClaim({
      actor: editor,
      now: NOW,
      input: { claimId: claim.id, version: reassigned.version, assigneeId: editor.id, dueDate: "", priority: "NORMAL" },
    });
    expect(cleared).toMatchObject({ dueDate: null, priority: "NORMAL" });
  });

  it("decides what is in the past on the desk's day (FACTDESK_TIME_ZONE), not UTC's", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    // 23:30 UTC on 29 November is already 30 November in Paris.
    const lateEvening = new Date("2026-11-29T23:30:00Z");
    const input = (claim: { id: string; version: number }) => ({ claimId: claim.id, version: claim.version, assigneeId: reviewer.id, dueDate: "2026-11-29" });
    try {
      vi.stubEnv("FACTDESK_TIME_ZONE", "Europe/Paris");
      const inParis = await makeClaim(reviewer);
      await expect(assignClaim({ actor: editor, now: lateEvening, input: input(inParis) })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { dueDate: ["Choose today or a later day"] },
      });
      expect(await db.claim.findUniqueOrThrow({ where: { id: inParis.id } })).toMatchObject({ version: 1, dueDate: null });
    } finally {
      vi.unstubAllEnvs();
    }
    // Unset, the desk's day is UTC's: 29 November is today.
    vi.stubEnv("FACTDESK_TIME_ZONE", "");
    try {
      const inUtc = await makeClaim(reviewer);
      const assigned = await assignClaim({ actor: editor, now: lateEvening, input: input(inUtc) });
      expect(assigned.dueDate?.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses a due date in the past or not a real day, with the error on the field, and writes nothing", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await expect(
      assignClaim({ actor: editor, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, dueDate: "2026-11-28" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { dueDate: ["Choose today or a later day"] },
    });
    await expect(
      assignClaim({ actor: editor, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, dueDate: "2026-02-30" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { dueDate: [expect.stringMatching(/valid date/)] },
    });
    await expect(
      assignClaim({ actor: editor, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, priority: "SOON" as never } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { priority: ["Choose a priority"] },
    });
    const unchanged = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(unchanged).toMatchObject({ version: 1, assigneeId: null, dueDate: null, priority: "NORMAL" });
    expect(await auditOf(claim.id)).toHaveLength(0);
    // Today is fine, and an overdue date already set may stay when the claim is reassigned.
    const today = await assignClaim({ actor: editor, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, dueDate: "2026-11-29" } });
    const later = new Date("2026-12-05T09:00:00Z");
    const kept = await assignClaim({
      actor: editor,
      now: later,
      input: { claimId: claim.id, version: today.version, assigneeId: editor.id, dueDate: "2026-11-29" },
    });
    expect(kept.dueDate?.toISOString()).toBe("2026-11-29T00:00:00.000Z");
  });

  it("lets a fact-checker take an unassigned claim but not set its due date or priority", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await expect(
      assignClaim({ actor: reviewer, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, dueDate: "2026-12-10" } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only editors set due dates and priorities.",
    });
    await expect(
      assignClaim({ actor: reviewer, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, priority: "LOW" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 1, assigneeId: null });
    const taken = await assignClaim({ actor: reviewer, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id } });
    expect(taken).toMatchObject({ assigneeId: reviewer.id, priority: "NORMAL", dueDate: null });
  });

  it("refuses a signed-out caller and a stale version", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await expect(
      assignClaim({ actor: null, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, dueDate: "2026-12-10" } }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await step(reviewer, claim.id, "triage");
    await expect(
      assignClaim({ actor: editor, now: NOW, input: { claimId: claim.id, version: 1, assigneeId: reviewer.id, dueDate: "2026-12-10" } }),
    ).rejects.toMatchObject({ code: "STALE" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).dueDate).toBeNull();
  });
});

describe("my work", () => {
  it("lists my open claims by due date, overdue first, undated last, and leaves out finished and others' claims", async () => {
    const editor = await makeUser("EDITOR");
    const me = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    const make = async (due: string | null, priority: "LOW" | "NORMAL" | "HIGH" | "URGENT", assignee = me) => {
      const claim = await makeClaim(me);
      await db.claim.update({ where: { id: claim.id }, data: { assigneeId: assignee.id, dueDate: due ? day(due) : null, priority } });
      return claim.id;
    };
    const undatedUrgent = await make(null, "URGENT");
    const overdue = await make("2020-01-02", "LOW");
    const soonHigh = await make("2030-05-01", "HIGH");
    const soonLow = await make("2030-05-01", "LOW");
    const later = await make("2030-06-01", "URGENT");
    await make("2020-01-01", "URGENT", other);
    const dismissed = await make("2020-01-01", "URGENT");
    await step(me, dismissed, "dismiss", "Not a checkable claim: an opinion about taste.");
    void editor;
    const mine = await listMyWork({ actor: me });
    expect(mine.items.map((c) => c.id)).toEqual([overdue, soonHigh, soonLow, later, undatedUrgent]);
    expect(mine).toMatchObject({ total: 5, overdue: 1, page: 1, pageCount: 1 });
    expect((await listMyWork({ actor: other })).items).toHaveLength(1);

    // A page at a time, in the same order, each row with what the page shows of it.
    const pages = [1, 2, 3].map((page) => listMyWork({ actor: me, page, pageSize: 2 }));
    const [first, second, third] = await Promise.all(pages);
    expect([first, second, third].map((p) => p.items.map((c) => c.id))).toEqual([[overdue, soonHigh], [soonLow, later], [undatedUrgent]]);
    expect(third).toMatchObject({ total: 5, overdue: 1, page: 3, pageCount: 3 });
    expect(third.items[0]).toMatchObject({ quote: expect.any(String), status: "NEW", article: { title: expect.any(String) } });
    // Past the end: the last page.
    expect((await listMyWork({ actor: me, page: 9, pageSize: 2 })).page).toBe(3);
  });
});
