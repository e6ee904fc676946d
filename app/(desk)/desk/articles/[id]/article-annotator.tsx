"use client";

import { IntentLink } from "@/app/_components/intent-link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { segmentText } from "@/lib/articles/anchor";
import { createClaimSchema } from "@/lib/claims/schemas";
import { StatusBadge } from "@/app/_components/badges";
import { ClaimantInput } from "@/app/_components/claimant-input";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { createClaimAction } from "../../actions";

type ClaimSpan = { id: string; quote: string; start: number; end: number; status: ClaimStatus; claimant: string; anchorState: "OK" | "FUZZY" | "LOST" };
type TextSelection = { start: number; end: number; quote: string };

/** Character offset of a DOM position inside `root`, counted over the text exactly as rendered. */
function offsetWithin(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * Keyboard selection in the (non-editable) article text, as caret browsing would give it: the arrow
 * keys move a caret, Ctrl (or Alt) with them moves by word or paragraph, Home and End go to the
 * ends of the line (with Ctrl, of the paragraph), and Shift with any of them extends the selection.
 */
const CARET_KEYS: Record<string, { direction: "forward" | "backward"; by: string; byWord: string }> = {
  ArrowRight: { direction: "forward", by: "character", byWord: "word" },
  ArrowLeft: { direction: "backward", by: "character", byWord: "word" },
  ArrowDown: { direction: "forward", by: "line", byWord: "paragraph" },
  ArrowUp: { direction: "backward", by: "line", byWord: "paragraph" },
  End: { direction: "forward", by: "lineboundary", byWord: "paragraphboundary" },
  Home: { direction: "backward", by: "lineboundary", byWord: "paragraphboundary" },
};

/** Show where the keyboard caret is (a collapsed selection is not painted in non-editable text). */
function showCaret(root: HTMLElement, selection: Selection | null) {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  CSS.highlights.delete("article-caret");
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !root.contains(selection.focusNode)) return;
  const at = offsetWithin(root, selection.focusNode!, selection.focusOffset);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (at < seen + length) {
      const range = document.createRange();
      range.setStart(node, at - seen);
      range.setEnd(node, at - seen + 1);
      CSS.highlights.set("article-caret", new Highlight(range));
      const box = range.getBoundingClientRect();
      if (box.bottom > window.innerHeight || box.top < 0) window.scrollBy({ top: box.top - window.innerHeight / 2 });
      return;
    }
    seen += length;
  }
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
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [open, setOpen] = useState(false);
  const newClaimButton = useRef<HTMLButtonElement>(null);
  const router = useRouter();
  // Claims whose quote no longer anchors are listed with a flag but not highlighted at a stale position.
  const segments = segmentText(
    text,
    claims.filter((c) => c.anchorState === "OK"),
  );

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
    // Text selected before the page's script started (a slow connection, a busy machine) is taken
    // as it is: no later selectionchange would announce it.
    onSelectionChange();
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [text]);

  function onTextKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const root = textRef.current;
    const key = CARET_KEYS[event.key];
    const sel = document.getSelection();
    if (!root || !key || !sel || event.metaKey) return;
    event.preventDefault();
    if (sel.rangeCount === 0 || !root.contains(sel.anchorNode) || !root.contains(sel.focusNode)) {
      const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
      sel.collapse(first ?? root, 0);
    }
    const before = [sel.anchorNode!, sel.anchorOffset, sel.focusNode!, sel.focusOffset] as const;
    sel.modify(event.shiftKey ? "extend" : "move", key.direction, event.ctrlKey || event.altKey ? key.byWord : key.by);
    // The caret never leaves the article text.
    if (!root.contains(sel.focusNode)) sel.setBaseAndExtent(...before);
    showCaret(root, sel);
  }

  const form = useActionForm(createClaimSchema, createClaimAction, {
    extra: selection ? { articleId, start: selection.start, end: selection.end, quote: selection.quote } : { articleId },
    onSuccess: (data) => router.push(`/desk/claims/${data.id}`),
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div>
        <p className="mb-2 text-sm text-stone-600">Select a sentence or phrase in the text, then choose “New claim”.</p>
        <p id="article-text-keys" className="mb-2 text-xs text-stone-600">
          With the keyboard: move through the text with the arrow keys (with Ctrl, by word or paragraph) and hold Shift to select.
        </p>
        <div
          ref={textRef}
          data-testid="article-text"
          role="region"
          aria-label="Article text"
          aria-describedby="article-text-keys"
          tabIndex={0}
          onKeyDown={onTextKeyDown}
          onBlur={() => textRef.current && showCaret(textRef.current, null)}
          className="article-text rounded border border-stone-200 bg-white p-4 leading-7"
        >
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
                <button
                  type="button"
                  ref={newClaimButton}
                  onClick={() => setOpen(true)}
                  className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
                >
                  New claim
                </button>
              )}
            </>
          )}
          {open && selection && (
            <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label="New claim">
              <FormMessage error={form.state.formError} code={form.state.code} />
              {form.errorFor("quote") && (
                <p className="text-sm text-red-700" data-testid="error-quote">
                  {form.errorFor("quote")}
                </p>
              )}
              <Field
                name="claimant"
                label="Claimant (who made the claim)"
                error={form.errorFor("claimant")}
                hint="Pick from the desk's claimants as you type; a name they are also known by files the claim under them."
              >
                {(p) => <ClaimantInput {...p} name="claimant" autoFocus className={inputClass} />}
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
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
                    // Focus goes back to the button that opened the form, not to the top of the page.
                    requestAnimationFrame(() => newClaimButton.current?.focus());
                  }}
                  className="rounded border border-stone-300 px-3 py-1.5 text-sm"
                >
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
                  <IntentLink href={`/desk/claims/${c.id}`} className="text-blue-800 underline hover:no-underline">
                    {c.quote.length > 90 ? c.quote.slice(0, 90) + "…" : c.quote}
                  </IntentLink>
                </li>
              ))}
            </ol>
          )}
        </section>
      </aside>
    </div>
  );
}
