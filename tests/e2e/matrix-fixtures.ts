// Fresh rows for each cell of the authorization matrix, made through the domain layer.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import type { Actor } from "../../lib/auth/roles";
import { createClaim, transitionClaim } from "../../lib/claims/mutations";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { addEvidence, addSource } from "../../lib/sources/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { linkClaims } from "../../lib/tracking/mutations";
import { createUser } from "../../lib/auth/users";
import { addClaimantAlias } from "../../lib/claimants/mutations";
import { actorByEmail, addResearch } from "./factories";
import { USERS } from "./helpers";

export type Cast = { rita: Actor; ravi: Actor; editor: Actor; admin: Actor };
export async function cast(): Promise<Cast> {
  const [rita, ravi, editor, admin] = await Promise.all([USERS.rita, USERS.ravi, USERS.editor, USERS.admin].map(actorByEmail));
  return { rita, ravi, editor, admin };
}

type Status = "NEW" | "DISMISSED" | "RESEARCHING" | "IN_REVIEW" | "APPROVED" | "PUBLISHED" | "UNPUBLISHED";
const PATH: Record<Status, Status[]> = {
  NEW: [],
  DISMISSED: ["DISMISSED"],
  RESEARCHING: ["RESEARCHING"],
  IN_REVIEW: ["RESEARCHING", "IN_REVIEW"],
  APPROVED: ["RESEARCHING", "IN_REVIEW", "APPROVED"],
  PUBLISHED: ["RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED"],
  UNPUBLISHED: ["RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED"],
};

export async function demoArticle() {
  return db.article.findFirstOrThrow({ where: { isDemo: true } });
}

/** A claim on the demo article, written by Rita, taken to `status` (editor approves and publishes). */
export async function claimAt(c: Cast, status: Status) {
  const article = await demoArticle();
  const quote = "Michael Carpenter";
  const start = article.text.indexOf(quote);
  let claim = await createClaim({
    actor: c.rita,
    input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "Matrix claimant", claimantType: "PERSON" },
  });
  const step = async (actor: Actor, action: Parameters<typeof transitionClaim>[0]["input"]["action"], note?: string) => {
    claim = await transitionClaim({ actor, input: { claimId: claim.id, version: claim.version, action, note } });
  };
  for (const next of PATH[status]) {
    if (next === "DISMISSED") await step(c.rita, "dismiss", "Matrix fixture");
    if (next === "RESEARCHING") await step(c.rita, "triage");
    if (next === "IN_REVIEW") {
      await addResearch(c.rita, claim.id);
      await saveVerdictDraft({
        actor: c.rita,
        input: { claimId: claim.id, version: 0, rating: "TRUE", summary: "Matrix fixture summary.", rationale: "Matrix fixture rationale, long enough." },
      });
      await step(c.rita, "submit");
    }
    if (next === "APPROVED") await step(c.editor, "approve");
    if (next === "PUBLISHED") await step(c.editor, "publish");
    if (next === "UNPUBLISHED") await step(c.editor, "unpublish", "Matrix fixture");
  }
  return claim;
}

export async function sourceOn(c: Cast, claimId: string) {
  return addSource({ actor: c.rita, input: { claimId, url: "https://example.org/matrix", title: "Matrix source" } });
}

export async function evidenceOn(c: Cast, claimId: string) {
  const source = await sourceOn(c, claimId);
  return addEvidence({ actor: c.rita, input: { claimId, sourceId: source.id, stance: "SUPPORTS", excerpt: "Matrix excerpt" } });
}

/**
 * An open suggestion on an article of the matrix's own: accepting it creates a claim, and a claim
 * at a random span of the demo article would split the text other specs select in.
 */
export async function openSuggestion(c: Cast) {
  const article = await freshArticle(c);
  const open = await db.suggestion.findFirst({ where: { articleId: article.id, status: "OPEN" } });
  if (open) return open;
  const text = (await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { text: true } })).text;
  return db.suggestion.create({ data: { articleId: article.id, start: 0, end: 18, quote: text.slice(0, 18), score: 0.5, reasons: "[]" } });
}

export async function freshArticle(c: Cast) {
  return importArticle({ actor: c.rita, input: { title: "Matrix article", outlet: "Matrix", text: "The matrix article says 50 countries joined in 2023." } });
}

export async function linkedPair(c: Cast) {
  const published = await claimAt(c, "PUBLISHED");
  const repeat = await claimAt(c, "NEW");
  await linkClaims({ actor: c.rita, input: { claimId: repeat.id, version: repeat.version, targetClaimId: published.id } });
  const fresh = await db.claim.findUniqueOrThrow({ where: { id: repeat.id } });
  return { published, repeat: fresh };
}

export async function throwawayUser() {
  return createUser({
    input: { email: `matrix-${randomUUID().slice(0, 8)}@example.test`, name: "Matrix Target", role: "REVIEWER", password: "matrix-target-pass-1" },
  });
}

export async function currentVersion(claimId: string) {
  return (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
}

/** A claimant of its own (one claim on the demo article), for the alias and merge cells. */
export async function freshClaimant(c: Cast) {
  const article = await demoArticle();
  const quote = "Michael Carpenter";
  const start = article.text.indexOf(quote);
  const claim = await createClaim({
    actor: c.rita,
    input: { articleId: article.id, quote, start, end: start + quote.length, claimant: `Matrix claimant ${randomUUID().slice(0, 8)}`, claimantType: "PERSON" },
  });
  return db.claimant.findUniqueOrThrow({ where: { id: claim.claimantId! } });
}

export async function claimantWithAlias(c: Cast) {
  const claimant = await freshClaimant(c);
  const alias = await addClaimantAlias({ actor: c.editor, input: { claimantId: claimant.id, version: claimant.version, alias: `${claimant.name} alias` } });
  return { claimant: await db.claimant.findUniqueOrThrow({ where: { id: claimant.id } }), alias };
}

/** An open group of readers' questions of its own, for the tip cells. */
export async function openTipGroup() {
  return db.tipGroup.create({ data: { question: `Matrix readers ask about claim ${randomUUID().slice(0, 8)}` } });
}
