"use client";

import { settingsSchema } from "@/lib/settings/schemas";
import { MAX_APPROVALS } from "@/lib/claims/review";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { updateSettingsAction } from "../../actions";

export function SettingsForm({ approvalsRequired }: { approvalsRequired: number }) {
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
        hint={`1 to ${MAX_APPROVALS}.`}
      >
        {(p) => (
          <input
            {...p}
            name="approvalsRequired"
            type="number"
            min={1}
            max={MAX_APPROVALS}
            step={1}
            defaultValue={approvalsRequired}
            className={`${inputClass} w-24`}
          />
        )}
      </Field>
      <SubmitButton pending={form.pending}>Save settings</SubmitButton>
    </form>
  );
}
