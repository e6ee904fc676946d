import { db, type Tx } from "../db";
import { DomainError, notFound, prismaErrorCode, staleError } from "../errors";
import { holdAtVersion, updateAtVersion } from "../optimistic-lock";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { anchorClaim, createClaimIn } from "../claims/mutations";
import type { Reanchored } from "../articles/reanchor";
import { z } from "zod";
import { id, parseInput } from "../validation";
import type { SentenceScore } from "./checkworthiness";
import { SUGGESTIONS_SKIPPED } from "./messages";
import { deskClaimantNames, findRepeated } from "./already-checked";
import { intakeDeadline, isIntakeTimeout, normalizeOffThread, rankOffThread, reanchorOffThread } from "./pool";
import {
  importArticleSchema,
  replaceTextSchema,
  suggestionDecisionSchema,
  type ImportArticleInput,
  type ReplaceTextInput,
  type SuggestionDecisionInput,
} from "./schemas";

const EMPTY = "The article has no text. Paste the text, choose a file, or give the article's URL.";

const SUGGESTIONS = 30;

/** A ranked candidate as the desk will see it: its claimant by the desk's own name, the claim it repeats. */
type Suggested = SentenceScore & { repeatsId: string | null };

/** Runs outside any transaction: the claimant and repeat lookups are reads, a few per suggestion. */
async function enrich(ranked: SentenceScore[], signal: AbortSignal, articleId?: string): Promise<Suggested[]> {
  const claimants = await deskClaimantNames(
    db,
    ranked.map((r) => r.claimant),
  );
  const repeats = await findRepeated(
    ranked.map((r) => r.text),
    signal,
    articleId,
  );
  return ranked.map((r, i) => ({ ...r, claimant: claimants[i], repeatsId: repeats[i] }));
}

/** Store new suggestions (ranked beforehand, off the request thread); spans already suggested (open, accepted or dismissed) never come back. */
async function addSuggestions(tx: Tx, articleId: string, ranked: Suggested[]) {
  const existing = await tx.suggestion.findMany({ where: { articleId }, select: { start: true, end: true, quote: true } });
  const seen = new Set(existing.map((e) => `${e.start}:${e.end}`));
  const seenQuotes = new Set(existing.map((e) => e.quote));
  const fresh = ranked.filter((s) => !seen.has(`${s.start}:${s.end}`) && !seenQuotes.has(s.text));
  if (fresh.length > 0) {
    await tx.suggestion.createMany({
      data: fresh.map((s) => ({
        articleId,
        start: s.start,
        end: s.end,
        quote: s.text,
        score: s.score,
        type: s.type,
        reasons: JSON.stringify(s.reasons),
        claimant: s.claimant,
        repeatsId: s.repeatsId,
      })),
    });
  }
  return fresh.length;
}

export { SUGGESTIONS_SKIPPED };

/**
 * Suggestions for a text, or none with a reason when the time budget runs out: the article itself is
 * never lost because its suggestions were too slow to compute.
 */
async function rankWithin(
  text: string,
  outlet: string | null,
  signal: AbortSignal,
  onProgress?: Progress,
  articleId?: string,
): Promise<{ ranked: Suggested[]; skipped: string | null }> {
  try {
    return { ranked: await enrich(await rankOffThread(text, SUGGESTIONS, signal, onProgress, outlet), signal, articleId), skipped: null };
  } catch (error) {
    if (isIntakeTimeout(error)) return { ranked: [], skipped: SUGGESTIONS_SKIPPED };
    throw error;
  }
}

/** Parts of the text scored so far, of how many: for the person waiting on a long article. */
export type Progress = (done: number, total: number) => void;

/** A queued import (lib/intake/jobs.ts) that another run already wrote: this run writes nothing. */
export class ImportAlreadyDone extends Error {}

/**
 * Import an article with its suggestions, all or nothing. Scoring runs first, in the worker pool; the
 * transaction only writes. `signal` is the request's time budget when it already began (a file's
 * extraction spent part of it); `jobId` marks the queued import done in the same transaction, so a
 * retried or doubled job can never write the article twice.
 */
export async function importArticle({
  actor,
  input,
  onProgress,
  signal = intakeDeadline(),
  jobId,
}: {
  actor: Actor | null;
  input: ImportArticleInput;
  onProgress?: Progress;
  signal?: AbortSignal;
  jobId?: string;
}) {
  assertCan(actor, "article.import");
  const data = parseInput(importArticleSchema, input);
  const text = await normalizeOffThread(data.text ?? "", signal);
  if (!text) throw new DomainError("VALIDATION", EMPTY, { text: [EMPTY] });
  const { ranked, skipped } = await rankWithin(text, data.outlet, signal, onProgress);
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: data.title,
        outlet: data.outlet,
        url: data.url ?? null,
        author: data.author ?? null,
        publishedAt: data.publishedAt ?? null,
        text,
        createdById: actor.id,
      },
    });
    if (jobId) {
      const { count } = await tx.importJob.updateMany({
        where: { id: jobId, articleId: null, state: { in: ["QUEUED", "RUNNING"] } },
        data: { state: "DONE", articleId: article.id, suggestionsSkipped: skipped },
      });
      if (count !== 1) throw new ImportAlreadyDone();
    }
    const suggestions = await addSuggestions(tx, article.id, ranked);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.import",
      entityType: "Article",
      entityId: article.id,
      after: { title: article.title, outlet: article.outlet, length: text.length, suggestions },
    });
    return { id: article.id, suggestions, suggestionsSkipped: skipped };
  });
}

/** Suggest check-worthy sentences again, on demand, for an existing article. */
export async function suggestClaims({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "article.edit");
  const { articleId } = parseInput(z.object({ articleId: id("Article") }), input);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, text: true, outlet: true, version: true } });
  if (!article) throw notFound("article");
  const signal = intakeDeadline();
  const ranked = await enrich(await rankOffThread(article.text, SUGGESTIONS, signal, undefined, article.outlet), signal, article.id);
  try {
    return await db.$transaction(async (tx) => {
      // Holds the article's row until the suggestions are written (on PostgreSQL a text replacement waits),
      // and finds out when the text was replaced while it was read: these would point into the old one.
      await holdAtVersion(tx, "article", article);
      return { added: await addSuggestions(tx, article.id, ranked) };
    });
  } catch (error) {
    // Someone else asked for suggestions at the same moment and theirs were written first.
    if (prismaErrorCode(error) === "P2002") throw new DomainError("CONFLICT", "Someone else just asked for suggestions on this article. Reload to see them.");
    throw error;
  }
}

export async function acceptSuggestion({ actor, input }: { actor: Actor | null; input: SuggestionDecisionInput }) {
  assertCan(actor, "claim.create");
  const data = parseInput(suggestionDecisionSchema, input);
  // The span is checked against the article's text before the transaction (the text may be megabytes);
  // the transaction holds the article at the version read (a suggestion's span never changes).
  // Decided already: said first, before any question about the claimant or the text.
  const pending = stillOpen(await db.suggestion.findUnique({ where: { id: data.suggestionId } }));
  const claimant = data.claimant ?? pending.claimant;
  if (!claimant || claimant.length < 2) {
    throw new DomainError("VALIDATION", "Say who made the claim.", { claimant: ["Claimant is required"] });
  }
  const claimInput = {
    articleId: pending.articleId,
    quote: pending.quote,
    start: pending.start,
    end: pending.end,
    claimant,
    claimantType: data.claimantType,
    claimDate: undefined,
  };
  const anchored = await anchorClaim(claimInput);
  return db.$transaction(async (tx) => {
    const suggestion = await decidable(tx, data.suggestionId);
    const claim = await createClaimIn(tx, actor, claimInput, anchored);
    // Only while it is still open: of two people accepting it at once, the second is told, and makes no claim.
    const { count } = await tx.suggestion.updateMany({
      where: { id: suggestion.id, status: "OPEN" },
      data: { status: "ACCEPTED", claimId: claim.id, decidedById: actor.id, decidedAt: new Date() },
    });
    if (count !== 1) throw new DomainError("CONFLICT", ALREADY_DECIDED);
    return { claimId: claim.id };
  });
}

export async function dismissSuggestion({ actor, input }: { actor: Actor | null; input: SuggestionDecisionInput }) {
  assertCan(actor, "claim.create");
  const data = parseInput(suggestionDecisionSchema, input);
  return db.$transaction(async (tx) => {
    const suggestion = await decidable(tx, data.suggestionId);
    await tx.suggestion.update({ where: { id: suggestion.id }, data: { status: "DISMISSED", decidedById: actor.id, decidedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "suggestion.dismiss",
      entityType: "Article",
      entityId: suggestion.articleId,
      after: { quote: suggestion.quote },
    });
    return { id: suggestion.id };
  });
}

const ALREADY_DECIDED = "Someone already decided on this suggestion. Reload to see the current list.";

function stillOpen<S extends { status: string }>(suggestion: S | null): S {
  if (!suggestion) throw notFound("suggestion");
  if (suggestion.status !== "OPEN") throw new DomainError("CONFLICT", ALREADY_DECIDED);
  return suggestion;
}

async function decidable(tx: Tx, id: string) {
  return stillOpen(await tx.suggestion.findUnique({ where: { id } }));
}

type AnchoredClaim = { id: string; quote: string; prefix: string; suffix: string; start: number; end: number };
const fingerprint = (claims: AnchoredClaim[]) =>
  JSON.stringify([...claims].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, c.start, c.end, c.quote]));

/** A claim was added or re-anchored between reading the article and writing the new text: read again. */
class ClaimsMoved extends Error {}

/**
 * Replace an article's text (edited or re-imported). Every claim re-anchors: kept or moved when its exact
 * quote is found, flagged FUZZY (with the candidate, not applied) or LOST otherwise, never silently moved.
 * Re-anchoring and scoring run in the worker pool first; the transaction checks that neither the article
 * nor its claims changed meanwhile (else it computes again, up to three times) and only writes.
 */
export async function replaceArticleText({ actor, input }: { actor: Actor | null; input: ReplaceTextInput }) {
  assertCan(actor, "article.edit");
  const data = parseInput(replaceTextSchema, input);
  const signal = intakeDeadline();
  const text = await normalizeOffThread(data.text, signal);
  if (!text) throw new DomainError("VALIDATION", EMPTY, { text: [EMPTY] });
  // The suggestions depend on the new text alone: computed once, whatever happens to the claims.
  let ranking: Promise<{ ranked: Suggested[]; skipped: string | null }> | null = null;
  for (let attempt = 1; ; attempt++) {
    const article = await db.article.findUnique({
      where: { id: data.articleId },
      select: {
        id: true,
        version: true,
        text: true,
        outlet: true,
        claims: { select: { id: true, quote: true, prefix: true, suffix: true, start: true, end: true } },
      },
    });
    if (!article) throw notFound("article");
    if (article.version !== data.version) throw staleError("article");
    const results = await reanchorOffThread(text, article.claims, signal);
    ranking ??= rankWithin(text, article.outlet, signal, undefined, article.id);
    const { ranked, skipped } = await ranking;
    try {
      return await writeReplacement(actor, article, text, results, ranked, skipped);
    } catch (error) {
      if (!(error instanceof ClaimsMoved) || attempt >= 3) throw error instanceof ClaimsMoved ? staleError("article") : error;
    }
  }
}

function writeReplacement(
  actor: Actor,
  article: { id: string; version: number; text: string; claims: AnchoredClaim[] },
  text: string,
  results: Reanchored[],
  ranked: Suggested[],
  skipped: string | null,
) {
  return db.$transaction(async (tx) => {
    await updateAtVersion(tx, "article", article, { text });
    const now = await tx.claim.findMany({
      where: { articleId: article.id },
      select: { id: true, quote: true, prefix: true, suffix: true, start: true, end: true },
    });
    if (fingerprint(now) !== fingerprint(article.claims)) throw new ClaimsMoved();
    const outcome = { unchanged: 0, moved: 0, fuzzy: 0, lost: 0 };
    for (const [i, claim] of article.claims.entries()) {
      const result = results[i];
      outcome[result.kind]++;
      const data =
        result.kind === "unchanged" || result.kind === "moved"
          ? { ...result.anchor, anchorState: "OK" as const, anchorCandidate: null }
          : result.kind === "fuzzy"
            ? { anchorState: "FUZZY" as const, anchorCandidate: JSON.stringify({ ...result.candidate, score: result.score }) }
            : { anchorState: "LOST" as const, anchorCandidate: null };
      await tx.claim.update({ where: { id: claim.id }, data });
      if (result.kind !== "unchanged") {
        await recordAudit(tx, {
          actorId: actor.id,
          action: `claim.anchor.${result.kind}`,
          entityType: "Claim",
          entityId: claim.id,
          claimId: claim.id,
          before: { start: claim.start, end: claim.end },
          after: data,
        });
      }
    }
    // Open suggestions pointed into the old text; accepted and dismissed ones are kept so they never return.
    await tx.suggestion.deleteMany({ where: { articleId: article.id, status: "OPEN" } });
    const suggestions = await addSuggestions(tx, article.id, ranked);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.replaceText",
      entityType: "Article",
      entityId: article.id,
      before: { length: article.text.length },
      after: { length: text.length, ...outcome, suggestions },
    });
    return { ...outcome, suggestionsSkipped: skipped };
  });
}
