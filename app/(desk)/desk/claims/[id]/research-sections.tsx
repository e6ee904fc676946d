import type { ClaimWorkspaceView } from "@/lib/claims/workspace";
import { STANCE_LABEL } from "@/lib/sources/schemas";
import { formatDate } from "@/lib/site";
import { formDay } from "@/lib/verdicts/days";
import { EditEvidenceControl, EditSourceControl, RemoveEvidenceControl, RemoveSourceControl } from "./research-edit-forms";
import { EvidenceForm, SourceForm, WithholdControl } from "./research-forms";
import { Section } from "./section";

/** The research: sources beside the evidence taken from them, each with its form while research is open. */
export function ResearchSections({
  claimId,
  sources,
  evidence,
}: {
  claimId: string;
  sources: ClaimWorkspaceView["sources"];
  evidence: ClaimWorkspaceView["evidence"];
}) {
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <Section title={`Sources (${sources.items.length})`} testId="sources">
        {sources.items.length === 0 && <p className="text-sm text-stone-600">No sources yet.</p>}
        <ul className="space-y-2 text-sm">
          {sources.items.map((s) => (
            <li key={s.id} className="border-b border-stone-100 pb-2">
              <a href={s.url} rel="noopener noreferrer nofollow" className="font-medium text-blue-800 underline">
                {s.title}
              </a>
              <span className="text-stone-600">
                {" "}
                · {s.publisher ?? "publisher not recorded"} · published {formatDate(s.publishedAt)} · accessed {formatDate(s.accessedAt)}
              </span>
              {s.archiveUrl && (
                <>
                  {" · "}
                  <a href={s.archiveUrl} rel="noopener noreferrer nofollow" className="underline">
                    archived copy
                  </a>
                </>
              )}
              {s.reliabilityNote && <p className="text-stone-600">Reliability: {s.reliabilityNote}</p>}
              {s.withheld && (
                <p className="text-red-800" data-testid="withheld-flag">
                  Withheld from the public page: {s.withheldReason}
                </p>
              )}
              {sources.canEdit && (
                <div className="mt-1 flex flex-wrap gap-3">
                  <EditSourceControl
                    sourceId={s.id}
                    version={s.version}
                    defaults={{ ...s, publishedAt: formDay(s.publishedAt), accessedAt: formDay(s.accessedAt) }}
                  />
                  <RemoveSourceControl sourceId={s.id} version={s.version} title={s.title} evidence={s.evidenceCount} />
                </div>
              )}
              {sources.canWithhold && <WithholdControl sourceId={s.id} withheld={s.withheld} />}
            </li>
          ))}
        </ul>
        {sources.canAdd && (
          <details className="rounded border border-stone-200 p-2">
            <summary className="cursor-pointer text-sm font-medium">Add a source</summary>
            <div className="pt-3">
              <SourceForm claimId={claimId} />
            </div>
          </details>
        )}
      </Section>

      <Section title={`Evidence (${evidence.items.length})`} testId="evidence">
        {evidence.items.length === 0 && <p className="text-sm text-stone-600">No evidence yet.</p>}
        <ul className="space-y-2 text-sm">
          {evidence.items.map((e) => (
            <li key={e.id} className="border-b border-stone-100 pb-2">
              <span className="font-medium">{STANCE_LABEL[e.stance]}</span> · {e.source.title}
              <blockquote className="my-1 border-l-2 border-stone-300 pl-2 text-stone-700">{e.excerpt}</blockquote>
              {e.note && <p className="text-stone-600">{e.note}</p>}
              {evidence.canEdit && (
                <div className="mt-1 flex flex-wrap gap-3">
                  <EditEvidenceControl evidenceId={e.id} version={e.version} defaults={e} sources={evidence.sourceOptions} />
                  <RemoveEvidenceControl evidenceId={e.id} version={e.version} />
                </div>
              )}
            </li>
          ))}
        </ul>
        {evidence.canAdd && (
          <details className="rounded border border-stone-200 p-2">
            <summary className="cursor-pointer text-sm font-medium">Add evidence</summary>
            <div className="pt-3">
              <EvidenceForm claimId={claimId} sources={evidence.sourceOptions} />
            </div>
          </details>
        )}
      </Section>
    </div>
  );
}
