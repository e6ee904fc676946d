import { db } from "../db";
import { claimSummaries } from "../claims/summaries";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";

/** Open readers' questions, most asked first, with the verdict that answers one when there is one. */
export async function listOpenTips({ actor, take = 50 }: { actor: Actor | null; take?: number }) {
  assertCan(actor, "desk.read");
  const groups = await db.tipGroup.findMany({
    where: { status: "OPEN" },
    orderBy: [{ count: "desc" }, { createdAt: "asc" }],
    take,
    include: { tips: { where: { url: { not: null } }, select: { url: true }, take: 3, orderBy: { createdAt: "asc" } } },
  });
  const answerIds = groups.flatMap((g) => (g.answeredById ? [g.answeredById] : []));
  const byId = new Map((await claimSummaries(answerIds)).map((a) => [a.id, a]));
  return groups.map((g) => ({
    id: g.id,
    version: g.version,
    question: g.question,
    count: g.count,
    createdAt: g.createdAt,
    urls: [...new Set(g.tips.map((t) => t.url!))],
    answeredBy: (g.answeredById && byId.get(g.answeredById)) || null,
  }));
}
