import type { Tx } from "../db";

/** Snapshot the verdict as the public now sees it, as the next numbered version of its public record. */
export async function recordPublishedVersion(
  tx: Tx,
  { verdictId, actorId, publishedAt, correctionNote }: { verdictId: string; actorId: string; publishedAt: Date; correctionNote: string | null },
) {
  const verdict = await tx.verdict.findUniqueOrThrow({ where: { id: verdictId } });
  const last = await tx.verdictVersion.findFirst({ where: { verdictId }, orderBy: { number: "desc" }, select: { number: true } });
  return tx.verdictVersion.create({
    data: {
      verdictId,
      number: (last?.number ?? 0) + 1,
      rating: verdict.rating,
      summary: verdict.summary,
      rationale: verdict.rationale,
      correctionNote,
      publishedAt,
      publishedById: actorId,
    },
  });
}
