// A change beside a claim (a verdict draft, a source, a piece of evidence) is allowed by the claim's
// status, read in the change's transaction. It is written at the claim's version read there
// (holdAtVersion): a status change committed in between makes it STALE instead of slipping into a
// claim already in review. (From an attacker's read: on PostgreSQL, read committed, a draft saved
// while the claim was submitted could land after the submission.)
import { beforeEach, describe, expect, it, vi } from "vitest";

const between = vi.hoisted(() => ({ run: null as null | (() => Promise<void>) }));
// The verdict's writer is recorded after the draft is written and before the claim is held: the moment
// a status change from elsewhere can commit in between.
vi.mock("@/lib/verdicts/writers", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/verdicts/writers")>();
  return {
    ...real,
    recordVerdictWriter: async (...args: Parameters<typeof real.recordVerdictWriter>) => {
      const run = between.run;
      between.run = null;
      await run?.();
      return real.recordVerdictWriter(...args);
    },
  };
});

import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db-url";
import { holdAtVersion } from "@/lib/optimistic-lock";
import { saveVerdictDraft } from "@/lib/verdicts/mutations";
import { makeClaim, makeUser, step } from "../support/factories";
import type { Actor } from "@/lib/auth/roles";

let rita: Actor;
beforeEach(async () => {
  rita = await makeUser("REVIEWER");
  between.run = null;
});

describe("a change beside a claim, at the claim's version", () => {
  it("is written while the version holds, and refused (STALE), writing nothing, once it moved", async () => {
    const claim = await makeClaim(rita);
    const read = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const touched = new Date(read.updatedAt.getTime() + 60_000);
    await db.$transaction((tx) => holdAtVersion(tx, "claim", read, { updatedAt: touched }));
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.version).toBe(read.version);
    expect(after.updatedAt).toEqual(touched);

    await step(rita, claim.id, "triage");
    await expect(db.$transaction((tx) => holdAtVersion(tx, "claim", read, { updatedAt: new Date(0) }))).rejects.toMatchObject({ code: "STALE" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).updatedAt).not.toEqual(new Date(0));
  });

  // On SQLite the process writes one transaction at a time: nothing can commit in between.
  it.skipIf(databaseKind() !== "postgres")(
    "a verdict draft saved while the claim is submitted elsewhere is refused, and the verdict stays as submitted",
    async () => {
      const claim = await makeClaim(rita);
      await step(rita, claim.id, "triage");
      const first = await saveVerdictDraft({
        actor: rita,
        input: {
          claimId: claim.id,
          version: 0,
          rating: "MOSTLY_TRUE",
          summary: "As it was submitted.",
          rationale: "The first draft, as it was submitted for review.",
        },
      });
      // The submission commits (status and version) after the draft's transaction read the claim.
      between.run = async () => {
        await db.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW", version: { increment: 1 } } });
      };
      await expect(
        saveVerdictDraft({
          actor: rita,
          input: {
            claimId: claim.id,
            version: first.version,
            rating: "FALSE",
            summary: "Changed during the review.",
            rationale: "Saved after the submission had committed.",
          },
        }),
      ).rejects.toMatchObject({ code: "STALE" });
      expect(between.run).toBeNull();
      expect(await db.verdict.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
        rating: "MOSTLY_TRUE",
        summary: "As it was submitted.",
        version: first.version,
      });
    },
  );
});
