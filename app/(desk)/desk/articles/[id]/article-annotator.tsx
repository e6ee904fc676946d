"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { segmentText } from "@/lib/articles/anchor";
import { createClaimSchema } from "@/lib/claims/schemas";
import { StatusBadge } from "@/app/_components/badges";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { createClaimAction } from "../../actions";

type ClaimSpan = { id: string; quote: string; start: number; end: number; status: ClaimStatus; claimant: string; anchorState: "OK" | "FUZZY" | "LOST" };
type Selection = { start: number; end: number; quote: string };

/** Character offset of a DOM position inside `root`, counted over the text exactly as rendered. */
function offsetWithin(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function ArticleAnnotator({
  articleId,
  text,
  claims,
  defaultDate,
  children,
}: {
  articleId: string;
  text: string;
  claims: ClaimSpan[];
  defaultDate: string;
  children?: React.ReactNode;
}) {
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [open, setOpen] = useState(false);
  const router = useRouter();
  // Claims whose quote no longer anchors are listed with a flag but not highlighted at a stale position.
  const segments = segmentText(text, claims.filter((c) => c.anchorState === "OK"));

  useEffect(() => {
    function onSelectionChange() {
      const root = textRef.current;
      const sel = document.getSelection();
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      let start = offsetWithin(root, range.startContainer, range.startOffset);
      let end = offsetWithin(root, range.endContainer, range.endOffset);
      // Trim whitespace a drag selection tends to pick up at its edges.
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) setSelection({ start, end, quote: text.slice(start, end) });
    }
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [text]);

  const form = useActionForm(createClaimSchema, createClaimAction, {
    extra: selection ? { articleId, start: selection.start, end: selection.end, quote: selection.quote } : { articleId },
    onSuccess: (data) => router.push(`/desk/claims/${data.id}`),
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div>
        <p className="mb-2 text-sm text-stone-600">Select a sentence or phrase in the text, then choose “New claim”.</p>
        <div ref={textRef} data-testid="article-text" className="article-text rounded border border-stone-200 bg-white p-4 leading-7">
          {segments.map((s) =>
            s.claimIds.length === 0 ? (
              <span key={s.start}>{s.text}</span>
            ) : (
              <mark key={s.start} data-claim-ids={s.claimIds.join(" ")} className="rounded-sm bg-yellow-200/80 text-inherit">
                {s.text}
              </mark>
            ),
          )}
        </div>
      </div>

      <aside className="space-y-4">
        <section className="rounded border border-stone-200 bg-white p-3">
          <h2 className="mb-2 font-semibold">New claim</h2>
          {!selection ? (
            <p className="text-sm text-stone-600">No text selected yet.</p>
          ) : (
            <>
              <blockquote data-testid="selected-quote" className="mb-2 border-l-4 border-yellow-400 pl-2 text-sm">
                “{selection.quote}”
              </blockquote>
              {!open && (
                <button type="button" onClick={() => setOpen(true)} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
                  New claim
                </button>
              )}
            </>
          )}
          {open && selection && (
            <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label="New claim">
              <FormMessage error={form.state.formError} code={form.state.code} />
              {form.errorFor("quote") && <p className="text-sm text-red-700" data-testid="error-quote">{form.errorFor("quote")}</p>}
              <Field name="claimant" label="Claimant (who made the claim)" error={form.errorFor("claimant")}>
                {(p) => <input {...p} name="claimant" className={inputClass} />}
              </Field>
              <Field name="claimantType" label="Claimant is a" error={form.errorFor("claimantType")}>
                {(p) => (
                  <select {...p} name="claimantType" defaultValue="PERSON" className={inputClass}>
                    <option value="PERSON">Person</option>
                    <option value="ORGANIZATION">Organisation</option>
                  </select>
                )}
              </Field>
              <Field name="claimDate" label="Date the claim was made" error={form.errorFor("claimDate")} hint="Defaults to the article's date.">
                {(p) => <input {...p} name="claimDate" type="date" defaultValue={defaultDate} className={inputClass} />}
              </Field>
              <div className="flex gap-2">
                <SubmitButton pending={form.pending}>Create claim</SubmitButton>
                <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 px-3 py-1.5 text-sm">
                  Cancel
                </button>
              </div>
            </form>
          )}
        </section>

        {children}
        <section className="rounded border border-stone-200 bg-white p-3">
          <h2 className="mb-2 font-semibold">Claims in this article ({claims.length})</h2>
          {claims.length === 0 ? (
            <p className="text-sm text-stone-600">None yet.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {claims.map((c) => (
                <li key={c.id}>
                  <StatusBadge status={c.status} />{" "}
                  {c.anchorState !== "OK" && (
                    <span className="rounded bg-red-100 px-1 text-xs text-red-900" data-testid="anchor-flag">
                      {c.anchorState === "LOST" ? "Quote no longer in text" : "Text changed: review anchor"}
                    </span>
                  )}{" "}
                  <Link href={`/desk/claims/${c.id}`} className="text-blue-800 hover:underline">
                    {c.quote.length > 90 ? c.quote.slice(0, 90) + "…" : c.quote}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>
      </aside>
    </div>
  );
}
