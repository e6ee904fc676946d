"use client";

import { useState } from "react";
import { recheckSchema } from "@/lib/verdicts/schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { recheckVerdictAction } from "../../actions";

/** An editor records that a published verdict was checked again: still valid as of a day, next re-check. */
export function RecheckForm(props: { claimId: string; version: number; validAsOf: string; recheckOn: string; due: boolean }) {
  const [open, setOpen] = useState(props.due);
  const form = useActionForm(recheckSchema, recheckVerdictAction, {
    extra: { claimId: props.claimId, version: props.version },
    onSuccess: () => setOpen(false),
  });
  if (!open) {
    return (
      <div className="space-y-2">
        <FormMessage error={null} code={null} done={form.state.done} doneText="Re-check recorded." />
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          Record a re-check
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3" aria-label="Re-check">
      <p className="text-sm">
        {props.due ? "This verdict is due for re-checking. " : ""}If the facts still hold, record the day you checked them (readers see it) and when to look
        again. If the verdict must change, publish a correction instead.
      </p>
      <FormMessage error={form.state.formError} code={form.state.code} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="validAsOf" label="Still valid as of" error={form.errorFor("validAsOf")} idPrefix="recheck">
          {(p) => <input {...p} name="validAsOf" type="date" defaultValue={props.validAsOf} className={inputClass} />}
        </Field>
        <Field
          name="recheckOn"
          label="Next re-check (optional)"
          error={form.errorFor("recheckOn")}
          idPrefix="recheck"
          hint="Empty: no further re-check planned."
        >
          {(p) => <input {...p} name="recheckOn" type="date" defaultValue={props.recheckOn} className={inputClass} />}
        </Field>
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending}>Record the re-check</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">
          Cancel
        </button>
      </div>
    </form>
  );
}
