"use client";

import { assignSchema } from "@/lib/claims/schemas";
import { PRIORITIES, PRIORITY_LABEL } from "@/lib/claims/assignment";
import type { Priority } from "@/lib/generated/prisma/enums";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { assignClaimAction } from "../../actions";

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
      {props.assigneeId !== props.actorId && (
        <AssignToMe claimId={props.claimId} version={props.version} actorId={props.actorId} shortcut={!props.assigneeId} />
      )}
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
