"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { acceptSuggestionAction, dismissSuggestionAction, suggestClaimsAction } from "../../actions";
import { inputClass } from "@/app/_components/form-fields";

type Reason = { code: string; label: string; evidence: string[] };
export type SuggestionView = { id: string; quote: string; score: number; reasons: Reason[]; claimant: string | null };

function SuggestionItem({ s }: { s: SuggestionView }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [claimant, setClaimant] = useState(s.claimant ?? "");
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<ActionResult<unknown>>, after?: (data: unknown) => void) =>
    start(async () => {
      const result: ActionResult<unknown> = await action().catch(() => ({
        ok: false,
        error: "Could not reach the server; nothing was saved.",
        code: "INTERNAL",
      }));
      if (!result.ok) return setError(result.error + (result.fieldErrors?.claimant ? ` ${result.fieldErrors.claimant[0]}.` : ""));
      after?.(result.data);
      router.refresh();
    });
  return (
    <li className="space-y-1 border-b border-stone-100 pb-2" data-testid="suggestion">
      <p className="text-sm">
        <span className="mr-1 inline-block rounded bg-stone-800 px-1.5 text-xs text-white" title="Check-worthiness, 0 to 1">
          {s.score.toFixed(2)}
        </span>
        {s.quote}
      </p>
      <ul className="flex flex-wrap gap-1 text-xs text-stone-600" aria-label="Why it is suggested">
        {s.reasons.map((r) => (
          <li key={r.code} className="rounded border border-stone-200 px-1">
            {r.label}
            {r.evidence.length > 0 && `: ${r.evidence.slice(0, 3).join(", ")}`}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`claimant-${s.id}`}>
          Claimant
        </label>
        <input
          id={`claimant-${s.id}`}
          value={claimant}
          onChange={(e) => setClaimant(e.target.value)}
          placeholder="Claimant"
          className={`${inputClass} max-w-56`}
        />
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            run(
              () => acceptSuggestionAction({ suggestionId: s.id, claimant }),
              (data) => router.push(`/desk/claims/${(data as { claimId: string }).claimId}`),
            )
          }
          className="rounded bg-blue-700 px-2 py-1 text-xs font-medium text-white disabled:opacity-60"
        >
          Accept as claim
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => dismissSuggestionAction({ suggestionId: s.id }))}
          className="rounded border border-stone-300 px-2 py-1 text-xs disabled:opacity-60"
        >
          Dismiss
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}

export function SuggestionsPanel({
  articleId,
  suggestions,
  initialNote = null,
}: {
  articleId: string;
  suggestions: SuggestionView[];
  initialNote?: string | null;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [note, setNote] = useState<string | null>(initialNote);
  return (
    <section className="rounded border border-stone-200 bg-white p-3" aria-label="Suggested claims">
      <div className="mb-2 flex items-center gap-2">
        <h2 className="font-semibold">Suggested claims ({suggestions.length})</h2>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const result = await suggestClaimsAction({ articleId });
              setNote(result.ok ? (result.data.added === 0 ? "No new suggestions." : `${result.data.added} new suggestion(s).`) : result.error);
              router.refresh();
            })
          }
          className="ml-auto rounded border border-stone-300 px-2 py-1 text-xs disabled:opacity-60"
        >
          {pending ? "Scoring…" : "Suggest again"}
        </button>
      </div>
      {note && (
        <p role="status" className="mb-2 text-xs text-stone-600">
          {note}
        </p>
      )}
      {suggestions.length === 0 ? (
        <p className="text-sm text-stone-600">No open suggestions. Select text in the article to create a claim by hand.</p>
      ) : (
        <ol className="space-y-2">
          {suggestions.map((s) => (
            <SuggestionItem key={s.id} s={s} />
          ))}
        </ol>
      )}
    </section>
  );
}
