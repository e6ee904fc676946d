import { db } from "../db";
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
  const answers = answerIds.length
    ? await db.claim.findMany({
        where: { id: { in: answerIds } },
        select: { id: true, quote: true, slug: true, status: true, verdict: { select: { rating: true } } },
      })
    : [];
  const byId = new Map(answers.map((a) => [a.id, { id: a.id, quote: a.quote, slug: a.slug, status: a.status, rating: a.verdict?.rating ?? null }]));
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
