import { db } from "../db";
import { notFound } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { parseInput } from "../validation";
import { markReadSchema, type MarkReadInput } from "./schemas";

/** Mark one of my notifications read. Someone else's is "not found": an inbox is private. */
export async function markNotificationRead({ actor, input }: { actor: Actor | null; input: MarkReadInput }) {
  assertCan(actor, "notification.read");
  const data = parseInput(markReadSchema, input);
  const { count } = await db.notification.updateMany({ where: { id: data.notificationId, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && !(await db.notification.findFirst({ where: { id: data.notificationId, userId: actor.id }, select: { id: true } }))) {
    throw notFound("notification");
  }
  return { read: count };
}

export async function markAllNotificationsRead({ actor }: { actor: Actor | null }) {
  assertCan(actor, "notification.read");
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { read: count };
}
