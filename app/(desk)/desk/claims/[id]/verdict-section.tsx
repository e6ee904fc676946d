import type { ClaimWorkspaceView } from "@/lib/claims/workspace";
import { formatDate, formatDateTime } from "@/lib/site";
import { RatingBadge } from "@/app/_components/badges";
import { RecheckForm } from "./recheck-form";
import { Section } from "./section";
import { VerdictDraftNotice } from "./verdict-draft-notice";
import { VerdictForm } from "./verdict-form";

/** The verdict: its days, its re-check, who wrote it, and its form while it can be drafted. */
export function VerdictSection({
  claimId,
  version,
  userId,
  verdict,
}: {
  claimId: string;
  version: number;
  userId: string;
  verdict: ClaimWorkspaceView["verdict"];
}) {
  const { days, recheck, byline, body } = verdict;
  return (
    <Section title="Verdict" testId="verdict">
      {days && (
        <p className="text-sm" data-testid="verdict-days">
          {days.validAsOf && <>Valid as of {formatDate(days.validAsOf)}. </>}
          {days.recheckOn && (
            <>
              Re-check on {formatDate(days.recheckOn)}
              {days.due && <strong className="text-amber-900"> — due now</strong>}.
            </>
          )}
        </p>
      )}
      {recheck && <RecheckForm claimId={claimId} version={version} validAsOf={recheck.validAsOf} recheckOn={recheck.recheckOn} due={recheck.due} />}
      {byline && (
        <p className="text-sm text-stone-600">
          Drafted by {byline.author}; last edited by {byline.lastEditedBy} ({formatDateTime(byline.lastEditedAt)})
          {byline.approvedBy && <> · approved by {byline.approvedBy}</>}
        </p>
      )}
      {body.kind === "form" ? (
        <VerdictForm claimId={claimId} userId={userId} saved={body.saved} />
      ) : body.kind === "shown" ? (
        <div className="space-y-2">
          {body.draftNotice && <VerdictDraftNotice claimId={claimId} userId={userId} />}
          <RatingBadge rating={body.rating} large />
          <p className="font-medium">{body.summary}</p>
          <p className="text-sm whitespace-pre-wrap">{body.rationale}</p>
        </div>
      ) : (
        <p className="text-sm text-stone-600">{body.text}</p>
      )}
    </Section>
  );
}
