import { randomBytes } from "node:crypto";
import { db } from "../db";
import { DomainError } from "../errors";
import { hashPassword } from "../auth/password";
import { DEMO_EMAIL_DOMAIN, demoEmailFilter } from "./accounts";

export type DemoRemoval = {
  articles: number;
  claims: number;
  auditEvents: number;
  usersDeleted: string[];
  usersDisabled: string[];
  /** Public addresses that showed a demo verdict: their cached pages must be revalidated. */
  publishedSlugs: string[];
};

/**
 * Remove the demo: its article, every claim on it, and the demo accounts. Safe to run again (the
 * second run finds nothing). One transaction: a failure leaves the demo whole, never half removed.
 *
 * The choices, and why:
 * - Every claim on the demo article goes, including ones people made there while trying the desk:
 *   they quote a text that is about to disappear (a claim cannot outlive its article).
 * - Audit events of those claims and of the demo article go with them. The audit log is otherwise
 *   append-only; these rows record fictional work, and the foreign key from an event to its claim
 *   forbids deleting the claim under them. One `demo.remove` event records what was removed.
 * - A demo account that left no trace outside the demo is deleted. One that did — it imported a real
 *   article, approved a real verdict, created a real user (audit events name it as the actor) — is
 *   kept, so that record still says who did it, but disabled with an unusable password: sessions
 *   are checked against the database on every request, so a disabled account is signed out at once.
 * - A real claim marked as covered by a demo verdict would lose its reason: the removal refuses.
 * - Removing the last way in is refused: if people other than the demo have accounts, one of them
 *   must be an enabled admin first.
 */
export async function removeDemo(): Promise<DemoRemoval> {
  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  return db.$transaction(
    async (tx) => {
      const articleIds = (await tx.article.findMany({ where: { isDemo: true }, select: { id: true } })).map((a) => a.id);
      const claims = await tx.claim.findMany({
        where: { OR: [{ isDemo: true }, { articleId: { in: articleIds } }] },
        select: { id: true, slug: true, status: true, trackedClaimId: true },
      });
      const claimIds = claims.map((c) => c.id);
      const claimantIds = [...new Set((await tx.claim.findMany({ where: { id: { in: claimIds } }, select: { claimantId: true } })).map((c) => c.claimantId))];

      const covered = await tx.claim.count({ where: { coveredById: { in: claimIds }, id: { notIn: claimIds } } });
      if (covered > 0) {
        throw new DomainError(
          "CONFLICT",
          `${covered} claim(s) outside the demo are covered by a demo verdict. Reopen them or link them to a real verdict, then run this again.`,
        );
      }
      const demoUsers = await tx.user.findMany({ where: { email: demoEmailFilter }, select: { id: true, email: true, disabled: true } });
      const others = await tx.user.count({ where: { NOT: { email: demoEmailFilter } } });
      const realAdmins = await tx.user.count({ where: { NOT: { email: demoEmailFilter }, role: "ADMIN", disabled: false } });
      if (others > 0 && realAdmins === 0 && demoUsers.some((u) => !u.disabled)) {
        throw new DomainError(
          "VALIDATION",
          "No admin outside the demo can sign in. Create one first (npm run user:create -- --role ADMIN), then run this again.",
        );
      }

      const events = await tx.auditEvent.deleteMany({
        where: { OR: [{ claimId: { in: claimIds } }, { entityType: "Article", entityId: { in: articleIds } }] },
      });
      // Evidence restricts the deletion of its source: children first, then the claims (the rest cascades).
      await tx.evidence.deleteMany({ where: { claimId: { in: claimIds } } });
      await tx.source.deleteMany({ where: { claimId: { in: claimIds } } });
      await tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { coveredById: null } });
      await tx.claim.deleteMany({ where: { id: { in: claimIds } } });
      const trackedIds = [...new Set(claims.map((c) => c.trackedClaimId).filter((id): id is string => id !== null))];
      await tx.trackedClaim.deleteMany({ where: { id: { in: trackedIds }, claims: { none: {} } } });
      // The demo's claimants (and their aliases) go with their last claim; one a real claim uses stays.
      const orphans = await tx.claimant.findMany({
        where: { id: { in: claimantIds.filter((id): id is string => id !== null) }, claims: { none: {} } },
        select: { id: true },
      });
      await tx.auditEvent.deleteMany({ where: { entityType: "Claimant", entityId: { in: orphans.map((c) => c.id) } } });
      await tx.claimant.deleteMany({ where: { id: { in: orphans.map((c) => c.id) } } });
      await tx.article.deleteMany({ where: { id: { in: articleIds } } });

      const usersDeleted: string[] = [];
      const usersDisabled: string[] = [];
      let userEvents = 0;
      for (const user of demoUsers) {
        const traces = await tx.user.findUniqueOrThrow({
          where: { id: user.id },
          select: {
            _count: {
              select: {
                articles: true,
                claimsCreated: true,
                claimsAssigned: true,
                sources: true,
                evidence: true,
                verdictsAuthored: true,
                verdictsEdited: true,
                verdictsApproved: true,
                verdictVersions: true,
                comments: true,
                reviews: true,
                notificationsSent: true,
                // Events about the account itself (its creation) are not traces of work.
                auditEvents: { where: { NOT: { entityType: "User", entityId: user.id } } },
              },
            },
          },
        });
        if (Object.values(traces._count).every((n) => n === 0)) {
          userEvents += (await tx.auditEvent.deleteMany({ where: { entityType: "User", entityId: user.id } })).count;
          await tx.user.delete({ where: { id: user.id } });
          usersDeleted.push(user.email);
        } else if (!user.disabled) {
          await tx.user.update({ where: { id: user.id }, data: { disabled: true, passwordHash: unusable } });
          await tx.auditEvent.create({
            data: { actorId: null, action: "user.disable", entityType: "User", entityId: user.id, after: JSON.stringify({ reason: "demo removed" }) },
          });
          usersDisabled.push(user.email);
        }
      }

      const removal: DemoRemoval = {
        articles: articleIds.length,
        claims: claimIds.length,
        auditEvents: events.count + userEvents,
        usersDeleted,
        usersDisabled,
        publishedSlugs: claims.filter((c) => c.slug !== null && c.status === "PUBLISHED").map((c) => c.slug!),
      };
      if (removal.articles + removal.claims + usersDeleted.length + usersDisabled.length > 0) {
        await tx.auditEvent.create({
          data: {
            actorId: null,
            action: "demo.remove",
            entityType: "Demo",
            entityId: DEMO_EMAIL_DOMAIN,
            after: JSON.stringify({ ...removal, publishedSlugs: undefined }),
          },
        });
      }
      return removal;
    },
    { timeout: 60_000 },
  );
}
