"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { acceptTipAction, dismissTipAction } from "../actions";
import { ClaimantInput } from "@/app/_components/claimant-input";
import { inputClass } from "@/app/_components/form-fields";
import { RATING_LABEL } from "@/lib/verdicts/ratings";

export type TipView = {
  id: string;
  version: number;
  question: string;
  count: number;
  createdAt: string;
  urls: string[];
  answeredBy: { id: string; quote: string; slug: string | null; status: string; rating: string | null } | null;
};

export function TipItem({ tip }: { tip: TipView }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [claimant, setClaimant] = useState("");
  const [claim, setClaim] = useState(tip.question);
  const [claimError, setClaimError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [claimantError, setClaimantError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const run = (action: () => Promise<ActionResult<unknown>>, after?: (data: unknown) => void) =>
    start(async () => {
      setError(null);
      setClaimantError(null);
      setClaimError(null);
      const result: ActionResult<unknown> = await action().catch(() => ({
        ok: false,
        error: "Could not reach the server; nothing was saved.",
        code: "INTERNAL",
      }));
      if (!result.ok) {
        if (result.fieldErrors?.claimant || result.fieldErrors?.claim) {
          setClaimantError(result.fieldErrors.claimant?.[0] ?? null);
          setClaimError(result.fieldErrors.claim?.[0] ?? null);
        } else setError(result.error);
        return;
      }
      after?.(result.data);
      router.refresh();
    });
  const answered = tip.answeredBy;
  return (
    <li className="space-y-2 rounded border border-stone-200 bg-white p-3" data-testid="tip-group">
      <p>
        <span className="mr-2 inline-block rounded bg-stone-800 px-1.5 text-xs text-white" data-testid="tip-count">
          {tip.count === 1 ? "1 reader asked" : `${tip.count} readers asked`}
        </span>
        {tip.question}
      </p>
      {tip.urls.length > 0 && (
        <ul className="text-xs text-stone-600">
          {tip.urls.map((url) => (
            <li key={url}>
              Seen at{" "}
              <a href={url} rel="noopener noreferrer nofollow" className="break-all underline">
                {url}
              </a>
            </li>
          ))}
        </ul>
      )}
      {answered && (
        <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs" data-testid="tip-answered">
          <strong>Already checked</strong>
          {answered.rating && <>: rated {(RATING_LABEL as Record<string, string>)[answered.rating] ?? answered.rating}</>}. Readers were sent{" "}
          <Link href={answered.slug ? `/claims/${answered.slug}` : `/desk/claims/${answered.id}`} className="underline">
            the verdict
          </Link>
          .
        </p>
      )}
      <div>
        <label className="block text-xs font-medium text-stone-700" htmlFor={`tip-claim-${tip.id}`}>
          The claim to check, as the desk words it
        </label>
        <textarea
          id={`tip-claim-${tip.id}`}
          rows={2}
          value={claim}
          onChange={(e) => setClaim(e.target.value)}
          aria-invalid={!!claimError}
          aria-describedby={claimError ? `tip-claim-${tip.id}-error` : undefined}
          className={inputClass}
        />
        {claimError && (
          <p id={`tip-claim-${tip.id}-error`} className="text-xs text-red-700">
            {claimError}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-start gap-2">
        <div>
          <label className="sr-only" htmlFor={`tip-claimant-${tip.id}`}>
            Claimant
          </label>
          <ClaimantInput
            id={`tip-claimant-${tip.id}`}
            value={claimant}
            onChange={(e) => setClaimant(e.target.value)}
            placeholder="Who made the claim?"
            aria-invalid={!!claimantError}
            aria-describedby={claimantError ? `tip-claimant-${tip.id}-error` : undefined}
            className={`${inputClass} max-w-64`}
          />
          {claimantError && (
            <p id={`tip-claimant-${tip.id}-error`} className="text-xs text-red-700">
              {claimantError}
            </p>
          )}
        </div>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            run(
              () => acceptTipAction({ tipGroupId: tip.id, version: tip.version, claimant, claim }),
              (data) => router.push(`/desk/claims/${(data as { claimId: string }).claimId}`),
            )
          }
          className="rounded bg-blue-700 px-2 py-1 text-xs font-medium text-white disabled:opacity-60"
        >
          Make a claim
        </button>
        {confirming ? (
          <span className="flex items-center gap-1 text-xs">
            Dismiss this question for all {tip.count} reader(s)?
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => dismissTipAction({ tipGroupId: tip.id, version: tip.version }))}
              className="rounded border border-red-300 px-2 py-1 text-red-800"
            >
              Yes, dismiss
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-stone-300 px-2 py-1">
              Keep
            </button>
          </span>
        ) : (
          <button type="button" disabled={pending} onClick={() => setConfirming(true)} className="rounded border border-stone-300 px-2 py-1 text-xs">
            Dismiss
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}
