"use client";

import { IntentLink } from "@/app/_components/intent-link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { acceptSuggestionAction, dismissSuggestionAction, suggestClaimsAction } from "../../actions";
import { ClaimantInput } from "@/app/_components/claimant-input";
import { inputClass } from "@/app/_components/form-fields";
import { CLAIM_TYPE_LABELS } from "@/lib/intake/claim-types";
import { RATING_LABEL } from "@/lib/verdicts/ratings";

type Reason = { code: string; label: string; evidence: string[] };
type Repeated = { id: string; quote: string; status: string; slug: string | null; rating: string | null };
export type SuggestionView = {
  id: string;
  quote: string;
  score: number;
  type: string | null;
  reasons: Reason[];
  claimant: string | null;
  repeats: Repeated | null;
};

/** "Already checked": the earlier claim this one repeats, with its verdict's rating when it has one. */
function AlreadyChecked({ claim }: { claim: Repeated }) {
  const rating = claim.rating ? (RATING_LABEL as Record<string, string>)[claim.rating] : null;
  const published = claim.status === "PUBLISHED" && claim.slug;
  return (
    <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs" data-testid="already-checked">
      <strong>{published ? "Already checked" : "Already on the desk"}</strong>
      {rating && <>: rated {rating}</>}.{" "}
      <IntentLink href={published ? `/claims/${claim.slug}` : `/desk/claims/${claim.id}`} className="underline">
        {claim.quote.length > 90 ? claim.quote.slice(0, 90) + "…" : claim.quote}
      </IntentLink>
    </p>
  );
}

/** What became of the last suggestion decided, said in the panel while the desk stays on the article. */
type Decided = { kind: "accepted"; claimId: string; quote: string } | { kind: "dismissed"; quote: string };

function SuggestionItem({ s, onDecided }: { s: SuggestionView; onDecided: (decided: Decided) => void }) {
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
        {s.type && (
          <span className="mr-1 inline-block rounded border border-blue-300 bg-blue-50 px-1.5 text-xs text-blue-900" data-testid="suggestion-type">
            {(CLAIM_TYPE_LABELS as Record<string, string>)[s.type] ?? s.type}
          </span>
        )}
        {s.quote}
      </p>
      {s.repeats && <AlreadyChecked claim={s.repeats} />}
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
        <ClaimantInput
          id={`claimant-${s.id}`}
          data-claimant-input
          value={claimant}
          onChange={(e) => setClaimant(e.target.value)}
          placeholder="Claimant"
          className={`${inputClass} w-full`}
        />
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            run(
              () => acceptSuggestionAction({ suggestionId: s.id, claimant }),
              // The desk stays on the article, so the next suggestion is a keystroke away.
              (data) => onDecided({ kind: "accepted", claimId: (data as { claimId: string }).claimId, quote: s.quote }),
            )
          }
          className="rounded bg-blue-700 px-2 py-1 text-xs font-medium text-white disabled:opacity-60"
        >
          Accept as claim
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            run(
              () => dismissSuggestionAction({ suggestionId: s.id }),
              () => onDecided({ kind: "dismissed", quote: s.quote }),
            )
          }
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
  const [decided, setDecided] = useState<Decided | null>(null);
  // After a decision the list refreshes without the decided suggestion: focus goes to the one now in
  // its place (or the last), so a fact-checker triages ten in a row from the keyboard.
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null || !list.current) return;
    const inputs = list.current.querySelectorAll<HTMLInputElement>("[data-claimant-input]");
    inputs[Math.min(focusAt.current, inputs.length - 1)]?.focus();
    focusAt.current = null;
  }, [suggestions]);
  const onDecided = (index: number) => (d: Decided) => {
    focusAt.current = index;
    setDecided(d);
  };
  const short = (quote: string) => (quote.length > 80 ? quote.slice(0, 80) + "…" : quote);
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
      {decided && (
        <p role="status" className="mb-2 rounded border border-green-300 bg-green-50 p-2 text-sm" data-testid="suggestion-decided">
          {decided.kind === "accepted" ? (
            <>
              Claim created: <em>{short(decided.quote)}</em>{" "}
              <IntentLink href={`/desk/claims/${decided.claimId}`} className="font-medium underline">
                Open the claim
              </IntentLink>
            </>
          ) : (
            <>
              Dismissed: <em>{short(decided.quote)}</em>
            </>
          )}
        </p>
      )}
      {suggestions.length === 0 ? (
        <p className="text-sm text-stone-600">No open suggestions. Select text in the article to create a claim by hand.</p>
      ) : (
        <ol ref={list} className="space-y-2">
          {suggestions.map((s, i) => (
            <SuggestionItem key={s.id} s={s} onDecided={onDecided(i)} />
          ))}
        </ol>
      )}
    </section>
  );
}
