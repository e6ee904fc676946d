"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { addAliasSchema, mergeClaimantsSchema, removeAliasSchema } from "@/lib/claimants/schemas";
import { ClaimantInput } from "@/app/_components/claimant-input";
import { ConfirmRemove } from "@/app/_components/confirm-remove";
import { Field, FormMessage, inputClass, SubmitButton } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { addClaimantAliasAction, mergeClaimantsAction, removeClaimantAliasAction } from "../../actions";

type Claimant = { id: string; name: string; version: number };

export function AddAliasForm({ claimant }: { claimant: Claimant }) {
  const form = useActionForm(addAliasSchema, addClaimantAliasAction, { extra: { claimantId: claimant.id, version: claimant.version }, resetOnSuccess: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2" aria-label="Add an alias">
      <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Alias added." />
      <Field name="alias" label="New alias" error={form.errorFor("alias")} hint="Another name or spelling people use, such as a surname alone.">
        {(p) => <input {...p} name="alias" className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending}>Add alias</SubmitButton>
    </form>
  );
}

export function RemoveAlias({ claimant, alias }: { claimant: Claimant; alias: { id: string; alias: string } }) {
  const form = useActionForm(removeAliasSchema, removeClaimantAliasAction, {
    extra: { claimantId: claimant.id, version: claimant.version, aliasId: alias.id },
  });
  return (
    <ConfirmRemove
      form={form}
      label={`Remove alias “${alias.alias}”`}
      question={`Remove “${alias.alias}”? Claims typed with this name will then start a new claimant.`}
    />
  );
}

/** Merge this claimant into another: asked twice, since its page and name go (the name stays as an alias). */
export function MergeForm({ claimant, claims }: { claimant: Claimant; claims: number }) {
  const router = useRouter();
  const [armed, setArmed] = useState(false);
  const form = useActionForm(mergeClaimantsSchema, mergeClaimantsAction, {
    extra: { claimantId: claimant.id, version: claimant.version },
    onSuccess: ({ into }) => router.replace(`/desk/claimants/${encodeURIComponent(into)}`),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2" aria-label="Merge into another claimant">
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field name="into" label="Merge into" error={form.errorFor("into")} hint="The claimant this one duplicates: type its name or an alias.">
        {(p) => <ClaimantInput {...p} name="into" className={inputClass} />}
      </Field>
      {armed ? (
        <div className="space-y-2 rounded border border-red-200 bg-red-50 p-2">
          <p className="text-sm">
            Move {claims === 1 ? "its claim" : `its ${claims} claims`} to that claimant? “{claimant.name}” becomes one of its aliases, and this page leads
            there.
          </p>
          <div className="flex gap-2">
            <SubmitButton pending={form.pending} variant="danger" autoFocus>
              Confirm: merge
            </SubmitButton>
            <button type="button" onClick={() => setArmed(false)} className="rounded border border-stone-300 px-3 py-1.5 text-sm">
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setArmed(true)} className="rounded border border-red-300 px-3 py-1.5 text-sm text-red-800">
          Merge…
        </button>
      )}
    </form>
  );
}
