import { formatDayOf } from "@/lib/site";

export type Withdrawal = { claimant: string; quote: string; retractedAt: Date | null; retractionReason: string | null };

/** What a withdrawn verdict's old address says: who claimed what, when we withdrew the verdict and why. */
export function WithdrawalNotice({ notice, headingLevel = 1 }: { notice: Withdrawal; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div role="note" data-testid="retraction-notice" className="space-y-2 rounded-md border border-red-300 bg-red-50 px-5 py-4">
      <Heading className={headingLevel === 1 ? "text-2xl font-bold" : "text-base font-semibold"}>This fact-check was withdrawn</Heading>
      <p>
        We unpublished our verdict on the claim by {notice.claimant}: “{notice.quote}”
      </p>
      <p>
        <strong>
          Withdrawn on <time dateTime={notice.retractedAt?.toISOString()}>{formatDayOf(notice.retractedAt)}</time>.
        </strong>{" "}
        Reason: <span data-testid="retraction-reason">{notice.retractionReason}</span>
      </p>
    </div>
  );
}
