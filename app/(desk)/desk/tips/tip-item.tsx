"use client";

import { IntentLink } from "@/app/_components/intent-link";
import { useRouter } from "next/navigation";
import { acceptTipAction, dismissTipAction } from "../actions";
import { ClaimantInput } from "@/app/_components/claimant-input";
import { ConfirmRemove } from "@/app/_components/confirm-remove";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { acceptTipSchema, dismissTipSchema } from "@/lib/tips/schemas";
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
  const ids = { tipGroupId: tip.id, version: tip.version };
  // The same schemas the server parses with (lib/tips/schemas.ts): messages land next to their fields.
  const accept = useActionForm(acceptTipSchema, acceptTipAction, {
    extra: ids,
    onSuccess: (data) => router.push(`/desk/claims/${data.claimId}`),
  });
  const dismiss = useActionForm(dismissTipSchema, dismissTipAction, { extra: ids });
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
          <IntentLink href={answered.slug ? `/claims/${answered.slug}` : `/desk/claims/${answered.id}`} className="underline">
            the verdict
          </IntentLink>
          .
        </p>
      )}
      <form onSubmit={accept.onSubmit} noValidate aria-label="Make a claim of this question" className="space-y-2">
        <FormMessage error={accept.state.fieldErrors.claim || accept.state.fieldErrors.claimant ? null : accept.state.formError} code={accept.state.code} />
        <Field idPrefix={`tip-${tip.id}`} name="claim" label="The claim to check, as the desk words it" error={accept.errorFor("claim")}>
          {(p) => <textarea {...p} name="claim" rows={2} defaultValue={tip.question} className={inputClass} />}
        </Field>
        <div className="flex flex-wrap items-end gap-2">
          <Field idPrefix={`tip-${tip.id}`} name="claimant" label="Claimant" error={accept.errorFor("claimant")}>
            {(p) => <ClaimantInput {...p} name="claimant" placeholder="Who made the claim?" className={`${inputClass} max-w-64`} />}
          </Field>
          <SubmitButton pending={accept.pending}>Make a claim</SubmitButton>
        </div>
      </form>
      <ConfirmRemove
        form={dismiss}
        label="Dismiss this question"
        action="Dismiss"
        question={`Dismiss this question for the ${tip.count === 1 ? "reader" : `${tip.count} readers`} who asked it?`}
      />
    </li>
  );
}
