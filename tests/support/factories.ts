import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { createClaim, transitionClaim } from "@/lib/claims/mutations";
import type { ClaimAction } from "@/lib/claims/lifecycle";
import { saveVerdictDraft } from "@/lib/verdicts/mutations";
import { addEvidence, addSource } from "@/lib/sources/mutations";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";

export const ARTICLE_TEXT =
  "The mayor said the city built 1,200 new homes in 2023. Critics argue that most of them are luxury flats. Unemployment fell to 4.1% last year, according to the statistics office.";

let passwordHash: string | undefined;

export async function makeUser(role: Role, name?: string): Promise<Actor> {
  passwordHash ??= await hashPassword("correct-horse-42");
  const tag = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: { email: `${role.toLowerCase()}-${tag}@example.test`, name: name ?? `${role} ${tag}`, role, passwordHash },
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

export async function makeArticle(text = ARTICLE_TEXT) {
  return db.article.create({ data: { title: "Test article", outlet: "Test Gazette", text, publishedAt: new Date("2024-06-20T00:00:00Z") } });
}

export async function makeClaim(actor: Actor, quote = "the city built 1,200 new homes in 2023", claimant = "The mayor") {
  const article = await makeArticle();
  const start = article.text.indexOf(quote);
  return createClaim({ actor, input: { articleId: article.id, quote, start, end: start + quote.length, claimant, claimantType: "PERSON" } });
}

export async function step(actor: Actor, claimId: string, action: ClaimAction, note?: string) {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  return transitionClaim({ actor, input: { claimId, version: claim.version, action, note } });
}

/** A piece of evidence (from the claim's first source, or a new one) as a submission needs, unless there is one. */
export async function research(actor: Actor, claimId: string) {
  if ((await db.evidence.count({ where: { claimId } })) > 0) return;
  const source =
    (await db.source.findFirst({ where: { claimId }, orderBy: { createdAt: "asc" } })) ??
    (await addSource({ actor, input: { claimId, url: "https://stats.example.org/housing-2023", title: "Housing completions 2023" } }));
  await addEvidence({ actor, input: { claimId, sourceId: source.id, stance: "SUPPORTS", excerpt: "1,180 homes were completed in 2023." } });
}

/** A verdict drafted by `actor`, on a claim with the source and evidence a submission needs. */
export async function draftVerdict(actor: Actor, claimId: string) {
  await research(actor, claimId);
  const existing = await db.verdict.findUnique({ where: { claimId } });
  return saveVerdictDraft({
    actor,
    input: {
      claimId,
      version: existing?.version ?? 0,
      rating: "MOSTLY_TRUE",
      summary: "The city reports 1,180 completions in 2023.",
      rationale: "The housing department's annual report lists 1,180 completed homes for 2023, close to the figure claimed.",
    },
  });
}

/** A claim in review, drafted by `author`: the usual starting point for approval tests. */
export async function claimInReview(author: Actor) {
  const claim = await makeClaim(author);
  await step(author, claim.id, "triage");
  await draftVerdict(author, claim.id);
  return step(author, claim.id, "submit");
}

export async function auditActions(claimId: string) {
  const events = await db.auditEvent.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });
  return events.map((e) => e.action);
}

export async function rowCounts() {
  const [claims, sources, evidence, verdicts, comments, audit] = await Promise.all([
    db.claim.count(),
    db.source.count(),
    db.evidence.count(),
    db.verdict.count(),
    db.comment.count(),
    db.auditEvent.count(),
  ]);
  return { claims, sources, evidence, verdicts, comments, audit };
}

/**
 * A long article: the demo article over and over, its numbers changed each time (so no two paragraphs
 * are alike), at most `chars` characters and less than one article short of it.
 */
export function longArticle(chars: number) {
  let text = "";
  let n = 0;
  while (text.length + DEMO_ARTICLE_TEXT.length + 2 < chars) text += DEMO_ARTICLE_TEXT.replace(/\b\d+\b/g, (m) => String(Number(m) + n++)) + "\n\n";
  return text;
}
