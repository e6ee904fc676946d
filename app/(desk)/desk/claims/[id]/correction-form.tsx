"use client";

import { useState } from "react";
import { correctVerdictSchema } from "@/lib/publishing/schemas";
import { RATINGS } from "@/lib/verdicts/ratings";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { correctVerdictAction } from "../../actions";

/** An editor's correction of a published verdict: the new text plus a note readers will see. */
export function CorrectionForm(props: { claimId: string; version: number; verdict: { rating: string; summary: string; rationale: string } }) {
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(false);
  const form = useActionForm(correctVerdictSchema, correctVerdictAction, {
    extra: { claimId: props.claimId, version: props.version },
    onSuccess: () => setOpen(false),
  });
  if (!open) {
    return (
      <div className="space-y-2">
        <FormMessage error={null} code={null} done={form.state.done} doneText="Correction published." />
        <button
          type="button"
          autoFocus={closed}
          onClick={() => setOpen(true)}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          Correct the published verdict
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3" aria-label="Correction">
      <p className="text-sm">The corrected verdict is published at once as a new version; the public page keeps the earlier one with its date.</p>
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field name="rating" label="Rating" error={form.errorFor("rating")} idPrefix="correction">
        {(p) => (
          <select {...p} name="rating" defaultValue={props.verdict.rating} autoFocus className={inputClass}>
            {RATINGS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="summary" label="One-line summary" error={form.errorFor("summary")} idPrefix="correction">
        {(p) => <input {...p} name="summary" defaultValue={props.verdict.summary} className={inputClass} />}
      </Field>
      <Field name="rationale" label="Rationale" error={form.errorFor("rationale")} idPrefix="correction">
        {(p) => <textarea {...p} name="rationale" rows={8} defaultValue={props.verdict.rationale} className={inputClass} />}
      </Field>
      <Field
        name="note"
        label="Correction note (shown to readers)"
        error={form.errorFor("note")}
        idPrefix="correction"
        hint="What was wrong and what changed, in a sentence or two."
      >
        {(p) => <textarea {...p} name="note" rows={2} className={inputClass} />}
      </Field>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending}>Publish correction</SubmitButton>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setClosed(true);
          }}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
