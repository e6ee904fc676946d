"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { TRANSITIONS, type ClaimAction } from "@/lib/claims/lifecycle";
import { assignSchema, transitionSchema } from "@/lib/claims/schemas";
import { recheckSchema, saveVerdictSchema } from "@/lib/verdicts/schemas";
import { correctVerdictSchema } from "@/lib/publishing/schemas";
import { RATINGS } from "@/lib/verdicts/ratings";
import { EMPTY_FIELDS, reconcileDraft, sameFields, verdictChanges, type VerdictFields, type VerdictSnapshot } from "@/lib/verdicts/draft";
import { useLiveClaim } from "./live";
import { PRIORITIES, PRIORITY_LABEL } from "@/lib/claims/assignment";
import type { Priority } from "@/lib/generated/prisma/enums";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { assignClaimAction, correctVerdictAction, recheckVerdictAction, saveVerdictAction, transitionClaimAction } from "../../actions";

const NEEDS_NOTE: Partial<Record<ClaimAction, string>> = {
  dismiss: "Why is this claim not worth checking?",
  object: "What do you object to? (the fact-checker and the other editors see it)",
  sendBack: "What should the fact-checker change?",
  unpublish: "Reason for unpublishing (readers will see it on the retraction notice)",
};
const CONFIRM: Partial<Record<ClaimAction, string>> = {
  publish: "Publish this verdict? It becomes public at once, for readers and search engines.",
  approve: "Approve this verdict for publication? Add a note if you like; it is kept with your approval.",
  unpublish: "Unpublish this verdict? Its page will show a retraction notice with your reason, and it leaves the feed, the sitemap and the API.",
  rework: "Reopen research? The retraction notice stays public until the verdict is published again.",
};

function TransitionForm({ claimId, version, action }: { claimId: string; version: number; action: ClaimAction }) {
  const [armed, setArmed] = useState(false);
  // After "Cancel", focus returns to the button that armed the form.
  const [disarmed, setDisarmed] = useState(false);
  const form = useActionForm(transitionSchema, transitionClaimAction, { extra: { claimId, version, action } });
  // An approval may carry a note; the keyboard still lands on the confirmation, the note a Shift+Tab away.
  const optionalNote = action === "approve";
  const noteLabel = NEEDS_NOTE[action] ?? (optionalNote ? "Note (optional)" : undefined);
  const confirmText = CONFIRM[action];
  const label = TRANSITIONS[action].label;
  const danger = action === "dismiss" || action === "sendBack" || action === "unpublish" || action === "object";

  if ((noteLabel || confirmText) && !armed) {
    return (
      <button type="button" autoFocus={disarmed} onClick={() => setArmed(true)} className={`rounded px-3 py-1.5 text-sm font-medium ${danger ? "border border-stone-300 bg-white hover:bg-stone-100" : "bg-blue-700 text-white hover:bg-blue-800"}`}>
        {label}
      </button>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={label} className="w-full space-y-2 rounded border border-stone-200 bg-stone-50 p-2">
      <FormMessage error={form.state.formError} code={form.state.code} />
      {confirmText && <p className="text-sm">{confirmText}</p>}
      {noteLabel && (
        <Field name="note" label={noteLabel} error={form.errorFor("note")} idPrefix={action}>
          {(p) => <textarea {...p} name="note" rows={optionalNote ? 2 : 3} autoFocus={armed && !optionalNote} className={inputClass} />}
        </Field>
      )}
      <div className="flex gap-2">
        {/* Armed by a button that is now gone: focus moves into the confirmation. */}
        <SubmitButton pending={form.pending} variant={danger ? "danger" : "primary"} autoFocus={armed && (!noteLabel || optionalNote)}>
          {armed ? `Confirm: ${label.toLowerCase()}` : label}
        </SubmitButton>
        {armed && (
          <button
            type="button"
            onClick={() => {
              setArmed(false);
              setDisarmed(true);
            }}
            className="rounded border border-stone-300 px-3 py-1.5 text-sm"
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

export function TransitionControls(props: {
  claimId: string;
  version: number;
  actions: ClaimAction[];
  blocked: { action: ClaimAction; reason: string }[];
}) {
  return (
    <div className="space-y-2">
      {props.actions.some((a) => a !== "correct") ? (
        <div className="flex flex-wrap gap-2" data-testid="transition-controls">
          {props.actions.filter((a) => a !== "correct").map((a) => (
            <TransitionForm key={a} claimId={props.claimId} version={props.version} action={a} />
          ))}
        </div>
      ) : (
        props.blocked.length === 0 && <p className="text-sm text-stone-600">No status change is open at this stage.</p>
      )}
      {props.blocked.length > 0 && (
        <ul className="space-y-1 text-sm text-stone-600" data-testid="blocked-actions">
          {props.blocked.map((b) => (
            <li key={b.action}>
              <span className="font-medium">{TRANSITIONS[b.action].label}:</span> {b.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function AssignControl(props: {
  claimId: string;
  version: number;
  assigneeId: string | null;
  dueDate: string;
  priority: Priority;
  actorId: string;
  isEditor: boolean;
  members: { id: string; name: string }[];
}) {
  const form = useActionForm(assignSchema, assignClaimAction, { extra: { claimId: props.claimId, version: props.version } });
  if (!props.isEditor) {
    const mine = props.assigneeId === props.actorId;
    if (props.assigneeId && !mine) return null;
    return (
      <form onSubmit={form.onSubmit} className="flex items-center gap-2">
        <input type="hidden" name="assigneeId" value={mine ? "" : props.actorId} />
        <SubmitButton pending={form.pending} variant="plain" shortcut={mine ? undefined : "assign-me"}>
          {mine ? "Unassign me" : "Assign to me"}
        </SubmitButton>
        <FormMessage error={form.state.formError} code={form.state.code} />
      </form>
    );
  }
  return (
    <div className="space-y-2">
      {props.assigneeId !== props.actorId && <AssignToMe claimId={props.claimId} version={props.version} actorId={props.actorId} shortcut={!props.assigneeId} />}
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-end gap-2" aria-label="Assign">
      <Field name="assigneeId" label="Assignee" error={form.errorFor("assigneeId")}>
        {(p) => (
          <select {...p} name="assigneeId" defaultValue={props.assigneeId ?? ""} className={inputClass}>
            <option value="">Unassigned</option>
            {props.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="dueDate" label="Due date" error={form.errorFor("dueDate")} idPrefix="assign">
        {(p) => <input {...p} name="dueDate" type="date" defaultValue={props.dueDate} className={inputClass} />}
      </Field>
      <Field name="priority" label="Priority" error={form.errorFor("priority")} idPrefix="assign">
        {(p) => (
          <select {...p} name="priority" defaultValue={props.priority} className={inputClass}>
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {PRIORITY_LABEL[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={form.pending} variant="plain">
        Assign
      </SubmitButton>
      <FormMessage error={form.state.formError} code={form.state.code} />
    </form>
    </div>
  );
}

const draftKey = (userId: string, claimId: string) => `factdesk:verdict-draft:${userId}:${claimId}`;
type StoredDraft = { base: VerdictSnapshot; fields: VerdictFields };

function parseDraft(raw: string | null | undefined): StoredDraft | null {
  try {
    const value = JSON.parse(raw ?? "null") as StoredDraft | null;
    return value && typeof value.base?.version === "number" && typeof value.fields?.summary === "string" ? value : null;
  } catch {
    return null;
  }
}

const DRAFT_EVENT = "factdesk:verdict-draft";
const subscribeDrafts = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  window.addEventListener(DRAFT_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(DRAFT_EVENT, onChange);
  };
};

/** The draft kept in this browser: undefined while rendering on the server (not known yet). */
function useStoredDraft(key: string): string | null | undefined {
  return useSyncExternalStore(
    subscribeDrafts,
    () => window.localStorage.getItem(key),
    () => undefined,
  );
}

function forgetDraft(key: string) {
  window.localStorage.removeItem(key);
  window.dispatchEvent(new Event(DRAFT_EVENT));
}

/** What someone else changed in the verdict while a draft was open here, word by word. */
function VerdictConflict({ mine, base, theirs, by, onKeep, onTake }: { mine: VerdictFields; base: VerdictFields; theirs: VerdictSnapshot; by: string | null; onKeep: () => void; onTake: () => void }) {
  const changes = verdictChanges(base, theirs.fields);
  const differs = verdictChanges(theirs.fields, mine).map((c) => c.label.toLowerCase());
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="verdict-conflict">
      <p>
        <strong>{by ?? "Someone else"} saved the verdict while you were editing it</strong> (now version {theirs.version}). Your draft is kept in the form below; it
        differs from theirs in: {differs.join(", ") || "nothing"}. What they changed:
      </p>
      <dl className="space-y-1">
        {changes.map((c) => (
          <div key={c.field}>
            <dt className="font-medium">{c.label}</dt>
            <dd className="whitespace-pre-wrap">
              {c.parts.map((p, i) =>
                p.kind === "added" ? (
                  <ins key={i} className="bg-green-100 no-underline" title="added">
                    {p.text}
                  </ins>
                ) : p.kind === "removed" ? (
                  <del key={i} className="bg-red-100" title="removed">
                    {p.text}
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeep} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
          Keep my draft (saving replaces theirs)
        </button>
        <button type="button" onClick={onTake} className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100">
          Use their version (drop my draft)
        </button>
      </div>
    </div>
  );
}

/**
 * The verdict draft. The form remembers the version its text started from: when someone else saves
 * meanwhile (the page reloads its data live), an untouched form shows their text, and a draft is
 * kept, with what they changed shown beside it, until its author keeps it or takes theirs. Unsaved
 * text is also kept in this browser (localStorage), so a reload or a status change loses nothing.
 */
/** An editor takes the claim in one step (keeps its due date and priority); the "a" shortcut presses it. */
function AssignToMe({ claimId, version, actorId, shortcut }: { claimId: string; version: number; actorId: string; shortcut: boolean }) {
  const form = useActionForm(assignSchema, assignClaimAction, { extra: { claimId, version, assigneeId: actorId } });
  return (
    <form onSubmit={form.onSubmit} className="flex items-center gap-2" aria-label="Take the claim">
      {/* The "a" shortcut takes an unassigned claim only: a colleague's is taken with a deliberate click. */}
      <SubmitButton pending={form.pending} variant="plain" shortcut={shortcut ? "assign-me" : undefined}>
        Assign to me
      </SubmitButton>
      <FormMessage error={form.state.formError} code={form.state.code} />
    </form>
  );
}

export function VerdictForm(props: {
  claimId: string;
  userId: string;
  verdict: { version: number; rating: string; summary: string; rationale: string; editedBy: string; validAsOf: string; recheckOn: string } | null;
}) {
  const live = useLiveClaim();
  const server: VerdictSnapshot = props.verdict
    ? {
        version: props.verdict.version,
        fields: {
          rating: props.verdict.rating,
          summary: props.verdict.summary,
          rationale: props.verdict.rationale,
          validAsOf: props.verdict.validAsOf,
          recheckOn: props.verdict.recheckOn,
        },
      }
    : { version: 0, fields: EMPTY_FIELDS };
  const [base, setBase] = useState<VerdictSnapshot>(server);
  const [fields, setFields] = useState<VerdictFields>(server.fields);
  const [conflict, setConflict] = useState<VerdictSnapshot | null>(null);
  const [restored, setRestored] = useState(false);
  const [seenVersion, setSeenVersion] = useState<number | null>(null);
  const key = draftKey(props.userId, props.claimId);
  const stored = useStoredDraft(key);
  const dirty = !sameFields(fields, base.fields);

  const form = useActionForm(saveVerdictSchema, saveVerdictAction, {
    extra: { claimId: props.claimId, version: base.version },
    onSuccess: (data) => {
      setBase({ version: data.version, fields });
      setConflict(null);
      forgetDraft(key);
    },
  });

  /** The server's verdict is `server`; the form started from `from` and holds `draft`. */
  const arrive = (from: VerdictSnapshot, draft: VerdictFields) => {
    if (server.version === from.version) return;
    if (reconcileDraft({ base: from.fields, draft, server: server.fields }) === "conflict") {
      setConflict(server);
    } else {
      setBase(server);
      setFields(server.fields);
      setConflict(null);
    }
  };

  // Once this browser's storage can be read (after hydration): bring back a draft left here by a
  // reload or by a status change that closed the form. Then follow the server's versions.
  if (seenVersion === null && stored !== undefined) {
    setSeenVersion(server.version);
    const draft = parseDraft(stored);
    if (draft && !sameFields(draft.fields, server.fields)) {
      setBase(draft.base);
      setFields(draft.fields);
      setRestored(true);
      arrive(draft.base, draft.fields);
    }
  } else if (seenVersion !== null && seenVersion !== server.version) {
    setSeenVersion(server.version);
    arrive(base, fields);
  }

  // setEditing is stable for the page's life; the rest of the live context changes with every remote change.
  const setEditing = live?.setEditing;
  useEffect(() => {
    if (seenVersion === null) return; // storage not read yet: do not overwrite a kept draft
    if (dirty) window.localStorage.setItem(key, JSON.stringify({ base, fields } satisfies StoredDraft));
    else window.localStorage.removeItem(key);
    setEditing?.(dirty);
  }, [dirty, base, fields, key, setEditing, seenVersion]);

  useEffect(() => () => setEditing?.(false), [setEditing]);

  const set = (name: keyof VerdictFields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label="Verdict">
      <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Verdict draft saved." />
      {restored && dirty && !conflict && (
        <p role="note" className="rounded border border-blue-200 bg-blue-50 p-2 text-sm">
          Your unsaved draft from this browser was restored.{" "}
          <button type="button" className="underline" onClick={() => setFields(base.fields)}>
            Discard it
          </button>
        </p>
      )}
      {conflict && (
        <VerdictConflict
          mine={fields}
          base={base.fields}
          theirs={conflict}
          by={props.verdict?.version === conflict.version ? props.verdict.editedBy : live?.changedBy ?? null}
          onKeep={() => {
            setBase(conflict);
            setConflict(null);
          }}
          onTake={() => {
            setBase(conflict);
            setFields(conflict.fields);
            setConflict(null);
          }}
        />
      )}
      <Field name="rating" label="Rating" error={form.errorFor("rating")} idPrefix="verdict">
        {(p) => (
          <select {...p} name="rating" value={fields.rating} onChange={set("rating")} className={inputClass}>
            <option value="" disabled>
              Choose a rating…
            </option>
            {RATINGS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label} — {r.description}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="summary" label="One-line summary" error={form.errorFor("summary")} idPrefix="verdict" hint="10–280 characters; shown under the rating.">
        {(p) => <input {...p} name="summary" value={fields.summary} onChange={set("summary")} className={inputClass} />}
      </Field>
      <Field name="rationale" label="Rationale" error={form.errorFor("rationale")} idPrefix="verdict" hint="Explain the rating from the evidence; cite the sources by name.">
        {(p) => <textarea {...p} name="rationale" rows={8} value={fields.rationale} onChange={set("rationale")} className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="validAsOf" label="Valid as of (optional)" error={form.errorFor("validAsOf")} idPrefix="verdict" hint="The day the facts were checked; readers see it.">
          {(p) => <input {...p} name="validAsOf" type="date" value={fields.validAsOf} onChange={set("validAsOf")} className={inputClass} />}
        </Field>
        <Field name="recheckOn" label="Re-check on (optional)" error={form.errorFor("recheckOn")} idPrefix="verdict" hint="Once published, the claim returns to the queue on this day.">
          {(p) => <input {...p} name="recheckOn" type="date" value={fields.recheckOn} onChange={set("recheckOn")} className={inputClass} />}
        </Field>
      </div>
      <SubmitButton pending={form.pending}>{props.verdict ? "Save verdict" : "Save draft verdict"}</SubmitButton>
    </form>
  );
}

/** A verdict draft kept in this browser while the verdict cannot be edited (the claim left research). */
export function VerdictDraftNotice({ claimId, userId }: { claimId: string; userId: string }) {
  const key = draftKey(userId, claimId);
  const draft = parseDraft(useStoredDraft(key));
  if (!draft) return null;
  return (
    <div role="note" className="space-y-1 rounded border border-blue-200 bg-blue-50 p-2 text-sm" data-testid="verdict-draft-notice">
      <p>
        You have an unsaved verdict draft in this browser; it comes back in the form when the claim is in research again.
      </p>
      <details>
        <summary className="cursor-pointer">Show the draft</summary>
        <p className="font-medium">{draft.fields.summary}</p>
        <p className="whitespace-pre-wrap">{draft.fields.rationale}</p>
      </details>
      <button
        type="button"
        className="underline"
        onClick={() => forgetDraft(key)}
      >
        Discard the draft
      </button>
    </div>
  );
}

/** An editor's correction of a published verdict: the new text plus a note readers will see. */
export function CorrectionForm(props: { claimId: string; version: number; verdict: { rating: string; summary: string; rationale: string } }) {
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(false);
  const form = useActionForm(correctVerdictSchema, correctVerdictAction, {
    extra: { claimId: props.claimId, version: props.version },
    onSuccess: () => setOpen(false),
  });
  if (!open) {
    return (
      <div className="space-y-2">
        <FormMessage error={null} code={null} done={form.state.done} doneText="Correction published." />
        <button
          type="button"
          autoFocus={closed}
          onClick={() => setOpen(true)}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          Correct the published verdict
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3" aria-label="Correction">
      <p className="text-sm">The corrected verdict is published at once as a new version; the public page keeps the earlier one with its date.</p>
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field name="rating" label="Rating" error={form.errorFor("rating")} idPrefix="correction">
        {(p) => (
          <select {...p} name="rating" defaultValue={props.verdict.rating} autoFocus className={inputClass}>
            {RATINGS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="summary" label="One-line summary" error={form.errorFor("summary")} idPrefix="correction">
        {(p) => <input {...p} name="summary" defaultValue={props.verdict.summary} className={inputClass} />}
      </Field>
      <Field name="rationale" label="Rationale" error={form.errorFor("rationale")} idPrefix="correction">
        {(p) => <textarea {...p} name="rationale" rows={8} defaultValue={props.verdict.rationale} className={inputClass} />}
      </Field>
      <Field name="note" label="Correction note (shown to readers)" error={form.errorFor("note")} idPrefix="correction" hint="What was wrong and what changed, in a sentence or two.">
        {(p) => <textarea {...p} name="note" rows={2} className={inputClass} />}
      </Field>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending}>Publish correction</SubmitButton>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setClosed(true);
          }}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** An editor records that a published verdict was checked again: still valid as of a day, next re-check. */
export function RecheckForm(props: { claimId: string; version: number; validAsOf: string; recheckOn: string; due: boolean }) {
  const [open, setOpen] = useState(props.due);
  const form = useActionForm(recheckSchema, recheckVerdictAction, { extra: { claimId: props.claimId, version: props.version }, onSuccess: () => setOpen(false) });
  if (!open) {
    return (
      <div className="space-y-2">
        <FormMessage error={null} code={null} done={form.state.done} doneText="Re-check recorded." />
        <button type="button" onClick={() => setOpen(true)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100">
          Record a re-check
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3" aria-label="Re-check">
      <p className="text-sm">
        {props.due ? "This verdict is due for re-checking. " : ""}If the facts still hold, record the day you checked them (readers see it) and when to look again. If
        the verdict must change, publish a correction instead.
      </p>
      <FormMessage error={form.state.formError} code={form.state.code} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="validAsOf" label="Still valid as of" error={form.errorFor("validAsOf")} idPrefix="recheck">
          {(p) => <input {...p} name="validAsOf" type="date" defaultValue={props.validAsOf} className={inputClass} />}
        </Field>
        <Field name="recheckOn" label="Next re-check (optional)" error={form.errorFor("recheckOn")} idPrefix="recheck" hint="Empty: no further re-check planned.">
          {(p) => <input {...p} name="recheckOn" type="date" defaultValue={props.recheckOn} className={inputClass} />}
        </Field>
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending}>Record the re-check</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">
          Cancel
        </button>
      </div>
    </form>
  );
}
