import type { ReactNode } from "react";

type FieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
  idPrefix?: string;
};

/** A labelled field whose error sits right under it and is announced with it. */
export function Field({ name, label, error, hint, children, idPrefix = "f" }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": !!error, "aria-describedby": describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} data-testid={`error-${name}`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass = "block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

export function FormMessage({ error, code, done, doneText }: { error: string | null; code: string | null; done?: boolean; doneText?: string }) {
  if (error) {
    return (
      <div role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
        {error}
        {code === "STALE" && (
          <button type="button" onClick={() => window.location.reload()} className="ml-2 underline">
            Reload now
          </button>
        )}
      </div>
    );
  }
  if (done && doneText) {
    return (
      <p role="status" className="text-sm text-green-800">
        {doneText}
      </p>
    );
  }
  return null;
}

export function SubmitButton({
  pending,
  children,
  variant = "primary",
  autoFocus = false,
  shortcut,
}: {
  pending: boolean;
  children: ReactNode;
  variant?: "primary" | "danger" | "plain";
  autoFocus?: boolean;
  /** The keyboard shortcut that presses this button (app/(desk)/desk/shortcuts.tsx). */
  shortcut?: string;
}) {
  const style =
    variant === "primary"
      ? "bg-blue-700 text-white hover:bg-blue-800"
      : variant === "danger"
        ? "bg-red-700 text-white hover:bg-red-800"
        : "border border-stone-300 bg-white hover:bg-stone-100";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      autoFocus={autoFocus}
      data-shortcut={shortcut}
      className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${style}`}
    >
      {pending ? "Saving…" : children}
    </button>
  );
}
