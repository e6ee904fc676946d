// Secrets planted in the desk for the door test (doors.spec.ts): a draft verdict, an in-review verdict
// and its rating, a withheld source, a comment and an unpublished article, each marked by a word no
// public page contains. A refused request must contain none of them.
import { randomBytes } from "node:crypto";
import { db } from "../../lib/db";
import { addComment, assignClaim, createClaim, transitionClaim } from "../../lib/claims/mutations";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { addSource } from "../../lib/sources/mutations";
import { setSourceWithheld } from "../../lib/publishing/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { linkClaims } from "../../lib/tracking/mutations";
import type { Cast } from "./matrix-fixtures";
import { addResearch } from "./factories";

// Letters only, so that each canary is one search word on both databases.
const letters = () => Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join("");

export async function plantCanaries(c: Cast) {
  const tag = `canary${letters()}`;
  const words = {
    article: `${tag}article`,
    draftQuote: `${tag}draftquote`,
    reviewQuote: `${tag}reviewquote`,
    draftVerdict: `${tag}draftverdict`,
    reviewVerdict: `${tag}reviewverdict`,
    source: `${tag}withheldsource`,
    comment: `${tag}comment`,
    claimant: `${tag}claimant`,
  };
  const text = `Officials in the town of ${words.draftQuote} said exports rose by 12 percent in 2024. The council of ${words.reviewQuote} claimed prices doubled since 2020.`;
  const article = await importArticle({ actor: c.rita, input: { title: `Unpublished ${words.article}`, outlet: "Canary Courier", text } });
  const claimOn = async (quote: string) => {
    const start = text.indexOf(quote);
    return createClaim({
      actor: c.rita,
      input: { articleId: article.id, quote, start, end: start + quote.length, claimant: `Mayor ${words.claimant}`, claimantType: "PERSON" },
    });
  };
  const step = async (claimId: string, action: "triage" | "submit") => {
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    return transitionClaim({ actor: c.rita, input: { claimId, version, action } });
  };

  // A draft, still in research: verdict, comment and a source withheld for the informant's safety.
  const draft = await claimOn(`the town of ${words.draftQuote} said exports rose by 12 percent in 2024`);
  await step(draft.id, "triage");
  await saveVerdictDraft({
    actor: c.rita,
    input: {
      claimId: draft.id,
      version: 0,
      rating: "FALSE",
      summary: `Draft ${words.draftVerdict} summary.`,
      rationale: `The draft rationale mentions ${words.draftVerdict} at length.`,
    },
  });
  await addComment({ actor: c.rita, input: { claimId: draft.id, body: `Internal note ${words.comment}: call the informant first.` } });
  const source = await addSource({
    actor: c.rita,
    input: { claimId: draft.id, url: `https://${tag}.example/informant`, title: `Informant ${words.source} ${tag}sourcekey` },
  });
  await setSourceWithheld({ actor: c.editor, input: { sourceId: source.id, withheld: true, reason: "Safety of the informant" } });
  const { version: draftVersion } = await db.claim.findUniqueOrThrow({ where: { id: draft.id } });
  await assignClaim({ actor: c.editor, input: { claimId: draft.id, version: draftVersion, assigneeId: c.rita.id } });

  // In review, rated Mixed: the queue's "in review" tab shows its rating and assignee.
  const review = await claimOn(`The council of ${words.reviewQuote} claimed prices doubled since 2020`);
  await step(review.id, "triage");
  await addResearch(c.rita, review.id);
  await saveVerdictDraft({
    actor: c.rita,
    input: {
      claimId: review.id,
      version: 0,
      rating: "MIXED",
      summary: `Review ${words.reviewVerdict} summary.`,
      rationale: `The rationale in review mentions ${words.reviewVerdict}.`,
    },
  });
  await step(review.id, "submit");

  const reviewNow = await db.claim.findUniqueOrThrow({ where: { id: review.id } });
  const { trackedClaimId } = await linkClaims({ actor: c.rita, input: { claimId: reviewNow.id, version: reviewNow.version, targetClaimId: draft.id } });

  return { tag, words, canaries: Object.values(words), article, draft, review, trackedClaimId, claimant: `Mayor ${words.claimant}` };
}
export type Canaries = Awaited<ReturnType<typeof plantCanaries>>;
