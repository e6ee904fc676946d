import { compareWork, deskToday, OPEN_WORK, pageAcrossGroups, pageOfWork, PRIORITIES } from "./assignment";
import { handleOf } from "../notifications/rules";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ClaimStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/roles";
import { MY_WORK_PAGE_SIZE, PAGE_SIZE, type QueueQuery } from "./schemas";
import { STATUS_ORDER } from "./lifecycle";
import { isStorable } from "../validation";
import { assertCan } from "../auth/permissions";
import { lastClaimSeq } from "../live/sequence";
import { isRecheckDue } from "../verdicts/days";
import { statusTally } from "./tally";

/** The desk's today (FACTDESK_TIME_ZONE) as a calendar day (UTC midnight), the way due and re-check days are stored. */
export const today = (now = new Date()) => deskToday(now);

/**
 * Published claims whose re-check day has come, read from the verdicts' side: the re-check index finds
 * the few due ones, then their claims by key. (A relation filter makes Prisma test every published
 * claim: 35 ms at 100,000 claims, on every queue page; this is under a millisecond.)
 */
async function recheckDueClaimIds(now = new Date()) {
  const due = await db.verdict.findMany({
    where: { recheckOn: { lte: today(now) } },
    select: { claimId: true, recheckOn: true, claim: { select: { status: true } } },
  });
  return due.filter((v) => isRecheckDue({ status: v.claim.status, recheckOn: v.recheckOn }, now)).map((v) => v.claimId);
}

export async function countRecheckDue({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, "desk.read");
  return (await recheckDueClaimIds(now)).length;
}

function queueWhere(query: QueueQuery, actor: Actor, recheckDueIds: string[] = []): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = {};
  if (query.status) where.status = query.status;
  if (query.article) where.articleId = query.article;
  if (query.rating) where.verdict = { is: { rating: query.rating } };
  if (query.recheck === "due") {
    where.status = "PUBLISHED";
    where.id = { in: recheckDueIds };
  }
  // Overdue: still open work whose due day has passed (a published or dismissed claim is done).
  if (query.due === "overdue") where.AND = [{ dueDate: { lt: today() } }, { status: { in: OPEN_WORK } }];
  if (query.assignee === "me") where.assigneeId = actor.id;
  else if (query.assignee === "none") where.assigneeId = null;
  else if (query.assignee) where.assigneeId = query.assignee;
  return where;
}

const ORDER: Record<QueueQuery["sort"], Prisma.ClaimOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  created: [{ createdAt: "desc" }, { id: "asc" }],
  status: [{ status: "asc" }, { updatedAt: "desc" }, { id: "asc" }],
  // Longest in review first: the order an editor works through "Waiting for review".
  waiting: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  // Soonest due first; claims without a due date last.
  due: [{ dueDate: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }, { id: "asc" }],
  // Most urgent first (one query per priority, see queuePage), then soonest due.
  priority: [{ dueDate: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }, { id: "asc" }],
};

const QUEUE_ROW = {
  id: true,
  quote: true,
  claimant: true,
  status: true,
  updatedAt: true,
  submittedAt: true,
  dueDate: true,
  priority: true,
  isDemo: true,
  article: { select: { id: true, title: true, outlet: true } },
  assignee: { select: { id: true, name: true } },
  verdict: { select: { rating: true, recheckOn: true } },
} satisfies Prisma.ClaimSelect;

/** One page of the queue's rows. By priority, each priority is a slice of its own (pageAcrossGroups). */
async function queuePage(where: Prisma.ClaimWhereInput, query: QueueQuery) {
  const skip = (query.page - 1) * PAGE_SIZE;
  if (query.sort !== "priority") return db.claim.findMany({ where, orderBy: ORDER[query.sort], skip, take: PAGE_SIZE, select: QUEUE_ROW });
  const groups = await db.claim.groupBy({ by: ["priority"], where, _count: { _all: true } });
  const sizes = PRIORITIES.map((p) => groups.find((g) => g.priority === p)?._count._all ?? 0);
  const slices = pageAcrossGroups(sizes, skip, PAGE_SIZE);
  const parts = await Promise.all(
    slices.map((s) =>
      db.claim.findMany({ where: { AND: [where, { priority: PRIORITIES[s.group] }] }, orderBy: ORDER.priority, skip: s.skip, take: s.take, select: QUEUE_ROW }),
    ),
  );
  return parts.flat();
}

/** The desk queue: filtered, sorted and paginated in the database, with counts per status for the tabs. */
export async function listQueue({ query, actor }: { query: QueueQuery; actor: Actor | null }) {
  assertCan(actor, "desk.read");
  const where = queueWhere(query, actor, query.recheck === "due" ? await recheckDueClaimIds() : []);
  const { status: _status, ...withoutStatus } = where;
  void _status;
  // With no filter but the status, the tabs' counts are the ones the database keeps (lib/claims/tally.ts).
  const unfiltered = Object.keys(withoutStatus).length === 0;
  const [items, grouped] = await Promise.all([
    queuePage(where, query),
    unfiltered
      ? statusTally()
      : db.claim
          .groupBy({ by: ["status"], where: withoutStatus, _count: { _all: true } })
          .then((gs) => gs.map((g) => ({ status: g.status, count: g._count._all }))),
  ]);
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const g of grouped) counts[g.status] = g.count;
  // The tabs' counts share every filter but the status: the total is one of them, or their sum.
  const total = query.status ? counts[query.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { items, total, counts, page: query.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The events of its history a claim page shows, newest first (the audit export has them all). */
export const HISTORY_SHOWN = 200;

/** Whether a claim with this id is on the desk: one look-up by key, made by a page before it streams, so
 *  that an address of no claim is answered 404 (app/(desk)/desk/desk-loading.tsx says why). */
export async function claimExists({ actor, id }: { actor: Actor | null; id: string }): Promise<boolean> {
  assertCan(actor, "desk.read");
  if (!isStorable(id)) return false;
  return (await db.claim.findUnique({ where: { id }, select: { id: true } })) !== null;
}

/**
 * Everything the claim workspace shows, in one round of queries. The people it names (assignee, author,
 * editors, commenters, reviewers, the history's actors) are read once by id, not by a relation query
 * each: a claim page made nine such queries, most of them for no one (`IN (NULL)`).
 */
export async function getClaimWorkspace({ actor, id }: { actor: Actor | null; id: string }) {
  assertCan(actor, "desk.read");
  if (!isStorable(id)) return null;
  // The number of the claim's last change, read before the rest: the page shows at least that change,
  // and its live stream hears of every later one (lib/live/sequence.ts).
  const liveAfter = await lastClaimSeq(id);
  const claim = await db.claim.findUnique({
    where: { id },
    include: {
      // Not the article's text: the claim keeps its own context (prefix and suffix), and an article can be 1 MB.
      article: { select: { id: true, title: true, outlet: true } },
      sources: { orderBy: { createdAt: "asc" } },
      evidence: { orderBy: { createdAt: "asc" }, include: { source: { select: { id: true, title: true } } } },
      verdict: { include: { writers: { select: { userId: true } } } },
      comments: { orderBy: { createdAt: "asc" } },
      reviews: { orderBy: { createdAt: "asc" } },
      // The newest HISTORY_SHOWN events, and how many there are: an event keeps both texts of a verdict
      // save, and a claim saved a few thousand times made the page read tens of megabytes.
      auditEvents: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: HISTORY_SHOWN },
      _count: { select: { auditEvents: true } },
      coveredBy: { select: { id: true, slug: true, quote: true } },
      trackedClaim: {
        select: {
          id: true,
          claims: {
            orderBy: { createdAt: "asc" },
            select: { id: true, quote: true, status: true, slug: true, claimant: true, article: { select: { title: true, outlet: true } } },
          },
        },
      },
    },
  });
  if (!claim) return null;
  const { verdict, evidence, comments, reviews, auditEvents } = claim;
  const ids = [
    claim.assigneeId,
    claim.createdById,
    verdict?.authorId,
    verdict?.lastEditedById,
    verdict?.approvedById,
    ...evidence.map((e) => e.createdById),
    ...comments.map((c) => c.authorId),
    ...reviews.map((r) => r.reviewerId),
    ...auditEvents.map((e) => e.actorId),
  ].filter((userId): userId is string => typeof userId === "string");
  const named = new Map((await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })).map((u) => [u.id, u]));
  // Every one of these ids is a foreign key to a user: accounts are disabled, not deleted (a demo account
  // is deleted only once nothing refers to it, lib/demo/remove.ts).
  const person = (userId: string) => named.get(userId) ?? { id: userId, name: "Unknown" };
  const maybe = (userId: string | null | undefined) => (userId ? person(userId) : null);
  return {
    ...claim,
    assignee: maybe(claim.assigneeId),
    createdBy: person(claim.createdById),
    evidence: evidence.map((e) => ({ ...e, createdBy: { name: person(e.createdById).name } })),
    verdict: verdict && {
      ...verdict,
      author: person(verdict.authorId),
      lastEditedBy: person(verdict.lastEditedById),
      approvedBy: maybe(verdict.approvedById),
    },
    comments: comments.map((c) => ({ ...c, author: person(c.authorId) })),
    reviews: reviews.map((r) => ({ ...r, reviewer: person(r.reviewerId) })),
    auditEvents: auditEvents.map((e) => ({ ...e, actor: e.actorId && named.has(e.actorId) ? { name: named.get(e.actorId)!.name } : null })),
    liveAfter,
  };
}
export type ClaimWorkspace = NonNullable<Awaited<ReturnType<typeof getClaimWorkspace>>>;

/** Active desk members with their @handle (for assignment and mentions); e-mail addresses stay here. */
export async function listDeskMembers({ actor }: { actor: Actor | null }) {
  assertCan(actor, "desk.read");
  const users = await db.user.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true, email: true } });
  return users.map(({ email, ...user }) => ({ ...user, handle: handleOf(email) }));
}

export const MY_WORK_LIMIT = 500;

/**
 * "My work": one page of the claims assigned to this person that still ask something of them, overdue
 * first, with how many there are and how many are overdue (of the first MY_WORK_LIMIT: a person's open
 * assignments are few; past the limit the page says so).
 */
export async function listMyWork({
  actor,
  page = 1,
  pageSize = MY_WORK_PAGE_SIZE,
  now = new Date(),
}: {
  actor: Actor | null;
  page?: number;
  pageSize?: number;
  now?: Date;
}) {
  assertCan(actor, "desk.read");
  const mine = { assigneeId: actor.id, status: { in: OPEN_WORK } };
  const order = { id: true, dueDate: true, priority: true, updatedAt: true } satisfies Prisma.ClaimSelect;
  // The earliest due first from the database, in two reads the (assigneeId, dueDate, updatedAt) index
  // answers in order, of the few columns the order needs: the dated claims, then the undated ones if
  // there is room ("nulls last" in one read made SQLite sort every open claim of the person: 105 ms
  // for 27,000). The full order (priority within a day) is the rule in lib/claims/assignment.ts.
  const dated = await db.claim.findMany({
    where: { ...mine, dueDate: { not: null } },
    select: order,
    orderBy: [{ dueDate: "asc" }, { updatedAt: "asc" }, { id: "asc" }],
    take: MY_WORK_LIMIT,
  });
  const undated =
    dated.length < MY_WORK_LIMIT
      ? await db.claim.findMany({
          where: { ...mine, dueDate: null },
          select: order,
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
          take: MY_WORK_LIMIT - dated.length,
        })
      : [];
  const work = pageOfWork([...dated, ...undated].sort(compareWork), page, pageSize, now);
  // Then what the page shows, for its claims only.
  const rows = await db.claim.findMany({
    where: { id: { in: work.items.map((c) => c.id) } },
    select: { ...order, quote: true, claimant: true, status: true, isDemo: true, article: { select: { id: true, title: true, outlet: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { ...work, items: work.items.flatMap((c) => byId.get(c.id) ?? []) };
}
