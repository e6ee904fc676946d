"use client";

import { displayNameSchema } from "@/lib/auth/profile-schema";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { setDisplayNameAction } from "../actions";

export function DisplayNameForm({ name, displayName }: { name: string; displayName: string | null }) {
  const form = useActionForm(displayNameSchema, setDisplayNameAction);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-label="Your name on published verdicts">
      <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Saved. Your published verdicts show it now." />
      <Field
        name="displayName"
        label="Name on published verdicts"
        error={form.errorFor("displayName")}
        idPrefix="profile"
        hint={`Readers see it in the byline of the verdicts you checked or edited. Leave it empty to use your name (${name}).`}
      >
        {(p) => <input {...p} name="displayName" defaultValue={displayName ?? ""} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending}>Save name</SubmitButton>
    </form>
  );
}
