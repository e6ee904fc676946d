// Generates and loads the benchmark corpus in batches, one transaction each, through lib/bulk/insert.ts.
import { db } from "../lib/db";
import { claimantKey } from "../lib/claimants/names";
import type { Prisma } from "../lib/generated/prisma/client";
import type { ClaimStatus } from "../lib/generated/prisma/enums";
import { anchorSpan } from "../lib/articles/anchor";
import { claimSlug } from "../lib/claims/slug";
import { RATING_VALUES } from "../lib/verdicts/ratings";
import { vacuumAfterLoad, insertRows, newRowId } from "../lib/bulk/insert";
import { databaseKind } from "../lib/db-url";

export const VOCABULARY = (
  "government minister budget deficit inflation unemployment election parliament coalition sanctions treaty defence " +
  "ministry hospital school teachers police crime housing homes rent energy prices gas electricity climate emissions " +
  "vaccine health doctors nurses waiting lists tax income pension migrants border trade exports imports tariffs " +
  "growth recession bank interest rates currency debt spending infrastructure railway roads airport farmers wages " +
  "strike union court judge constitution referendum mayor council city region army weapons ammunition ceasefire " +
  "summit alliance countries agreement protest students university research science water drought floods wildfire"
).split(" ");
const NAMES = ["Alex", "Maria", "Jonas", "Sofia", "Omar", "Lena", "Piotr", "Amira", "Kenji", "Nadia", "Tomas", "Ines", "Ravi", "Elena", "Yusuf"];
const SURNAMES = ["Novak", "Garcia", "Schmidt", "Rossi", "Kowalski", "Haddad", "Tanaka", "Petrov", "Silva", "Dubois", "Okafor", "Larsen"];
const ORGS = [
  "Ministry of Finance",
  "National Statistics Office",
  "Opposition Party",
  "Central Bank",
  "City Council",
  "Trade Union Federation",
  "Chamber of Commerce",
];

// mulberry32: a seeded generator in 32-bit integer arithmetic. (The LCG before it multiplied past 2^53 in
// floating point and cycled: 100,000 claims held only 453 distinct quotes, each repeated ~220 times, so
// every claim page matched 50 exact repeats and search ranked duplicates.)
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const int = (max: number) => Math.floor(rand() * max);

function sentence(): string {
  const words = Array.from({ length: 8 + int(10) }, () => pick(VOCABULARY));
  words.splice(2 + int(4), 0, String(1 + int(2000)), pick(["percent", "million", "people", "in 2023", "since 2019"]));
  const s = words.join(" ");
  return s[0].toUpperCase() + s.slice(1) + ".";
}

type Plan = { claims: number; perArticle: number; batch: number };
const STATUS_SHARE: [string, number][] = [
  ["PUBLISHED", 0.35],
  ["NEW", 0.2],
  ["RESEARCHING", 0.2],
  ["IN_REVIEW", 0.1],
  ["APPROVED", 0.05],
  ["DISMISSED", 0.1],
];
function status(): ClaimStatus {
  let r = rand();
  for (const [s, share] of STATUS_SHARE) if ((r -= share) < 0) return s as ClaimStatus;
  return "NEW";
}

/** Load `claims` claims over articles, claimants, sources and verdicts; returns rows written and seconds taken. */
export async function loadCorpus({ claims, perArticle = 25, batch = 2000 }: Partial<Plan> & { claims: number }) {
  const users = await db.user.findMany({ select: { id: true, role: true, email: true }, orderBy: { email: "asc" } });
  const reviewer = users.find((u) => u.role === "REVIEWER")!;
  const author = reviewer.id;
  const editor = users.find((u) => u.role === "EDITOR")!.id;
  const claimants = Array.from({ length: Math.max(50, Math.floor(claims / 50)) }, (_, i) => {
    const organisation = i % 5 === 0;
    const name = organisation ? `${pick(ORGS)} ${i}` : `${pick(NAMES)} ${pick(SURNAMES)} ${i}`;
    return { id: newRowId(), name, key: claimantKey(name), type: organisation ? ("ORGANIZATION" as const) : ("PERSON" as const) };
  });
  // Claimants are rows of their own (lib/claimants): the corpus files each claim under one, as the desk does.
  await db.$transaction((tx) => insertRows(tx, "Claimant", claimants));
  const started = Date.now();
  const LOADERS = databaseKind() === "postgres" ? 2 : 1;
  const inflight: Promise<unknown>[] = [];
  // A batch waits for the other's writes and for the next one's making on this thread: more than the
  // client's default 5 s on a slow machine. A failed batch stops the load once the other has settled
  // (no transaction is left running behind the error).
  const BATCH_LIMITS = { timeout: 120_000, maxWait: 30_000 };
  const stop = async (error: unknown): Promise<never> => {
    await Promise.allSettled(inflight);
    throw error;
  };
  let written = 0;
  let made = 0;
  const articleCount = Math.ceil(claims / perArticle);
  for (let first = 0; first < articleCount; first += Math.ceil(batch / perArticle)) {
    const last = Math.min(articleCount, first + Math.ceil(batch / perArticle));
    const articles: Prisma.ArticleCreateManyInput[] = [];
    const claimRows: Prisma.ClaimCreateManyInput[] = [];
    const verdicts: Prisma.VerdictCreateManyInput[] = [];
    const versions: Prisma.VerdictVersionCreateManyInput[] = [];
    const sources: Prisma.SourceCreateManyInput[] = [];
    const notifications: Prisma.NotificationCreateManyInput[] = [];
    for (let a = first; a < last; a++) {
      const sentences = Array.from({ length: perArticle }, sentence);
      const text = sentences.join(" ");
      const articleId = newRowId();
      const publishedAt = new Date(Date.UTC(2024, int(12), 1 + int(28)));
      articles.push({
        id: articleId,
        title: `${pick(VOCABULARY)} ${pick(VOCABULARY)} report ${a}`,
        outlet: `Outlet ${a % 200}`,
        url: `https://news.example/${a}`,
        publishedAt,
        text,
        createdById: editor,
      });
      let offset = 0;
      for (const s of sentences) {
        if (made >= claims) break;
        made++;
        const anchor = anchorSpan(text, offset, offset + s.length)!;
        offset += s.length + 1;
        const id = newRowId();
        const st = status();
        const verdictStatus = ["PUBLISHED", "IN_REVIEW", "APPROVED"].includes(st);
        const at = new Date(publishedAt.getTime() + int(30) * 86_400_000);
        const who = pick(claimants);
        const assigned = rand() < 0.5;
        claimRows.push({
          id,
          articleId,
          ...anchor,
          claimant: who.name,
          claimantType: who.type,
          claimantId: who.id,
          claimDate: publishedAt,
          status: st,
          createdById: author,
          // The corpus repeats a small vocabulary: a counter keeps slugs unique where words and id tails collide.
          slug: st === "PUBLISHED" ? `${claimSlug(anchor.quote, id)}-${made.toString(36)}` : null,
          publishedAt: st === "PUBLISHED" ? at : null,
          publicUpdatedAt: st === "PUBLISHED" ? at : null,
          assigneeId: assigned ? author : null,
          updatedAt: at,
        });
        // Each assignment told the reviewer so; all but the last few hundred were read.
        if (assigned)
          notifications.push({ userId: author, kind: "ASSIGNED", claimId: id, actorId: editor, createdAt: at, readAt: made < claims - 600 ? at : null });
        if (st !== "NEW")
          sources.push({
            id: newRowId(),
            claimId: id,
            url: `https://source.example/${id}`,
            title: `${pick(VOCABULARY)} figures ${a}`,
            publisher: pick(ORGS),
            accessedAt: at,
            createdById: author,
          });
        if (verdictStatus) {
          const verdictId = newRowId();
          const rating = pick(RATING_VALUES);
          verdicts.push({
            id: verdictId,
            claimId: id,
            rating,
            summary: `The ${pick(VOCABULARY)} figure is ${pick(["accurate", "overstated", "out of date"])}.`,
            rationale: sentence() + " " + sentence(),
            authorId: author,
            lastEditedById: author,
            approvedById: st === "IN_REVIEW" ? null : editor,
          });
          if (st === "PUBLISHED") versions.push({ verdictId, number: 1, rating, summary: "v1", rationale: "v1", publishedAt: at, publishedById: editor });
        }
      }
    }
    // PostgreSQL writes on its own processes: the next batch is made (and, with a second connection,
    // written) while one is being written. SQLite has one writer, in this process: one at a time.
    if (inflight.length >= LOADERS) await inflight.shift()!.catch((error: unknown) => stop(error));
    const writing = db.$transaction(async (tx) => {
      await insertRows(tx, "Article", articles);
      await insertRows(tx, "Claim", claimRows);
      await insertRows(tx, "Source", sources);
      await insertRows(tx, "Verdict", verdicts);
      await insertRows(tx, "VerdictVersion", versions);
      await insertRows(tx, "Notification", notifications);
    }, BATCH_LIMITS);
    // A batch that fails is reported when it is awaited, not as an unhandled rejection meanwhile.
    writing.catch(() => {});
    inflight.push(writing);
    written += claimRows.length;
    if (written >= claims) break;
  }
  for (const writing of inflight) await writing.catch((error: unknown) => stop(error));
  await vacuumAfterLoad(db, ["Claimant", "Article", "Claim", "Source", "Verdict", "VerdictVersion", "Notification"]);
  return { claims: written, seconds: (Date.now() - started) / 1000, reviewerEmail: reviewer.email };
}
