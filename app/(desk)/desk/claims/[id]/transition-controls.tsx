"use client";

import { useState } from "react";
import { TRANSITIONS, type ClaimAction } from "@/lib/claims/lifecycle";
import { transitionSchema } from "@/lib/claims/schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { transitionClaimAction } from "../../actions";

const NEEDS_NOTE: Partial<Record<ClaimAction, string>> = {
  dismiss: "Why is this claim not worth checking?",
  object: "What do you object to? (the fact-checker and the other editors see it)",
  sendBack: "What should the fact-checker change?",
  unpublish: "Reason for unpublishing (readers will see it on the retraction notice)",
};
const CONFIRM: Partial<Record<ClaimAction, string>> = {
  publish: "Publish this verdict? It becomes public at once, for readers and search engines.",
  approve: "Approve this verdict for publication? Add a note if you like; it is kept with your approval.",
  unpublish: "Unpublish this verdict? Its page will show a retraction notice with your reason, and it leaves the feed, the sitemap and the API.",
  rework: "Reopen research? The retraction notice stays public until the verdict is published again.",
};

function TransitionForm({ claimId, version, action }: { claimId: string; version: number; action: ClaimAction }) {
  const [armed, setArmed] = useState(false);
  // After "Cancel", focus returns to the button that armed the form.
  const [disarmed, setDisarmed] = useState(false);
  const form = useActionForm(transitionSchema, transitionClaimAction, { extra: { claimId, version, action } });
  // An approval may carry a note; the keyboard still lands on the confirmation, the note a Shift+Tab away.
  const optionalNote = action === "approve";
  const noteLabel = NEEDS_NOTE[action] ?? (optionalNote ? "Note (optional)" : undefined);
  const confirmText = CONFIRM[action];
  const label = TRANSITIONS[action].label;
  const danger = action === "dismiss" || action === "sendBack" || action === "unpublish" || action === "object";

  if ((noteLabel || confirmText) && !armed) {
    return (
      <button
        type="button"
        autoFocus={disarmed}
        onClick={() => setArmed(true)}
        className={`rounded px-3 py-1.5 text-sm font-medium ${danger ? "border border-stone-300 bg-white hover:bg-stone-100" : "bg-blue-700 text-white hover:bg-blue-800"}`}
      >
        {label}
      </button>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={label} className="w-full space-y-2 rounded border border-stone-200 bg-stone-50 p-2">
      <FormMessage error={form.state.formError} code={form.state.code} />
      {confirmText && <p className="text-sm">{confirmText}</p>}
      {noteLabel && (
        <Field name="note" label={noteLabel} error={form.errorFor("note")} idPrefix={action}>
          {(p) => <textarea {...p} name="note" rows={optionalNote ? 2 : 3} autoFocus={armed && !optionalNote} className={inputClass} />}
        </Field>
      )}
      <div className="flex gap-2">
        {/* Armed by a button that is now gone: focus moves into the confirmation. */}
        <SubmitButton pending={form.pending} variant={danger ? "danger" : "primary"} autoFocus={armed && (!noteLabel || optionalNote)}>
          {armed ? `Confirm: ${label.toLowerCase()}` : label}
        </SubmitButton>
        {armed && (
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
        )}
      </div>
    </form>
  );
}

export function TransitionControls(props: { claimId: string; version: number; actions: ClaimAction[]; blocked: { action: ClaimAction; reason: string }[] }) {
  return (
    <div className="space-y-2">
      {props.actions.some((a) => a !== "correct") ? (
        <div className="flex flex-wrap gap-2" data-testid="transition-controls">
          {props.actions
            .filter((a) => a !== "correct")
            .map((a) => (
              <TransitionForm key={a} claimId={props.claimId} version={props.version} action={a} />
            ))}
        </div>
      ) : (
        props.blocked.length === 0 && <p className="text-sm text-stone-600">No status change is open at this stage.</p>
      )}
      {props.blocked.length > 0 && (
        <ul className="space-y-1 text-sm text-stone-600" data-testid="blocked-actions">
          {props.blocked.map((b) => (
            <li key={b.action}>
              <span className="font-medium">{TRANSITIONS[b.action].label}:</span> {b.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
