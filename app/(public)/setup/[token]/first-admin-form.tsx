"use client";

import Link from "next/link";
import { firstAdminSchema } from "@/lib/setup/schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { createFirstAdminAction } from "./actions";

export function FirstAdminForm({ token }: { token: string }) {
  const form = useActionForm(firstAdminSchema, createFirstAdminAction, { extra: { token } });
  if (form.state.done) {
    return (
      <p role="status" className="text-sm">
        The admin account is ready and this link no longer works.{" "}
        <Link href="/signin?callbackUrl=/desk/admin/users" className="underline">
          Sign in
        </Link>{" "}
        to add your colleagues.
      </p>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-label="Create the first admin">
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field name="name" label="Name" error={form.errorFor("name")} idPrefix="setup">
        {(p) => <input {...p} name="name" autoComplete="name" className={inputClass} />}
      </Field>
      <Field name="email" label="Email" error={form.errorFor("email")} idPrefix="setup">
        {(p) => <input {...p} name="email" type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field name="password" label="Password" error={form.errorFor("password")} idPrefix="setup" hint="12+ characters, mixing letters with digits or symbols.">
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending}>Create admin account</SubmitButton>
    </form>
  );
}
