import { db } from "../../lib/db";
import { createUser } from "../../lib/auth/users";
import type { Actor } from "../../lib/auth/roles";
import { anchorQuote } from "../../lib/articles/anchor";
import { assignClaim, addComment, createClaim, transitionClaim } from "../../lib/claims/mutations";
import { addEvidence, addSource } from "../../lib/sources/mutations";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { linkClaims, reuseVerdict } from "../../lib/tracking/mutations";
import { DEMO_ARTICLE_TEXT, DEMO_ARTICLE_TITLE } from "./article";
import { DEMO_ACCESSED, DEMO_ALIASES, DEMO_CLAIMS, DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "./demo";
import { addClaimantAlias } from "../../lib/claimants/mutations";
import { findClaimant } from "../../lib/claimants/resolve";

/**
 * True when the database already holds anything a person made, or ever did: then the seed must not
 * run. The audit log counts because it outlives what it records: after `npm run demo:remove` a desk
 * may have no user and no article left, and a restart must not bring the demo's public passwords back.
 */
export async function hasData(): Promise<boolean> {
  const [users, articles, events] = await Promise.all([db.user.count(), db.article.count(), db.auditEvent.count()]);
  return users + articles + events > 0;
}

/**
 * Seed the demo desk through the same domain functions people use, so every demo claim
 * went through the real life cycle and has its audit trail.
 */
export async function seedDemo({ password = DEMO_PASSWORD }: { password?: string } = {}) {
  const actors = {} as Record<DemoUserKey, Actor>;
  for (const u of DEMO_USERS) {
    const user = await createUser({ input: { email: u.email, name: u.name, role: u.role, password } });
    actors[u.key] = { id: user.id, role: user.role, name: user.name, email: user.email };
  }

  const article = await db.article.create({
    data: {
      title: DEMO_ARTICLE_TITLE,
      outlet: "Demo news report",
      text: DEMO_ARTICLE_TEXT,
      isDemo: true,
      createdById: actors.editor.id,
    },
  });

  const seeded: { id: string; quote: string }[] = [];
  for (const c of DEMO_CLAIMS) {
    const anchor = anchorQuote(DEMO_ARTICLE_TEXT, c.quote);
    let claim = await createClaim({
      actor: actors[c.createdBy],
      input: {
        articleId: article.id,
        quote: anchor.quote,
        start: anchor.start,
        end: anchor.end,
        claimant: c.claimant,
        claimantType: c.claimantType,
        claimDate: c.claimDate,
      },
    });
    if (c.assignee) {
      claim = await assignClaim({ actor: actors.editor, input: { claimId: claim.id, version: claim.version, assigneeId: actors[c.assignee].id } });
    }
    for (const step of c.before ?? []) {
      claim = await transitionClaim({ actor: actors[step.by], input: { claimId: claim.id, version: claim.version, action: step.action, note: step.note } });
    }
    const sourceIds: Record<string, string> = {};
    const researcher = actors[c.assignee ?? c.createdBy];
    for (const s of c.sources ?? []) {
      const source = await addSource({
        actor: researcher,
        input: {
          claimId: claim.id,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          publishedAt: s.publishedAt,
          accessedAt: DEMO_ACCESSED,
          archiveUrl: s.archiveUrl,
          reliabilityNote: s.reliabilityNote,
        },
      });
      sourceIds[s.ref] = source.id;
    }
    for (const e of c.evidence ?? []) {
      await addEvidence({ actor: researcher, input: { claimId: claim.id, sourceId: sourceIds[e.source], stance: e.stance, excerpt: e.excerpt, note: e.note } });
    }
    for (const comment of c.comments ?? []) {
      await addComment({ actor: actors[comment.by], input: { claimId: claim.id, body: comment.body } });
    }
    if (c.verdict) {
      await saveVerdictDraft({
        actor: actors[c.verdict.by],
        input: {
          claimId: claim.id,
          version: 0,
          rating: c.verdict.rating,
          summary: c.verdict.summary,
          rationale: c.verdict.rationale,
          validAsOf: c.verdict.validAsOf,
        },
      });
    }
    for (const step of c.after ?? []) {
      claim = await transitionClaim({ actor: actors[step.by], input: { claimId: claim.id, version: claim.version, action: step.action, note: step.note } });
    }
    if (c.repeats) {
      const earlier = seeded.find((s) => s.quote.startsWith(c.repeats!));
      if (!earlier) throw new Error(`Demo claim “${c.quote}” repeats a claim seeded before it: none starts with “${c.repeats}”.`);
      await linkClaims({ actor: actors[c.createdBy], input: { claimId: claim.id, version: claim.version, targetClaimId: earlier.id } });
      const linked = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
      await reuseVerdict({ actor: actors.editor, input: { claimId: claim.id, version: linked.version, fromClaimId: earlier.id } });
    }
    seeded.push({ id: claim.id, quote: claim.quote });
  }
  for (const { claimant: name, aliases } of DEMO_ALIASES) {
    for (const alias of aliases) {
      const claimant = (await findClaimant(db, name))!;
      await addClaimantAlias({ actor: actors.editor, input: { claimantId: claimant.id, version: claimant.version, alias } });
    }
  }
  await db.claim.updateMany({ where: { articleId: article.id }, data: { isDemo: true } });
  return { articleId: article.id, actors };
}
