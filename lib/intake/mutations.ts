import { db, type Tx } from "../db";
import { DomainError, notFound, staleError } from "../errors";
import { assertCan } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { createClaimIn } from "../claims/mutations";
import { normalizeArticleText } from "../articles/extract-text";
import { reanchor } from "../articles/reanchor";
import { z } from "zod";
import { id, parseInput } from "../validation";
import { rankSuggestions } from "./checkworthiness";
import {
  importArticleSchema,
  replaceTextSchema,
  suggestionDecisionSchema,
  type ImportArticleInput,
  type ReplaceTextInput,
  type SuggestionDecisionInput,
} from "./schemas";

const EMPTY = "The article has no text. Paste the text or choose a file.";

/** Store new suggestions for the article's text; spans already suggested (open, accepted or dismissed) never come back. */
async function addSuggestions(tx: Tx, articleId: string, text: string) {
  const ranked = rankSuggestions(text, 30);
  const existing = await tx.suggestion.findMany({ where: { articleId }, select: { start: true, end: true, quote: true } });
  const seen = new Set(existing.map((e) => `${e.start}:${e.end}`));
  const seenQuotes = new Set(existing.map((e) => e.quote));
  const fresh = ranked.filter((s) => !seen.has(`${s.start}:${s.end}`) && !seenQuotes.has(s.text));
  if (fresh.length > 0) {
    await tx.suggestion.createMany({
      data: fresh.map((s) => ({ articleId, start: s.start, end: s.end, quote: s.text, score: s.score, reasons: JSON.stringify(s.reasons), claimant: s.claimant })),
    });
  }
  return fresh.length;
}

/** Import an article with its suggestions, all or nothing. */
export async function importArticle({ actor, input }: { actor: Actor | null; input: ImportArticleInput }) {
  assertCan(actor, "article.import");
  const data = parseInput(importArticleSchema, input);
  const text = normalizeArticleText(data.text ?? "");
  if (!text) throw new DomainError("VALIDATION", EMPTY, { text: [EMPTY] });
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: { title: data.title, outlet: data.outlet, url: data.url ?? null, author: data.author ?? null, publishedAt: data.publishedAt ?? null, text, createdById: actor.id },
    });
    const suggestions = await addSuggestions(tx, article.id, text);
    await recordAudit(tx, { actorId: actor.id, action: "article.import", entityType: "Article", entityId: article.id, after: { title: article.title, outlet: article.outlet, length: text.length, suggestions } });
    return { id: article.id, suggestions };
  });
}

/** Suggest check-worthy sentences again, on demand, for an existing article. */
export async function suggestClaims({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "article.edit");
  const { articleId } = parseInput(z.object({ articleId: id("Article") }), input);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } });
    if (!article) throw notFound("article");
    return { added: await addSuggestions(tx, article.id, article.text) };
  });
}

export async function acceptSuggestion({ actor, input }: { actor: Actor | null; input: SuggestionDecisionInput }) {
  assertCan(actor, "claim.create");
  const data = parseInput(suggestionDecisionSchema, input);
  return db.$transaction(async (tx) => {
    const suggestion = await decidable(tx, data.suggestionId);
    const claimant = data.claimant ?? suggestion.claimant;
    if (!claimant || claimant.length < 2) {
      throw new DomainError("VALIDATION", "Say who made the claim.", { claimant: ["Claimant is required"] });
    }
    const claim = await createClaimIn(tx, actor, {
      articleId: suggestion.articleId,
      quote: suggestion.quote,
      start: suggestion.start,
      end: suggestion.end,
      claimant,
      claimantType: data.claimantType,
      claimDate: undefined,
    });
    await tx.suggestion.update({ where: { id: suggestion.id }, data: { status: "ACCEPTED", claimId: claim.id, decidedById: actor.id, decidedAt: new Date() } });
    return { claimId: claim.id };
  });
}

export async function dismissSuggestion({ actor, input }: { actor: Actor | null; input: SuggestionDecisionInput }) {
  assertCan(actor, "claim.create");
  const data = parseInput(suggestionDecisionSchema, input);
  return db.$transaction(async (tx) => {
    const suggestion = await decidable(tx, data.suggestionId);
    await tx.suggestion.update({ where: { id: suggestion.id }, data: { status: "DISMISSED", decidedById: actor.id, decidedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "suggestion.dismiss", entityType: "Article", entityId: suggestion.articleId, after: { quote: suggestion.quote } });
    return { id: suggestion.id };
  });
}

async function decidable(tx: Tx, id: string) {
  const suggestion = await tx.suggestion.findUnique({ where: { id } });
  if (!suggestion) throw notFound("suggestion");
  if (suggestion.status !== "OPEN") throw new DomainError("CONFLICT", "Someone already decided on this suggestion. Reload to see the current list.");
  return suggestion;
}

/**
 * Replace an article's text (edited or re-imported). Every claim re-anchors: kept or moved when its exact
 * quote is found, flagged FUZZY (with the candidate, not applied) or LOST otherwise, never silently moved.
 */
export async function replaceArticleText({ actor, input }: { actor: Actor | null; input: ReplaceTextInput }) {
  assertCan(actor, "article.edit");
  const data = parseInput(replaceTextSchema, input);
  const text = normalizeArticleText(data.text);
  if (!text) throw new DomainError("VALIDATION", EMPTY, { text: [EMPTY] });
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: data.articleId }, include: { claims: true } });
    if (!article) throw notFound("article");
    const { count } = await tx.article.updateMany({ where: { id: article.id, version: data.version }, data: { text, version: { increment: 1 } } });
    if (count !== 1) throw staleError("article");
    const outcome = { unchanged: 0, moved: 0, fuzzy: 0, lost: 0 };
    for (const claim of article.claims) {
      const result = reanchor(text, claim);
      outcome[result.kind]++;
      const data =
        result.kind === "unchanged" || result.kind === "moved"
          ? { ...result.anchor, anchorState: "OK" as const, anchorCandidate: null }
          : result.kind === "fuzzy"
            ? { anchorState: "FUZZY" as const, anchorCandidate: JSON.stringify({ ...result.candidate, score: result.score }) }
            : { anchorState: "LOST" as const, anchorCandidate: null };
      await tx.claim.update({ where: { id: claim.id }, data });
      if (result.kind !== "unchanged") {
        await recordAudit(tx, { actorId: actor.id, action: `claim.anchor.${result.kind}`, entityType: "Claim", entityId: claim.id, claimId: claim.id, before: { start: claim.start, end: claim.end }, after: data });
      }
    }
    // Open suggestions pointed into the old text; accepted and dismissed ones are kept so they never return.
    await tx.suggestion.deleteMany({ where: { articleId: article.id, status: "OPEN" } });
    const suggestions = await addSuggestions(tx, article.id, text);
    await recordAudit(tx, { actorId: actor.id, action: "article.replaceText", entityType: "Article", entityId: article.id, before: { length: article.text.length }, after: { length: text.length, ...outcome, suggestions } });
    return outcome;
  });
}
