// `tsx bench/load.ts <claims> [<live people>]`: seed the demo accounts, then load the corpus, and add
// <live people> fact-checkers (bench-live-<i>@factdesk.test, the demo password) for the live-streams
// scenarios; prints JSON.
import { hashPassword } from "../lib/auth/password";
import { db } from "../lib/db";
import { DEMO_PASSWORD } from "../prisma/seed-data/demo";
import { hasData, seedDemo } from "../prisma/seed-data/seed-demo";
import { loadCorpus } from "./corpus";

const claims = Number(process.argv[2] ?? 100_000);
const livePeople = Number(process.argv[3] ?? 0);
if (!(await hasData())) await seedDemo();
const result = await loadCorpus({ claims });
const passwordHash = livePeople > 0 ? await hashPassword(DEMO_PASSWORD) : "";
const liveEmails = Array.from({ length: livePeople }, (_, i) => `bench-live-${i}@factdesk.test`);
for (const [i, email] of liveEmails.entries()) {
  await db.user.upsert({ where: { email }, update: {}, create: { email, name: `Bench Live ${i}`, role: "REVIEWER", passwordHash } });
}
// Claims and articles for the desk page scenarios, spread over the whole corpus (every 97th and 41st row).
const everyNth = <T>(xs: T[], n: number) => xs.filter((_, i) => i % n === 0);
const [published, fresh, claims_, articles] = await Promise.all([
  db.claim.findMany({ where: { status: "PUBLISHED", slug: { not: null } }, select: { slug: true }, take: 2000 }),
  db.claim.findMany({ where: { status: "NEW", version: 1 }, select: { id: true }, take: 20_000 }),
  db.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
]);
// Spans a person can claim (an article's first sentence, quoted exactly), for the scenario in which
// claims are created while claim pages are read.
const spanArticles = await db.article.findMany({
  where: {
    id: {
      in: everyNth(articles, 41)
        .slice(0, 200)
        .map((a) => a.id),
    },
  },
  select: { id: true, text: true },
});
const spans = spanArticles.flatMap((a) => {
  const sentence = /^[^\n.]{20,300}\./.exec(a.text)?.[0];
  return sentence ? [{ articleId: a.id, quote: sentence, start: 0, end: sentence.length }] : [];
});
console.log(
  JSON.stringify({
    spans,
    ...result,
    liveEmails,
    slugs: published.map((p) => p.slug),
    newClaims: fresh.map((c) => c.id),
    claimIds: everyNth(claims_, 97).map((c) => c.id),
    // As many others, none of them among claimIds: claim pages never viewed before.
    unseenClaimIds: everyNth(claims_.slice(48), 97).map((c) => c.id),
    articleIds: everyNth(articles, 41).map((a) => a.id),
  }),
);
await db.$disconnect();
