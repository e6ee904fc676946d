"use client";

import { useState } from "react";
import { FormMessage, SubmitButton } from "./form-fields";
import type { useActionForm } from "./use-action-form";

/**
 * A destructive step asked twice: "Remove" arms it, then the question and "Confirm" (or Cancel, which
 * gives focus back to the first button). `action` names the step ("remove", "merge").
 */
export function ConfirmRemove({
  form,
  label,
  question,
  action = "Remove",
}: {
  form: ReturnType<typeof useActionForm>;
  label: string;
  question: string;
  action?: string;
}) {
  const [armed, setArmed] = useState(false);
  const [disarmed, setDisarmed] = useState(false);
  if (!armed) {
    return (
      <button type="button" autoFocus={disarmed} onClick={() => setArmed(true)} aria-label={label} className="text-sm text-red-800 underline">
        {action}
      </button>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={label} className="mt-2 space-y-2 rounded border border-red-200 bg-red-50 p-2">
      <FormMessage error={form.state.formError} code={form.state.code} />
      <p className="text-sm">{question}</p>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending} variant="danger" autoFocus>
          Confirm: {action.toLowerCase()}
        </SubmitButton>
        <button
          type="button"
          onClick={() => {
            setArmed(false);
            setDisarmed(true);
          }}
          className="rounded border border-stone-300 px-3 py-1.5 text-sm"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
