"use client";

import { settingsSchema } from "@/lib/settings/schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { updateSettingsAction } from "../../actions";

/** `max`: the most approvals this desk can give (lib/settings/settings.ts approvalsRange), which the server enforces too. */
export function SettingsForm({ approvalsRequired, max }: { approvalsRequired: number; max: number }) {
  const form = useActionForm(settingsSchema, updateSettingsAction);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label="Approval policy">
      <FormMessage
        error={form.state.formError}
        code={form.state.code}
        done={form.state.done}
        doneText="Settings saved. Verdicts in review now need this many approvals."
      />
      <Field
        name="approvalsRequired"
        label="Approvals needed to publish a verdict"
        error={form.errorFor("approvalsRequired")}
        idPrefix="settings"
        hint={
          max === 1
            ? "1: with this many editors, one approval is all a verdict can get."
            : `1 to ${max}, the most this desk’s editors can give (a verdict’s author never approves it).`
        }
      >
        {(p) => (
          <input {...p} name="approvalsRequired" type="number" min={1} max={max} step={1} defaultValue={approvalsRequired} className={`${inputClass} w-24`} />
        )}
      </Field>
      <SubmitButton pending={form.pending}>Save settings</SubmitButton>
    </form>
  );
}
