import type { ClaimWorkspaceView } from "@/lib/claims/workspace";
import { asSentence, formatDayOf } from "@/lib/site";
import { AssignControl } from "./assign-control";
import { CorrectionForm } from "./correction-form";
import { ReviewList } from "./review-list";
import { Section } from "./section";
import { TransitionControls } from "./transition-controls";

/** Where the claim stands and what can be done next: notes, the review round, status changes, assignment. */
export function WorkflowSection({ claimId, version, workflow }: { claimId: string; version: number; workflow: ClaimWorkspaceView["workflow"] }) {
  const { tally, earlier, retraction } = workflow;
  return (
    <Section title="Workflow" testId="workflow">
      {workflow.reviewNote && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <strong>Sent back:</strong> {workflow.reviewNote}
        </p>
      )}
      {retraction && (
        <p role="note" className="rounded border border-red-300 bg-red-50 p-2 text-sm">
          <strong>Unpublished on {formatDayOf(retraction.at)}:</strong> {asSentence(retraction.reason)} The public address shows a retraction notice.
        </p>
      )}
      {workflow.dismissReason && (
        <p role="note" className="rounded border border-stone-300 bg-stone-50 p-2 text-sm">
          <strong>Dismissed:</strong> {workflow.dismissReason}
        </p>
      )}
      {workflow.restsOn && (
        <p className="text-sm" data-testid="rests-on">
          {workflow.restsOn} They are listed under Sources and Evidence on this page.
        </p>
      )}
      {tally && (
        <div className="space-y-1 rounded border border-stone-200 p-2 text-sm" data-testid="review-tally">
          <p>
            <strong>{tally.text}</strong>
            {tally.several && " — the verdict is approved when enough editors other than its author approve it."}
          </p>
          <ReviewList reviews={tally.round} empty="No editor has decided yet in this round." />
        </div>
      )}
      {earlier.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">
            Earlier review rounds ({earlier.length} decision{earlier.length === 1 ? "" : "s"})
          </summary>
          <ReviewList reviews={earlier} empty="" />
        </details>
      )}
      <TransitionControls claimId={claimId} version={version} actions={workflow.actions} blocked={workflow.blocked} />
      {workflow.correction && <CorrectionForm claimId={claimId} version={version} verdict={workflow.correction} />}
      <AssignControl claimId={claimId} version={version} {...workflow.assign} />
    </Section>
  );
}
