"use client";

import { useState } from "react";
import { addEvidenceSchema, addSourceSchema, STANCE_LABEL, STANCES } from "@/lib/sources/schemas";
import { commentSchema } from "@/lib/claims/schemas";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { addCommentAction, addEvidenceAction, addSourceAction, withholdSourceAction } from "../../actions";
import { withholdSourceSchema } from "@/lib/publishing/schemas";
import type { Member } from "@/lib/comments/mentions";
import { MentionTextarea } from "./mention-textarea";

/** A source's fields, added or edited; `defaults` fill them when editing. */
export function SourceFields({
  errorFor,
  idPrefix,
  defaults = {},
}: {
  errorFor: (name: string) => string | undefined;
  idPrefix: string;
  defaults?: SourceDefaults;
}) {
  const f = errorFor;
  return (
    <>
      <Field name="url" label="URL" error={f("url")} idPrefix={idPrefix}>
        {(p) => <input {...p} name="url" type="url" placeholder="https://…" defaultValue={defaults.url} className={inputClass} />}
      </Field>
      <Field name="title" label="Title" error={f("title")} idPrefix={idPrefix}>
        {(p) => <input {...p} name="title" defaultValue={defaults.title} className={inputClass} />}
      </Field>
      <Field name="publisher" label="Publisher" error={f("publisher")} idPrefix={idPrefix}>
        {(p) => <input {...p} name="publisher" defaultValue={defaults.publisher ?? ""} className={inputClass} />}
      </Field>
      <Field name="publishedAt" label="Publication date" error={f("publishedAt")} idPrefix={idPrefix}>
        {(p) => <input {...p} name="publishedAt" type="date" defaultValue={defaults.publishedAt} className={inputClass} />}
      </Field>
      <Field name="accessedAt" label="Date accessed" error={f("accessedAt")} idPrefix={idPrefix} hint={defaults.accessedAt ? undefined : "Defaults to today."}>
        {(p) => <input {...p} name="accessedAt" type="date" defaultValue={defaults.accessedAt} className={inputClass} />}
      </Field>
      <Field name="archiveUrl" label="Archived copy (optional)" error={f("archiveUrl")} idPrefix={idPrefix}>
        {(p) => (
          <input {...p} name="archiveUrl" type="url" placeholder="https://web.archive.org/…" defaultValue={defaults.archiveUrl ?? ""} className={inputClass} />
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field name="reliabilityNote" label="Reliability note" error={f("reliabilityNote")} idPrefix={idPrefix}>
          {(p) => <textarea {...p} name="reliabilityNote" rows={2} defaultValue={defaults.reliabilityNote ?? ""} className={inputClass} />}
        </Field>
      </div>
    </>
  );
}

export type SourceDefaults = {
  url?: string;
  title?: string;
  publisher?: string | null;
  publishedAt?: string;
  accessedAt?: string;
  archiveUrl?: string | null;
  reliabilityNote?: string | null;
};

export function SourceForm({ claimId }: { claimId: string }) {
  const form = useActionForm(addSourceSchema, addSourceAction, { extra: { claimId }, resetOnSuccess: true });
  const f = (name: string) => form.errorFor(name);
  return (
    <form onSubmit={form.onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label="Add source">
      <div className="sm:col-span-2">
        <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Source added." />
      </div>
      <SourceFields errorFor={f} idPrefix="source" />
      <div className="space-y-2 sm:col-span-2">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="withheld" /> Withhold this source from the public page, for its safety
        </label>
        <Field name="withheldReason" label="Reason for withholding (readers see it)" error={f("withheldReason")} idPrefix="source">
          {(p) => <input {...p} name="withheldReason" className={inputClass} />}
        </Field>
      </div>
      <div>
        <SubmitButton pending={form.pending}>Add source</SubmitButton>
      </div>
    </form>
  );
}

export type EvidenceDefaults = { sourceId?: string; stance?: (typeof STANCES)[number]; excerpt?: string; note?: string | null };

/** A piece of evidence's fields, added or edited. */
export function EvidenceFields({
  errorFor,
  idPrefix,
  sources,
  defaults = {},
}: {
  errorFor: (name: string) => string | undefined;
  idPrefix: string;
  sources: { id: string; title: string }[];
  defaults?: EvidenceDefaults;
}) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="sourceId" label="Source" error={errorFor("sourceId")} idPrefix={idPrefix}>
          {(p) => (
            <select {...p} name="sourceId" defaultValue={defaults.sourceId ?? ""} className={inputClass}>
              <option value="" disabled>
                Choose a source…
              </option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="stance" label="Stance" error={errorFor("stance")} idPrefix={idPrefix}>
          {(p) => (
            <select {...p} name="stance" defaultValue={defaults.stance ?? ""} className={inputClass}>
              <option value="" disabled>
                Choose…
              </option>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {STANCE_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="excerpt" label="Excerpt" error={errorFor("excerpt")} idPrefix={idPrefix} hint="Quote the source exactly, or start with “Paraphrase:”.">
        {(p) => <textarea {...p} name="excerpt" rows={3} defaultValue={defaults.excerpt} className={inputClass} />}
      </Field>
      <Field name="note" label="Note" error={errorFor("note")} idPrefix={idPrefix}>
        {(p) => <textarea {...p} name="note" rows={2} defaultValue={defaults.note ?? ""} className={inputClass} />}
      </Field>
    </>
  );
}

export function EvidenceForm({ claimId, sources }: { claimId: string; sources: { id: string; title: string }[] }) {
  const form = useActionForm(addEvidenceSchema, addEvidenceAction, { extra: { claimId }, resetOnSuccess: true });
  if (sources.length === 0) return <p className="text-sm text-stone-600">Add a source first; evidence quotes one of the claim&apos;s sources.</p>;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label="Add evidence">
      <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Evidence added." />
      <EvidenceFields errorFor={form.errorFor} idPrefix="evidence" sources={sources} />
      <SubmitButton pending={form.pending}>Add evidence</SubmitButton>
    </form>
  );
}

/** A comment, or a reply to one (`parentId`); "@" offers desk members to mention. */
export function CommentForm({ claimId, members, parentId, onDone }: { claimId: string; members: Member[]; parentId?: string; onDone?: () => void }) {
  const form = useActionForm(commentSchema, addCommentAction, {
    extra: { claimId, ...(parentId ? { parentId } : {}) },
    resetOnSuccess: true,
    onSuccess: onDone,
  });
  const prefix = parentId ? `reply-${parentId}` : "comment";
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2" aria-label={parentId ? "Reply" : "Add comment"}>
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field
        name="body"
        label={parentId ? "Reply" : "Comment"}
        error={form.errorFor("body")}
        idPrefix={prefix}
        hint={members.length > 0 ? "Type @ and a name to mention a colleague (they are notified). Web addresses become links." : undefined}
      >
        {(p) => <MentionTextarea {...p} members={members} name="body" rows={parentId ? 2 : 3} autoFocus={!!parentId} className={inputClass} />}
      </Field>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending} variant="plain">
          {parentId ? "Send reply" : "Comment"}
        </SubmitButton>
        {parentId && onDone && (
          <button type="button" onClick={onDone} className="rounded border border-stone-300 px-3 py-1.5 text-sm">
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** "Reply" under a comment: opens a reply form in place. */
export function ReplyControl({ claimId, commentId, author, members }: { claimId: string; commentId: string; author: string; members: Member[] }) {
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(false);
  if (!open) {
    return (
      <button type="button" autoFocus={closed} onClick={() => setOpen(true)} className="text-sm text-blue-800 underline" aria-label={`Reply to ${author}`}>
        Reply
      </button>
    );
  }
  return (
    <CommentForm
      claimId={claimId}
      members={members}
      parentId={commentId}
      onDone={() => {
        setOpen(false);
        setClosed(true);
      }}
    />
  );
}

/** Editors withhold a source from the public page (or show it again) at any stage. */
export function WithholdControl({ sourceId, withheld }: { sourceId: string; withheld: boolean }) {
  const form = useActionForm(withholdSourceSchema, withholdSourceAction, { extra: { sourceId, withheld: !withheld } });
  return (
    <form onSubmit={form.onSubmit} noValidate className="mt-1 flex flex-wrap items-end gap-2" aria-label={withheld ? "Show source" : "Withhold source"}>
      {!withheld && (
        <Field name="reason" label="Reason for withholding" error={form.errorFor("reason")} idPrefix={`withhold-${sourceId}`}>
          {(p) => <input {...p} name="reason" className={inputClass} />}
        </Field>
      )}
      <SubmitButton pending={form.pending} variant="plain">
        {withheld ? "Show on the public page" : "Withhold from the public page"}
      </SubmitButton>
      <FormMessage error={form.state.formError} code={form.state.code} />
    </form>
  );
}
