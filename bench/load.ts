// `tsx bench/load.ts <claims>`: seed the demo accounts, then load the corpus; prints JSON.
import { db } from "../lib/db";
import { hasData, seedDemo } from "../prisma/seed-data/seed-demo";
import { loadCorpus } from "./corpus";

const claims = Number(process.argv[2] ?? 100_000);
if (!(await hasData())) await seedDemo();
const result = await loadCorpus({ claims });
const [published, fresh] = await Promise.all([
  db.claim.findMany({ where: { status: "PUBLISHED", slug: { not: null } }, select: { slug: true }, take: 2000 }),
  db.claim.findMany({ where: { status: "NEW", version: 1 }, select: { id: true }, take: 20_000 }),
]);
console.log(JSON.stringify({ ...result, slugs: published.map((p) => p.slug), newClaims: fresh.map((c) => c.id) }));
await db.$disconnect();
