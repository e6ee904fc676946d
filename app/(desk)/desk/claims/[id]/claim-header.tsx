import { IntentLink } from "@/app/_components/intent-link";
import type { ClaimWorkspaceView } from "@/lib/claims/workspace";
import { formatDate } from "@/lib/site";
import { DemoBadge, DueBadge, PriorityBadge, RatingBadge, StatusBadge } from "@/app/_components/badges";

/** The claim's status, source, quote and who has it, above the sections. */
export function ClaimHeader({ header, now }: { header: ClaimWorkspaceView["header"]; now: Date }) {
  return (
    <header className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
        <StatusBadge status={header.status} />
        {header.rating && <RatingBadge rating={header.rating} />}
        <span>
          from{" "}
          <IntentLink href={`/desk/articles/${header.article.id}`} className="underline">
            {header.article.title}
          </IntentLink>{" "}
          ({header.article.outlet})
        </span>
        {header.isDemo && <DemoBadge />}
      </p>
      {header.anchorState !== "OK" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm">
          {header.anchorState === "LOST"
            ? "The article's text changed and this quote is no longer in it. Check the article and dismiss or re-create the claim."
            : "The article's text changed; a similar passage was found but not applied. Check that the quote still stands."}
        </p>
      )}
      <h1 className="text-xl leading-snug font-semibold" data-testid="claim-quote">
        “{header.quote}”
      </h1>
      <p className="text-sm">
        Claimant: <strong>{header.claimant}</strong> · said {header.claimDate ? formatDate(header.claimDate) : "on a date not recorded"} · assignee:{" "}
        {header.assigneeName ?? "nobody"} · version {header.version}
      </p>
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="claim-schedule">
        <span>Priority:</span> <PriorityBadge priority={header.priority} /> <DueBadge dueDate={header.dueDate} now={now} />
      </p>
      {header.publicSlug && (
        <p className="text-sm">
          Public page:{" "}
          <IntentLink href={`/claims/${header.publicSlug}`} className="text-blue-800 underline">
            /claims/{header.publicSlug}
          </IntentLink>
        </p>
      )}
    </header>
  );
}
