"use client";

import "@/lib/zod-jitless";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import { signInSchema } from "@/lib/auth/schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { isToldSignInError } from "@/lib/auth/sign-in-messages";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = signInSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setFormError(null);
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        // A throttled sign-in, or a busy server, carries its own message ("Try again in N seconds"); nothing else is revealed.
        setFormError(isToldSignInError(result?.error) ? result.error : "Email or password is incorrect, or the account is disabled.");
        return;
      }
      window.location.assign(callbackUrl);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-label="Sign in">
      <FormMessage error={formError} code={null} />
      <Field name="email" label="Email" error={errors.email?.[0]}>
        {(p) => <input {...p} name="email" type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field name="password" label="Password" error={errors.password?.[0]}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
