"use client";

import { useState } from "react";
import { replaceTextSchema } from "@/lib/intake/schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { replaceArticleTextAction } from "../../actions";

export function ReplaceTextForm({ articleId, version, text }: { articleId: string; version: number; text: string }) {
  const [result, setResult] = useState<string | null>(null);
  const form = useActionForm(replaceTextSchema, replaceArticleTextAction, {
    extra: { articleId, version },
    onSuccess: (o) =>
      setResult(
        `Text replaced. Claims kept: ${o.unchanged}, moved: ${o.moved}, need review: ${o.fuzzy + o.lost}.${o.suggestionsSkipped ? ` ${o.suggestionsSkipped}` : ""}`,
      ),
  });
  return (
    <details className="rounded border border-stone-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium">Edit or re-import the text</summary>
      <form onSubmit={form.onSubmit} noValidate className="space-y-2 pt-3" aria-label="Replace text">
        <p className="text-xs text-stone-600">Claims re-anchor to their quotes; any that no longer match are flagged for review, never moved silently.</p>
        <FormMessage error={form.state.formError} code={form.state.code} done={!!result} doneText={result ?? undefined} />
        <Field name="text" label="Article text" error={form.errorFor("text")} idPrefix="replace">
          {(p) => <textarea {...p} name="text" rows={10} defaultValue={text} className={inputClass} />}
        </Field>
        <SubmitButton pending={form.pending}>Replace text</SubmitButton>
      </form>
    </details>
  );
}
