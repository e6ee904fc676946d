import { MAX_APPROVALS } from "../claims/review";
import { db, type Tx } from "../db";
import { DomainError } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { parseInput } from "../validation";
import { settingsSchema, type SettingsInput } from "./schemas";
import type { Role } from "../generated/prisma/enums";

export type DeskSettings = { approvalsRequired: number };
export const DEFAULT_SETTINGS: DeskSettings = { approvalsRequired: 1 };

/** The desk's settings (one row; the defaults until an admin saves them). */
export async function getDeskSettings(client: Tx | typeof db = db): Promise<DeskSettings> {
  const row = await client.deskSettings.findUnique({ where: { id: 1 }, select: { approvalsRequired: true } });
  return row ?? DEFAULT_SETTINGS;
}

/** Who can approve verdicts: active editors and admins. */
export async function approverCount(client: Tx | typeof db = db) {
  return client.user.count({ where: { disabled: false, role: { in: ["EDITOR", "ADMIN"] } } });
}

/**
 * The most approvals this desk can give a verdict: one editor fewer than it has (the author of a
 * verdict may be one of them and never counts), at least 1, at most MAX_APPROVALS.
 */
export function approvalsRange(approvers: number) {
  return Math.min(MAX_APPROVALS, Math.max(1, approvers - 1));
}

/** What the settings page shows an admin: the settings, how many editors could approve, and so the most approvals that fit. */
export async function readSettingsPage({ actor }: { actor: Actor | null }) {
  assertCan(actor, "settings.manage");
  const [settings, approvers] = await Promise.all([getDeskSettings(), approverCount()]);
  return { settings, approvers, maxApprovals: approvalsRange(approvers) };
}

/**
 * An admin sets how many editors must approve a verdict. More than the desk has editors besides a
 * verdict's author would leave verdicts unapprovable, so it is refused with the number that fits.
 */
export async function updateDeskSettings({ actor, input }: { actor: Actor | null; input: SettingsInput }) {
  assertCan(actor, "settings.manage");
  const data = parseInput(settingsSchema, input);
  return db.$transaction(async (tx) => {
    const approvers = await approverCount(tx);
    const fits = approvalsRange(approvers);
    if (data.approvalsRequired > fits) {
      throw new DomainError("VALIDATION", "The desk does not have that many editors.", {
        approvalsRequired: [
          `The desk has ${approvers} editor${approvers === 1 ? "" : "s"} (admins included); a verdict's author never counts, so at most ${fits}.`,
        ],
      });
    }
    const before = await getDeskSettings(tx);
    const saved = await tx.deskSettings.upsert({
      where: { id: 1 },
      create: { id: 1, approvalsRequired: data.approvalsRequired, updatedById: actor.id },
      update: { approvalsRequired: data.approvalsRequired, updatedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.update",
      entityType: "Settings",
      entityId: "desk",
      before,
      after: { approvalsRequired: saved.approvalsRequired },
    });
    return { approvalsRequired: saved.approvalsRequired };
  });
}

/** The editors who may approve a verdict: not its writers in this cycle, no disabled account. */
export function mayApprove(verdict: { writerIds: string[] }) {
  return { disabled: false, role: { in: ["EDITOR", "ADMIN"] as Role[] }, id: { notIn: verdict.writerIds } };
}

/**
 * Approvals a verdict needs: the desk's number, but never more than the editors who may approve this
 * one (none of its writers in this cycle, no disabled account), so that no verdict waits for approvals
 * nobody can give.
 */
export async function approvalsNeeded(verdict: { writerIds: string[] }, client: Tx | typeof db = db) {
  const [settings, eligible] = await Promise.all([getDeskSettings(client), client.user.count({ where: mayApprove(verdict) })]);
  return Math.min(settings.approvalsRequired, Math.max(1, eligible));
}
