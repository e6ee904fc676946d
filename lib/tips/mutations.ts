import type { z } from "zod";
import { db } from "../db";
import { DomainError, notFound, prismaErrorCode, staleError } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { createClaimIn } from "../claims/mutations";
import { parseInput } from "../validation";
import { candidateClaims } from "../search/engine";
import { matchWithinBudget } from "../intake/pool";
import { challengeKey, checkSolution } from "./pow";
import { ALREADY_SENT, consumeTip, firstAskFrom, releaseChallenge, spendChallenge } from "./limits";
import { acceptTipSchema, dismissTipSchema, tipSchema } from "./schemas";
import type { TipStatus } from "../generated/prisma/enums";

/**
 * The groups a new tip may join: open questions, and those the desk made a claim of (a reader asking about a claim
 * the desk is checking is counted there instead of putting the question on the desk's list again). A dismissed
 * one may be asked anew.
 */
const JOINABLE: TipStatus[] = ["OPEN", "ACCEPTED"];
/** How many of the latest joinable groups a new tip is compared with. */
const OPEN_GROUPS_COMPARED = 100;
/** Matching a tip gets this long in the worker pool; past it the tip is kept, unmatched. */
const TIP_MATCH_BUDGET_MS = 10_000;
// "Is it true that …?", "Did …?", "Can you check whether …": the claim is what follows.
const QUESTION_FRAME =
  /^(?:(?:can|could) you (?:please )?(?:check|verify)(?: (?:whether|if|that))?|please (?:check|verify)(?: (?:whether|if|that))?|is it true that|is it true|i (?:heard|read|saw) that|someone (?:said|claimed) that|(?:did|does|do|is|are|was|were|has|have|had))\s+/i;

/** The claim a reader asks about, without the question around it. */
export function claimOfQuestion(question: string): string {
  const claim = question.trim().replace(QUESTION_FRAME, "");
  // Trailing "?", "!", "." and spaces, trimmed by a loop (a regex anchored at the end backtracks on "??…?x").
  let end = claim.length;
  while (end > 0 && "?!. \t\n".includes(claim[end - 1])) end--;
  return claim.slice(0, end);
}

/** Which open groups and published claims a question repeats; none when the pool is too busy to say in time. */
async function matchQuestion(claim: string, candidates: { id: string; quote: string }[]) {
  return (await matchWithinBudget(claim, candidates, TIP_MATCH_BUDGET_MS)) ?? [];
}

/** How many readers asked about the claim, whether this connection had asked before, and the verdict if there is one. */
export type TipAnswer = { count: number; again: boolean; answer: { url: string; quote: string; rating: string | null } | null };

const POW_REFUSAL: Record<string, string> = {
  malformed: "This form could not be checked. Reload the page and send your question again.",
  forged: "This form could not be checked. Reload the page and send your question again.",
  expired: "This form was open too long. Reload the page and send your question again.",
  insufficient: "Your browser did not finish its check. Reload the page and send your question again.",
};

/**
 * A reader's "ask us to check", with no account: the honeypot, the proof of work and the address's
 * allowance first (lib/tips/pow.ts, limits.ts); then the question is matched (in the intake worker
 * pool, within its own short budget) against published verdicts — the reader gets the link at once —
 * and against the latest open groups of tips and those the desk made a claim of, which it joins when it asks
 * about the same claim.
 */
export async function submitTip({ input, address, now = Date.now() }: { input: unknown; address: string; now?: number }): Promise<TipAnswer> {
  const data = parseInput(tipSchema, input);
  // A bot fills every field; a person never sees this one. It is told nothing went wrong.
  if (data.website) return { count: 1, again: false, answer: null };
  const pow = checkSolution(data.challenge, data.nonce, now);
  if (pow !== "ok") throw new DomainError("VALIDATION", POW_REFUSAL[pow], { question: [POW_REFUSAL[pow]] });
  await spendChallenge(data.challenge);
  try {
    return await answerTip(data, address);
  } catch (error) {
    // Nothing was kept (a limit refused it, or the work failed): the same request may be sent again.
    // A copy refused as already written keeps it spent; Tip.challenge stays the last guard either way.
    if (!(error instanceof DomainError && error.code === "CONFLICT")) await releaseChallenge(data.challenge).catch(() => undefined);
    throw error;
  }
}

/** What a tip whose challenge is spent gets: the address's allowance, the matching, the tip written. */
async function answerTip(data: z.output<typeof tipSchema>, address: string): Promise<TipAnswer> {
  await consumeTip(address);

  const claim = claimOfQuestion(data.question) || data.question;
  const [claims, groups] = await Promise.all([
    candidateClaims({ text: claim, limit: 30 }),
    db.tipGroup.findMany({
      where: { status: { in: JOINABLE } },
      orderBy: { updatedAt: "desc" },
      take: OPEN_GROUPS_COMPARED,
      select: { id: true, question: true },
    }),
  ]);
  const matches = await matchQuestion(claim, [
    ...claims.map((c) => ({ id: `c:${c.id}`, quote: c.quote })),
    ...groups.map((g) => ({ id: `g:${g.id}`, quote: claimOfQuestion(g.question) })),
  ]);
  const claimIds = matches.filter((m) => m.id.startsWith("c:")).map((m) => m.id.slice(2));
  const published = claimIds.length
    ? await db.claim.findMany({
        where: { id: { in: claimIds }, status: "PUBLISHED", slug: { not: null } },
        select: { id: true, quote: true, slug: true, verdict: { select: { rating: true } } },
      })
    : [];
  const answered = claimIds.map((id) => published.find((p) => p.id === id)).find(Boolean) ?? null;
  const joinId = matches.find((m) => m.id.startsWith("g:"))?.id.slice(2) ?? null;
  const newAsker = joinId ? await firstAskFrom(joinId, address) : true;

  try {
    let created: string | null = null;
    const count = await db.$transaction(async (tx) => {
      let groupId = joinId;
      if (groupId) {
        // A reader counts once per question (a second ask from the same connection is kept, not counted).
        // Counting does not change the group's version: a desk member deciding on it is not made stale by it.
        const { count } = await tx.tipGroup.updateMany({
          where: { id: groupId, status: { in: JOINABLE } },
          data: { count: { increment: newAsker ? 1 : 0 } },
        });
        if (count !== 1) groupId = null;
      }
      if (!groupId) {
        groupId = (await tx.tipGroup.create({ data: { question: data.question, answeredById: answered?.id ?? null } })).id;
        created = groupId;
      }
      // The challenge is kept as a hash: spent once, without the moment it was issued.
      await tx.tip.create({ data: { groupId, question: data.question, url: data.url ?? null, challenge: challengeKey(data.challenge) } });
      return (await tx.tipGroup.findUniqueOrThrow({ where: { id: groupId }, select: { count: true } })).count;
    });
    // The first reader of a new question counts as its asker too (outside the transaction: the limiter writes on its own).
    if (created) await firstAskFrom(created, address);
    return {
      count,
      again: !newAsker,
      answer: answered ? { url: `/claims/${answered.slug}`, quote: answered.quote, rating: answered.verdict?.rating ?? null } : null,
    };
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new DomainError("CONFLICT", ALREADY_SENT);
    throw error;
  }
}

/** The group as it stands, if a desk member may still decide on it at `version`. */
async function decidable(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], id: string, version: number) {
  const group = await tx.tipGroup.findUnique({ where: { id } });
  if (!group) throw notFound("tip");
  if (group.status !== "OPEN") throw new DomainError("CONFLICT", "Someone already decided on this tip. Reload to see the current list.");
  const { count } = await tx.tipGroup.updateMany({ where: { id, version, status: "OPEN" }, data: { version: { increment: 1 } } });
  if (count !== 1) throw staleError("tip");
  return group;
}

/** The desk makes a claim of a readers' question: an article holding the question, and a claim of all of it. */
export async function acceptTip({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.create");
  const data = parseInput(acceptTipSchema, input);
  return db.$transaction(async (tx) => {
    const group = await decidable(tx, data.tipGroupId, data.version);
    // One line, as a quote is shown and published (ClaimReview's claimReviewed): a reader's question may come with
    // line breaks and runs of spaces from the form's text area.
    const text = (data.claim ?? group.question).replace(/\s+/g, " ").trim();
    // No URL: a link a reader typed never becomes the article's public address (the desk sees the links
    // on the question and adds the ones it trusts as sources).
    const article = await tx.article.create({
      data: { title: `Readers' question: ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`, outlet: "Readers' tips", text, createdById: actor.id },
    });
    const claim = await createClaimIn(tx, actor, {
      articleId: article.id,
      quote: text,
      start: 0,
      end: text.length,
      claimant: data.claimant,
      claimantType: data.claimantType,
      claimDate: undefined,
    });
    await tx.tipGroup.update({ where: { id: group.id }, data: { status: "ACCEPTED", claimId: claim.id, decidedById: actor.id, decidedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tip.accept",
      entityType: "Tip",
      entityId: group.id,
      claimId: claim.id,
      before: { question: group.question },
      after: { count: group.count, claim: text },
    });
    return { claimId: claim.id };
  });
}

export async function dismissTip({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "tip.triage");
  const data = parseInput(dismissTipSchema, input);
  return db.$transaction(async (tx) => {
    const group = await decidable(tx, data.tipGroupId, data.version);
    await tx.tipGroup.update({ where: { id: group.id }, data: { status: "DISMISSED", decidedById: actor.id, decidedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "tip.dismiss", entityType: "Tip", entityId: group.id, after: { count: group.count } });
    return { id: group.id };
  });
}
