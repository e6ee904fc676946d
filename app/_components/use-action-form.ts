"use client";

import "@/lib/zod-jitless";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { FieldErrors } from "@/lib/errors";

export type FormState = { fieldErrors: FieldErrors; formError: string | null; code: string | null; done: boolean };

const EMPTY: FormState = { fieldErrors: {}, formError: null, code: null, done: false };

/**
 * Submit a form through a server action with the same zod schema the server uses. Values stay in
 * the fields on any error (no automatic form reset), messages land next to their fields.
 */
export function useActionForm<S extends z.ZodType, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: { extra?: Record<string, unknown>; resetOnSuccess?: boolean; onSuccess?: (data: T) => void } = {},
) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<FormState>(EMPTY);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = { ...Object.fromEntries(new FormData(form)), ...options.extra } as z.input<S>;
    const local = schema.safeParse(values);
    if (!local.success) {
      const flat = z.flattenError(local.error);
      setState({
        fieldErrors: flat.fieldErrors as FieldErrors,
        formError: flat.formErrors[0] ?? "Some fields need attention.",
        code: "VALIDATION",
        done: false,
      });
      return;
    }
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(values);
      } catch {
        setState({ ...EMPTY, formError: "Could not reach the server. Check your connection; nothing was saved.", code: "NETWORK" });
        return;
      }
      if (!result.ok) {
        setState({ fieldErrors: result.fieldErrors ?? {}, formError: result.error, code: result.code, done: false });
        return;
      }
      setState({ ...EMPTY, done: true });
      if (options.resetOnSuccess) form.reset();
      options.onSuccess?.(result.data);
      router.refresh();
    });
  }

  const errorFor = (name: string) => state.fieldErrors[name]?.[0];
  return { onSubmit, pending, state, errorFor };
}
