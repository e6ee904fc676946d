"use client";

import { useRouter } from "next/navigation";
import { changePasswordSchema } from "@/lib/auth/admin-schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { changePasswordAction } from "../actions";

export function ChangeOwnPasswordForm({ userId }: { userId: string }) {
  const router = useRouter();
  // The change ends this session too: sign in again with the new password.
  const form = useActionForm(changePasswordSchema, changePasswordAction, { extra: { userId }, onSuccess: () => router.push("/signin?callbackUrl=%2Fdesk") });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-label="Change your password">
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field name="currentPassword" label="Current password" error={form.errorFor("currentPassword")} idPrefix="own">
        {(p) => <input {...p} name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field
        name="newPassword"
        label="New password"
        error={form.errorFor("newPassword")}
        idPrefix="own"
        hint="12+ characters, at most 72 bytes, not a common one: a phrase of unrelated words works well."
      >
        {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending}>Change password</SubmitButton>
    </form>
  );
}
