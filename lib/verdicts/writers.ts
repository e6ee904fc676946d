import type { Tx } from "../db";
import type { VerdictFacts } from "../claims/lifecycle";
import type { Rating } from "../generated/prisma/enums";

/**
 * The writers of a verdict's text under review, for the two-person rule (lib/claims/lifecycle.ts).
 * A writer is anyone who saved the text since it was last published (or created): re-saving someone
 * else's words unchanged does not make them the re-saver's alone, and a send-back keeps the text, so
 * it keeps its writers. Publishing closes the cycle.
 */

/** What a query selects of a verdict so that verdictFacts can be built without another round trip. */
export const verdictFactsSelect = {
  id: true,
  authorId: true,
  lastEditedById: true,
  rating: true,
  writers: { select: { userId: true } },
} as const;

type VerdictForFacts = { authorId: string; lastEditedById: string; rating: Rating; writers: { userId: string }[] };

/**
 * The one place pages and mutations turn a stored verdict into the rules' facts. Author and last editor
 * count too: they are writers by definition, and verdicts saved before VerdictWriter existed have no rows.
 */
export function verdictFacts(verdict: VerdictForFacts | null | undefined): VerdictFacts {
  if (!verdict) return null;
  return { writerIds: [...new Set([verdict.authorId, verdict.lastEditedById, ...verdict.writers.map((w) => w.userId)])], rating: verdict.rating };
}

/** In the transaction that saves the text: this person now wrote part of it. */
export async function recordVerdictWriter(tx: Tx, { verdictId, userId }: { verdictId: string; userId: string }) {
  await tx.verdictWriter.upsert({ where: { verdictId_userId: { verdictId, userId } }, create: { verdictId, userId }, update: {} });
}

/** In the publish transaction: the text is public now; whoever edits it next starts a new cycle. */
export async function closeWritingCycle(tx: Tx, { verdictId }: { verdictId: string }) {
  await tx.verdictWriter.deleteMany({ where: { verdictId } });
}
