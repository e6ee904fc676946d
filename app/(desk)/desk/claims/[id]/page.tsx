import { randomUUID } from "node:crypto";
import { deskTimeZone } from "@/lib/days";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { requirePageActor } from "@/lib/auth/guard";
import { readClaimPage } from "@/lib/claims/workspace";
import { claimExists } from "@/lib/claims/queries";
import type { Actor } from "@/lib/auth/roles";
import { DeskLoading } from "../../desk-loading";
import { AuditList } from "./audit-list";
import { ClaimHeader } from "./claim-header";
import { CommentsSection } from "./comments-section";
import { LiveClaim } from "./live";
import { RepeatsLoading, RepeatsSection, startRepeats } from "./repeats-section";
import { ResearchSections } from "./research-sections";
import { Section } from "./section";
import { TrackingPanel } from "./tracking-panel";
import { VerdictSection } from "./verdict-section";
import { WorkflowSection } from "./workflow-section";

export const metadata: Metadata = { title: "Claim" };

/** The claim workspace: what it shows is decided in lib/claims/workspace.ts; here it is laid out. */
export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  // Decided before anything streams, so that no claim here is a real 404; the workspace then streams
  // behind the desk's loading state.
  if (!(await claimExists({ actor, id }))) notFound();
  return (
    <Suspense fallback={<DeskLoading />}>
      <ClaimWorkspace actor={actor} id={id} />
    </Suspense>
  );
}

async function ClaimWorkspace({ actor, id }: { actor: Actor; id: string }) {
  // Matched while the rest of the claim is read: a first view's matching is most of its time.
  const repeats = startRepeats(actor, id);
  const claim = await readClaimPage({ actor, id });
  // Deleted in the moment since the check above: too late for a 404, the desk's not-found message all the same.
  if (!claim) notFound();

  return (
    <LiveClaim claimId={claim.id} userId={claim.userId} after={claim.liveAfter} timeZone={deskTimeZone()}>
      <div className="space-y-5">
        <ClaimHeader header={claim.header} now={claim.now} />

        <Section title="In context">
          <p className="article-text text-sm leading-6 text-stone-700">
            …{claim.context.prefix}
            <mark className="bg-yellow-200">{claim.context.quote}</mark>
            {claim.context.suffix}…
          </p>
        </Section>

        <WorkflowSection claimId={claim.id} version={claim.version} workflow={claim.workflow} />

        <Section title="Same claim elsewhere" testId="tracking">
          <TrackingPanel claimId={claim.id} version={claim.version} {...claim.tracking} />
          {/* A new key on every render: after an action or a live update the page refreshes in a
              transition, and React would hold the whole refresh (the action's "Saving…") until the
              repeats are matched again. A new boundary shows its fallback instead. */}
          <Suspense key={randomUUID()} fallback={<RepeatsLoading />}>
            <RepeatsSection found={repeats} claimId={claim.id} version={claim.version} />
          </Suspense>
        </Section>

        <ResearchSections claimId={claim.id} sources={claim.sources} evidence={claim.evidence} />

        <VerdictSection claimId={claim.id} version={claim.version} userId={claim.userId} verdict={claim.verdict} />

        <CommentsSection claimId={claim.id} comments={claim.comments} />

        <Section title="History" testId="history">
          <AuditList events={claim.history} total={claim.historyTotal} />
        </Section>
      </div>
    </LiveClaim>
  );
}
