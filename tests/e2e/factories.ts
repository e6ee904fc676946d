// E2E tests seed their own data through the domain layer, into the database the server uses.
import { db } from "../../lib/db";
import { findActiveActor } from "../../lib/auth/users";
import { createClaim, transitionClaim } from "../../lib/claims/mutations";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { addEvidence, addSource } from "../../lib/sources/mutations";
import type { Actor } from "../../lib/auth/roles";
import { anchorQuote } from "../../lib/articles/anchor";

export async function actorByEmail(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await findActiveActor(user.id))!;
}

/** A claim on the demo article, drafted and submitted for review by `authorEmail`. */
export async function claimInReviewBy(authorEmail: string, quote: string) {
  const author = await actorByEmail(authorEmail);
  const article = await db.article.findFirstOrThrow({ where: { isDemo: true } });
  const anchor = anchorQuote(article.text, quote);
  let claim = await createClaim({
    actor: author,
    input: { articleId: article.id, quote: anchor.quote, start: anchor.start, end: anchor.end, claimant: "A White House official", claimantType: "PERSON" },
  });
  claim = await transitionClaim({ actor: author, input: { claimId: claim.id, version: claim.version, action: "triage" } });
  await saveVerdictDraft({
    actor: author,
    input: {
      claimId: claim.id,
      version: 0,
      rating: "UNVERIFIABLE",
      summary: "A forecast that cannot be checked yet.",
      rationale: "The statement predicts the effect of the partnership; no evidence can confirm it today.",
    },
  });
  return transitionClaim({ actor: author, input: { claimId: claim.id, version: claim.version, action: "submit" } });
}

/** A source and a piece of evidence on a claim in research: what submitting a verdict (other than Unverifiable) needs. */
export async function addResearch(actor: Actor, claimId: string) {
  const source = await addSource({ actor, input: { claimId, url: "https://www.state.gov/briefings/press-briefing", title: "Press briefing transcript" } });
  await addEvidence({ actor, input: { claimId, sourceId: source.id, stance: "CONTEXT", excerpt: "The transcript records the statement." } });
}

export async function claimStatus(id: string) {
  return (await db.claim.findUniqueOrThrow({ where: { id } })).status;
}

/** A verdict drafted by a reviewer, approved and published by an editor, on the demo article. */
export async function publishedClaimOnDemo(quote: string) {
  const editor = await actorByEmail("editor@factdesk.test");
  const claim = await claimInReviewBy("ravi@factdesk.test", quote);
  const approved = await transitionClaim({ actor: editor, input: { claimId: claim.id, version: claim.version, action: "approve" } });
  const published = await transitionClaim({ actor: editor, input: { claimId: claim.id, version: approved.version, action: "publish" } });
  return published;
}
