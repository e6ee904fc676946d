import { db } from "../db";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { csvRows } from "../csv";
import { absoluteUrl } from "../site";
import { verdictPath } from "../publishing/claim-review";

/** Claims and verdicts as CSV for editors' own analysis, read in batches so a large desk streams. */
export const EXPORT_KINDS = ["claims", "verdicts"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const CLAIM_COLUMNS = [
  "id",
  "status",
  "quote",
  "claimant",
  "claimantType",
  "claimDate",
  "article",
  "outlet",
  "articleUrl",
  "assignee",
  "priority",
  "dueDate",
  "rating",
  "createdAt",
  "updatedAt",
  "publishedAt",
  "publicUrl",
] as const;

export const VERDICT_COLUMNS = [
  "claimId",
  "status",
  "quote",
  "claimant",
  "rating",
  "summary",
  "author",
  "approvedBy",
  "approvedAt",
  "publishedAt",
  "corrections",
  "publicUrl",
] as const;

const BATCH = 2_000;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : "");
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
const publicUrl = (c: { status: string; slug: string | null }) => (c.status === "PUBLISHED" && c.slug ? absoluteUrl(verdictPath(c.slug)) : "");

async function claimBatch(after: string | undefined) {
  const claims = await db.claim.findMany({
    orderBy: { id: "asc" },
    take: BATCH,
    ...(after && { cursor: { id: after }, skip: 1 }),
    include: { article: { select: { title: true, outlet: true, url: true } }, assignee: { select: { name: true } }, verdict: { select: { rating: true } } },
  });
  const rows = claims.map((c) => ({
    id: c.id,
    status: c.status,
    quote: c.quote,
    claimant: c.claimant,
    claimantType: c.claimantType,
    claimDate: day(c.claimDate),
    article: c.article.title,
    outlet: c.article.outlet,
    articleUrl: c.article.url ?? "",
    assignee: c.assignee?.name ?? "",
    priority: c.priority,
    dueDate: day(c.dueDate),
    rating: c.verdict?.rating ?? "",
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    publishedAt: iso(c.publishedAt),
    publicUrl: publicUrl(c),
  }));
  return { csv: (header: boolean) => csvRows(CLAIM_COLUMNS, rows, header), last: claims.at(-1)?.id, full: claims.length === BATCH };
}

async function verdictBatch(after: string | undefined) {
  const verdicts = await db.verdict.findMany({
    orderBy: { id: "asc" },
    take: BATCH,
    ...(after && { cursor: { id: after }, skip: 1 }),
    include: {
      claim: { select: { status: true, quote: true, claimant: true, slug: true, publishedAt: true } },
      author: { select: { name: true } },
      approvedBy: { select: { name: true } },
      _count: { select: { versions: { where: { number: { gt: 1 } } } } },
    },
  });
  const rows = verdicts.map((v) => ({
    claimId: v.claimId,
    status: v.claim.status,
    quote: v.claim.quote,
    claimant: v.claim.claimant,
    rating: v.rating,
    summary: v.summary,
    author: v.author.name,
    approvedBy: v.approvedBy?.name ?? "",
    approvedAt: iso(v.approvedAt),
    publishedAt: iso(v.claim.publishedAt),
    corrections: String(v._count.versions),
    publicUrl: publicUrl(v.claim),
  }));
  return { csv: (header: boolean) => csvRows(VERDICT_COLUMNS, rows, header), last: verdicts.at(-1)?.id, full: verdicts.length === BATCH };
}

/** The export as a stream of CSV text: the permission is checked before the first byte. */
export function exportCsv({ actor, kind }: { actor: Actor | null; kind: ExportKind }): ReadableStream<Uint8Array> {
  assertCan(actor, "desk.export");
  const next = kind === "claims" ? claimBatch : verdictBatch;
  const encoder = new TextEncoder();
  let after: string | undefined;
  let first = true;
  let done = false;
  return new ReadableStream(
    {
      async pull(controller) {
        if (done) return controller.close();
        const batch = await next(after);
        controller.enqueue(encoder.encode(batch.csv(first)));
        first = false;
        after = batch.last;
        done = !batch.full;
        if (done) controller.close();
      },
    },
    // Nothing is read before someone reads: Next answers a HEAD by running this GET without reading its
    // body, and a stream with room for one chunk would have read the first batch at once.
    { highWaterMark: 0 },
  );
}
