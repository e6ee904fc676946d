import type { Tx } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";

/** Written in the transaction of the change it reports, so a refused change notifies no one. */
export async function notify(
  tx: Tx,
  {
    kind,
    claimId,
    actorId,
    userIds,
    commentId,
    note,
  }: { kind: NotificationKind; claimId: string; actorId: string; userIds: string[]; commentId?: string; note?: string | null },
) {
  const recipients = userIds.filter((id) => id !== actorId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({ userId, kind, claimId, actorId, commentId: commentId ?? null, note: note ?? null })),
  });
}
