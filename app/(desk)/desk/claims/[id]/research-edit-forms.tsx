"use client";

import { useState } from "react";
import { editEvidenceSchema, editSourceSchema, removeEvidenceSchema, removeSourceSchema } from "@/lib/sources/schemas";
import { FormMessage, SubmitButton } from "@/app/_components/form-fields";
import { ConfirmRemove } from "@/app/_components/confirm-remove";
import { useActionForm } from "@/app/_components/use-action-form";
import { editEvidenceAction, editSourceAction, removeEvidenceAction, removeSourceAction } from "../../actions";
import { EvidenceFields, SourceFields, type EvidenceDefaults, type SourceDefaults } from "./research-forms";

// Corrections to the research while it is open: each at the version the page showed, so a colleague's
// change in between is never overwritten (the server answers STALE, and the form says to reload).

export function EditSourceControl({ sourceId, version, defaults }: { sourceId: string; version: number; defaults: SourceDefaults }) {
  const [open, setOpen] = useState(false);
  const form = useActionForm(editSourceSchema, editSourceAction, { extra: { sourceId, version }, onSuccess: () => setOpen(false) });
  if (!open) return <EditButton label={`Edit source “${defaults.title}”`} onClick={() => setOpen(true)} />;
  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      className="mt-2 grid gap-3 rounded border border-stone-200 bg-stone-50 p-2 sm:grid-cols-2"
      aria-label="Edit source"
    >
      <div className="sm:col-span-2">
        <FormMessage error={form.state.formError} code={form.state.code} />
      </div>
      <SourceFields errorFor={form.errorFor} idPrefix={`source-${sourceId}`} defaults={defaults} />
      <FormButtons pending={form.pending} save="Save source" onCancel={() => setOpen(false)} />
    </form>
  );
}

export function EditEvidenceControl({
  evidenceId,
  version,
  defaults,
  sources,
}: {
  evidenceId: string;
  version: number;
  defaults: EvidenceDefaults;
  sources: { id: string; title: string }[];
}) {
  const [open, setOpen] = useState(false);
  const form = useActionForm(editEvidenceSchema, editEvidenceAction, { extra: { evidenceId, version }, onSuccess: () => setOpen(false) });
  if (!open) return <EditButton label="Edit evidence" onClick={() => setOpen(true)} />;
  return (
    <form onSubmit={form.onSubmit} noValidate className="mt-2 space-y-3 rounded border border-stone-200 bg-stone-50 p-2" aria-label="Edit evidence">
      <FormMessage error={form.state.formError} code={form.state.code} />
      <EvidenceFields errorFor={form.errorFor} idPrefix={`evidence-${evidenceId}`} sources={sources} defaults={defaults} />
      <FormButtons pending={form.pending} save="Save evidence" onCancel={() => setOpen(false)} />
    </form>
  );
}

/** Remove, after a confirmation that says what goes with it. */
export function RemoveSourceControl({ sourceId, version, title, evidence }: { sourceId: string; version: number; title: string; evidence: number }) {
  const form = useActionForm(removeSourceSchema, removeSourceAction, { extra: { sourceId, version } });
  const consequence = evidence === 0 ? "" : ` and the ${evidence === 1 ? "piece of evidence" : `${evidence} pieces of evidence`} taken from it`;
  return <ConfirmRemove form={form} label={`Remove source “${title}”`} question={`Remove the source “${title}”${consequence}? The history keeps a record.`} />;
}

export function RemoveEvidenceControl({ evidenceId, version }: { evidenceId: string; version: number }) {
  const form = useActionForm(removeEvidenceSchema, removeEvidenceAction, { extra: { evidenceId, version } });
  return <ConfirmRemove form={form} label="Remove evidence" question="Remove this piece of evidence? The history keeps a record." />;
}

function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} aria-label={label} className="text-sm text-blue-800 underline">
      Edit
    </button>
  );
}

function FormButtons({ pending, save, onCancel }: { pending: boolean; save: string; onCancel: () => void }) {
  return (
    <div className="flex gap-2 sm:col-span-2">
      <SubmitButton pending={pending}>{save}</SubmitButton>
      <button type="button" onClick={onCancel} className="rounded border border-stone-300 px-3 py-1.5 text-sm">
        Cancel
      </button>
    </div>
  );
}
