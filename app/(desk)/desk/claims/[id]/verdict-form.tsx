"use client";

import { saveVerdictSchema } from "@/lib/verdicts/schemas";
import { RATINGS } from "@/lib/verdicts/ratings";
import type { VerdictFields, VerdictSnapshot } from "@/lib/verdicts/draft";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { saveVerdictAction } from "../../actions";
import { useLiveClaim } from "./live";
import { useVerdictDraft } from "./use-verdict-draft";
import { VerdictConflict } from "./verdict-conflict";

/**
 * The verdict draft. The form remembers the version its text started from: when someone else saves
 * meanwhile (the page reloads its data live), an untouched form shows their text, and a draft is
 * kept, with what they changed shown beside it, until its author keeps it or takes theirs. Unsaved
 * text is also kept in this browser (localStorage), so a reload or a status change loses nothing
 * (useVerdictDraft).
 */
export function VerdictForm(props: { claimId: string; userId: string; saved: (VerdictSnapshot & { editedBy: string }) | null }) {
  const live = useLiveClaim();
  const draft = useVerdictDraft({ userId: props.userId, claimId: props.claimId, saved: props.saved, onEditingChange: live?.setEditing });
  const { fields, conflict } = draft;

  const form = useActionForm(saveVerdictSchema, saveVerdictAction, {
    extra: { claimId: props.claimId, version: draft.version },
    // `fields` as they were sent (this render's): text typed while saving stays a draft.
    onSuccess: (data) => draft.saved(data.version, fields),
  });

  const set = (name: keyof VerdictFields) => (event: { target: { value: string } }) => draft.edit(name, event.target.value);

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label="Verdict">
      <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Verdict draft saved." />
      {draft.showRestored && (
        <p role="note" className="rounded border border-blue-200 bg-blue-50 p-2 text-sm">
          Your unsaved draft from this browser was restored.{" "}
          <button type="button" className="underline" onClick={draft.discard}>
            Discard it
          </button>
        </p>
      )}
      {conflict && (
        <VerdictConflict
          mine={fields}
          base={draft.baseFields}
          theirs={conflict}
          by={props.saved?.version === conflict.version ? props.saved.editedBy : (live?.changedBy ?? null)}
          onKeep={draft.keepMine}
          onTake={draft.takeTheirs}
        />
      )}
      <Field name="rating" label="Rating" error={form.errorFor("rating")} idPrefix="verdict">
        {(p) => (
          <select {...p} name="rating" value={fields.rating} onChange={set("rating")} className={inputClass}>
            <option value="" disabled>
              Choose a rating…
            </option>
            {RATINGS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label} — {r.description}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="summary" label="One-line summary" error={form.errorFor("summary")} idPrefix="verdict" hint="10–280 characters; shown under the rating.">
        {(p) => <input {...p} name="summary" value={fields.summary} onChange={set("summary")} className={inputClass} />}
      </Field>
      <Field
        name="rationale"
        label="Rationale"
        error={form.errorFor("rationale")}
        idPrefix="verdict"
        hint="Explain the rating from the evidence; cite the sources by name."
      >
        {(p) => <textarea {...p} name="rationale" rows={8} value={fields.rationale} onChange={set("rationale")} className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="validAsOf"
          label="Valid as of (optional)"
          error={form.errorFor("validAsOf")}
          idPrefix="verdict"
          hint="The day the facts were checked; readers see it."
        >
          {(p) => <input {...p} name="validAsOf" type="date" value={fields.validAsOf} onChange={set("validAsOf")} className={inputClass} />}
        </Field>
        <Field
          name="recheckOn"
          label="Re-check on (optional)"
          error={form.errorFor("recheckOn")}
          idPrefix="verdict"
          hint="Once published, the claim returns to the queue on this day."
        >
          {(p) => <input {...p} name="recheckOn" type="date" value={fields.recheckOn} onChange={set("recheckOn")} className={inputClass} />}
        </Field>
      </div>
      <SubmitButton pending={form.pending}>{props.saved ? "Save verdict" : "Save draft verdict"}</SubmitButton>
    </form>
  );
}
