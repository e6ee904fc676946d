"use client";

import { useState } from "react";
import { createUserSchema } from "@/lib/auth/schemas";
import { changePasswordSchema, setDisabledSchema, setNameSchema, setRoleSchema, signOutEverywhereSchema } from "@/lib/auth/admin-schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { changePasswordAction, createUserAction, setUserDisabledAction, setUserNameAction, setUserRoleAction, signOutEverywhereAction } from "../../actions";

export function CreateUserForm() {
  const form = useActionForm(createUserSchema, createUserAction, { resetOnSuccess: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-label="Add user">
      <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Account created." />
      <Field name="name" label="Name" error={form.errorFor("name")} idPrefix="user">
        {(p) => <input {...p} name="name" className={inputClass} />}
      </Field>
      <Field name="email" label="Email" error={form.errorFor("email")} idPrefix="user">
        {(p) => <input {...p} name="email" type="email" className={inputClass} />}
      </Field>
      <Field name="role" label="Role" error={form.errorFor("role")} idPrefix="user">
        {(p) => (
          <select {...p} name="role" defaultValue="REVIEWER" className={inputClass}>
            <option value="REVIEWER">Fact-checker</option>
            <option value="EDITOR">Editor</option>
            <option value="ADMIN">Admin</option>
          </select>
        )}
      </Field>
      <Field
        name="password"
        label="Initial password"
        error={form.errorFor("password")}
        idPrefix="user"
        hint="12+ characters (at most 72 bytes), mixing letters with digits or symbols; not a common password."
      >
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending}>Create account</SubmitButton>
    </form>
  );
}

export function DisableToggle({ userId, disabled, name }: { userId: string; disabled: boolean; name: string }) {
  const [armed, setArmed] = useState(false);
  const form = useActionForm(setDisabledSchema, setUserDisabledAction, { extra: { userId, disabled: !disabled }, onSuccess: () => setArmed(false) });
  if (!disabled && !armed) {
    return (
      <button type="button" onClick={() => setArmed(true)} className="rounded border border-stone-300 px-2 py-1 text-xs">
        Disable
      </button>
    );
  }
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-center gap-2" aria-label={disabled ? `Enable ${name}` : `Disable ${name}`}>
      {!disabled && <span className="text-xs">Disable {name}? Their session ends at their next click.</span>}
      <SubmitButton pending={form.pending} variant={disabled ? "plain" : "danger"} autoFocus={armed}>
        {disabled ? "Enable" : "Confirm: disable"}
      </SubmitButton>
      {armed && (
        <button type="button" onClick={() => setArmed(false)} className="text-xs underline">
          Cancel
        </button>
      )}
      <FormMessage error={form.state.formError} code={form.state.code} />
    </form>
  );
}

/** Ends every session of a person (lost laptop, shared computer), after a confirmation step. */
export function SignOutEverywhereButton({ userId, name }: { userId: string; name: string }) {
  const [armed, setArmed] = useState(false);
  const form = useActionForm(signOutEverywhereSchema, signOutEverywhereAction, { extra: { userId }, onSuccess: () => setArmed(false) });
  if (!armed) {
    return (
      <span className="inline-flex items-center gap-2">
        <button type="button" onClick={() => setArmed(true)} className="rounded border border-stone-300 px-2 py-1 text-xs">
          Sign out everywhere
        </button>
        <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done} doneText="Signed out everywhere." />
      </span>
    );
  }
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-center gap-2" aria-label={`Sign out ${name} everywhere`}>
      <span className="text-xs">End every session of {name}? They must sign in again on each device.</span>
      <SubmitButton pending={form.pending} variant="danger" autoFocus>
        Confirm: sign out everywhere
      </SubmitButton>
      <button type="button" onClick={() => setArmed(false)} className="text-xs underline">
        Cancel
      </button>
      <FormMessage error={form.state.formError} code={form.state.code} />
    </form>
  );
}

/** A new role, confirmed: it ends the person's sessions, so the new rights apply from their next sign-in. */
export function RoleForm({ userId, role, name }: { userId: string; role: Role; name: string }) {
  const [chosen, setChosen] = useState<Role>(role);
  const form = useActionForm(setRoleSchema, setUserRoleAction, { extra: { userId } });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-center gap-2" aria-label={`Change the role of ${name}`}>
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {name}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        value={chosen}
        onChange={(e) => setChosen(e.target.value as Role)}
        className="rounded border border-stone-300 bg-white px-1 py-0.5 text-xs"
      >
        <option value="REVIEWER">Fact-checker</option>
        <option value="EDITOR">Editor</option>
        <option value="ADMIN">Admin</option>
      </select>
      {chosen !== role && (
        <>
          <span className="text-xs">{name} will be signed out everywhere.</span>
          <SubmitButton pending={form.pending}>Change role</SubmitButton>
          <button type="button" onClick={() => setChosen(role)} className="text-xs underline">
            Cancel
          </button>
        </>
      )}
      <FormMessage error={form.state.formError} code={form.state.code} done={form.state.done && chosen === role} doneText="Role changed." />
    </form>
  );
}

/** An admin sets a new password for someone who lost theirs; their sessions end. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const form = useActionForm(changePasswordSchema, changePasswordAction, { extra: { userId }, resetOnSuccess: true, onSuccess: () => setOpen(false) });
  if (!open) {
    return (
      <span className="inline-flex items-center gap-2">
        <button type="button" onClick={() => setOpen(true)} className="rounded border border-stone-300 px-2 py-1 text-xs">
          Reset password
        </button>
        <FormMessage error={null} code={null} done={form.state.done} doneText="Password reset; tell them in person. They choose their own when they sign in." />
      </span>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2" aria-label={`Reset the password of ${name}`}>
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field
        name="newPassword"
        label={`New password for ${name}`}
        error={form.errorFor("newPassword")}
        idPrefix={`reset-${userId}`}
        hint="12+ characters, not a common one. Their sessions end, and they choose their own password when they next sign in."
      >
        {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending}>Reset password</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="text-xs underline">
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The name cell: the name, and "Rename" to correct it in place. */
export function NameForm({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const form = useActionForm(setNameSchema, setUserNameAction, { extra: { userId }, onSuccess: () => setOpen(false) });
  if (!open) {
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        {name}
        <button type="button" onClick={() => setOpen(true)} aria-label={`Rename ${name}`} className="text-xs text-blue-800 underline">
          Rename
        </button>
        <FormMessage error={null} code={null} done={form.state.done} doneText="Name changed." />
      </span>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2" aria-label={`Rename ${name}`}>
      <FormMessage error={form.state.formError} code={form.state.code} />
      <Field name="name" label={`New name for ${name}`} error={form.errorFor("name")} idPrefix={`name-${userId}`}>
        {(p) => <input {...p} name="name" defaultValue={name} autoFocus className={inputClass} />}
      </Field>
      <div className="flex gap-2">
        <SubmitButton pending={form.pending}>Save name</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="text-xs underline">
          Cancel
        </button>
      </div>
    </form>
  );
}
