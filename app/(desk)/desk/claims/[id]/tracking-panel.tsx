"use client";

import { IntentLink } from "@/app/_components/intent-link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/safe-action";
import { StatusBadge } from "@/app/_components/badges";
import { linkClaimsAction, requestReuseAction, reuseVerdictAction } from "../../actions";
import { RATING_LABEL } from "@/lib/verdicts/ratings";

type Appearance = { id: string; quote: string; status: ClaimStatus; slug: string | null; claimant: string; article: { title: string; outlet: string } };
type Repeat = Appearance & { score: number; rating: string | null };

function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = (action: () => Promise<ActionResult<unknown>>, doneText?: string) =>
    start(async () => {
      const result: ActionResult<unknown> = await action().catch(() => ({
        ok: false,
        code: "INTERNAL",
        error: "Could not reach the server; nothing was saved.",
      }));
      if (!result.ok) setError(result.error);
      else {
        setError(null);
        setDone(doneText ?? null);
        router.refresh();
      }
    });
  return { pending, error, done, run };
}

type Found = Appearance & { rating: string | null; trackedClaimId: string | null };

/** One claim offered for linking (a possible repeat, or one found by hand), with the button that links it. */
function LinkCandidate({
  claim,
  score,
  rating,
  pending,
  onLink,
}: {
  claim: Appearance;
  score?: number;
  rating?: string | null;
  pending: boolean;
  onLink: () => void;
}) {
  return (
    <li className="rounded border border-stone-200 p-2" data-testid="link-candidate">
      <p>
        {score !== undefined && (
          <span className="mr-1 rounded bg-stone-800 px-1 text-xs text-white" title="Similarity, 0 to 1">
            {score.toFixed(2)}
          </span>
        )}
        <StatusBadge status={claim.status} /> “{claim.quote}”
        {rating && (
          <span className="text-stone-600">
            {" "}
            — {claim.status === "PUBLISHED" ? "already checked: " : ""}rated {(RATING_LABEL as Record<string, string>)[rating] ?? rating}
          </span>
        )}
      </p>
      <p className="text-stone-600">
        {claim.claimant}, in {claim.article.title} ({claim.article.outlet})
      </p>
      <button
        type="button"
        disabled={pending}
        onClick={onLink}
        className="mt-1 rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium disabled:opacity-60"
      >
        Link as the same claim
      </button>
    </li>
  );
}

/** Search the desk's claims and verdicts to link a repeat the automatic match missed. */
function LinkByHand({ claimId, onLink, pending }: { claimId: string; onLink: (targetClaimId: string) => void; pending: boolean }) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function search(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    if (q.trim().length < 3) return setError("Type at least three letters.");
    const response = await fetch(`/api/claims/search?${new URLSearchParams({ q, exclude: claimId })}`).catch(() => null);
    const body = response?.ok ? await response.json().catch(() => null) : null;
    if (!body?.ok) return setError("The search did not answer. Try again.");
    setFound(body.data as Found[]);
  }
  return (
    <div className="space-y-2" data-testid="link-by-hand">
      <form onSubmit={search} role="search" aria-label="Find a claim to link" className="flex flex-wrap items-start gap-1">
        <div>
          <label htmlFor={`link-q-${claimId}`} className="sr-only">
            Find a claim or verdict to link
          </label>
          <input
            id={`link-q-${claimId}`}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Find a claim or verdict to link…"
            aria-invalid={!!error}
            aria-describedby={error ? `link-q-${claimId}-error` : undefined}
            className="rounded border border-stone-300 px-2 py-1 text-sm"
          />
          {error && (
            <p id={`link-q-${claimId}-error`} className="text-xs text-red-700">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium">
          Search
        </button>
      </form>
      {found && found.length === 0 && <p className="text-stone-600">No claim on the desk has those words.</p>}
      {found && found.length > 0 && (
        <ul className="space-y-2">
          {found.map((f) => (
            <LinkCandidate key={f.id} claim={f} rating={f.rating} pending={pending} onLink={() => onLink(f.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

export function TrackingPanel(props: {
  claimId: string;
  version: number;
  status: ClaimStatus;
  trackedClaimId: string | null;
  appearances: Appearance[];
  coveredBy: { id: string; slug: string | null } | null;
  /** Why this person may not reuse a published verdict here (null: they may); from the life cycle. */
  reuseBlocked: string | null;
}) {
  const { pending, error, done, run } = useRun();
  const others = props.appearances.filter((a) => a.id !== props.claimId);
  const published = others.filter((a) => a.status === "PUBLISHED");
  return (
    <div className="space-y-3 text-sm">
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="text-teal-800">
          {done}
        </p>
      )}
      {props.coveredBy && (
        <p role="note" className="rounded border border-teal-300 bg-teal-50 p-2">
          Covered by the published verdict{" "}
          {props.coveredBy.slug ? (
            <IntentLink href={`/claims/${props.coveredBy.slug}`} className="underline">
              /claims/{props.coveredBy.slug}
            </IntentLink>
          ) : (
            <IntentLink href={`/desk/claims/${props.coveredBy.id}`} className="underline">
              on the earlier appearance
            </IntentLink>
          )}
          , which lists this appearance.
        </p>
      )}
      {props.trackedClaimId ? (
        <div className="space-y-2" data-testid="tracked-claim">
          <p>
            Tracked claim with {props.appearances.length} appearances ·{" "}
            <IntentLink href={`/desk/tracked/${props.trackedClaimId}`} className="text-blue-800 underline">
              see all appearances
            </IntentLink>
          </p>
          <ul className="space-y-1">
            {others.map((a) => (
              <li key={a.id}>
                <StatusBadge status={a.status} />{" "}
                <IntentLink href={`/desk/claims/${a.id}`} className="text-blue-800 underline hover:no-underline">
                  “{a.quote}”
                </IntentLink>{" "}
                <span className="text-stone-600">
                  — {a.claimant}, {a.article.title} ({a.article.outlet})
                </span>
              </li>
            ))}
          </ul>
          {props.status === "NEW" && published.length > 0 && props.reuseBlocked && (
            <p role="note" className="text-stone-700" data-testid="reuse-blocked">
              {props.reuseBlocked}
            </p>
          )}
          {props.status === "NEW" &&
            published.map((p) => {
              const quote = p.quote.length > 50 ? p.quote.slice(0, 50) + "…" : p.quote;
              const input = { claimId: props.claimId, version: props.version, fromClaimId: p.id };
              // A fact-checker cannot change a published fact-check's public record; they ask the editors.
              return props.reuseBlocked ? (
                <button
                  key={p.id}
                  type="button"
                  disabled={pending}
                  onClick={() => run(() => requestReuseAction(input), "The editors were asked to reuse the published verdict.")}
                  className="rounded border border-teal-700 bg-white px-3 py-1.5 font-medium text-teal-800 disabled:opacity-60"
                >
                  Ask an editor to reuse the published verdict of “{quote}”
                </button>
              ) : (
                <button
                  key={p.id}
                  type="button"
                  disabled={pending}
                  onClick={() => run(() => reuseVerdictAction(input))}
                  className="rounded bg-teal-700 px-3 py-1.5 font-medium text-white disabled:opacity-60"
                >
                  Reuse the published verdict of “{quote}”
                </button>
              );
            })}
        </div>
      ) : (
        <p className="text-stone-600">Not linked to other appearances yet.</p>
      )}
      <LinkByHand
        claimId={props.claimId}
        onLink={(targetClaimId) => run(() => linkClaimsAction({ claimId: props.claimId, version: props.version, targetClaimId }))}
        pending={pending}
      />
    </div>
  );
}

/**
 * "Possible repeats of this claim": streamed into the tracking section once the intake threads have
 * matched them (repeats-section.tsx), so the rest of the claim page never waits for the matching.
 */
export function PossibleRepeats({ claimId, version, repeats }: { claimId: string; version: number; repeats: Repeat[] }) {
  const { pending, error, run } = useRun();
  if (repeats.length === 0) return null;
  return (
    <div className="space-y-2 text-sm" data-testid="possible-repeats">
      <h3 className="font-medium">Possible repeats of this claim</h3>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <ul className="space-y-2">
        {repeats.map((r) => (
          <LinkCandidate
            key={r.id}
            claim={r}
            score={r.score}
            rating={r.rating}
            pending={pending}
            onLink={() => run(() => linkClaimsAction({ claimId, version, targetClaimId: r.id }))}
          />
        ))}
      </ul>
    </div>
  );
}
