"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { SHORTCUTS, shortcutFor, step } from "@/lib/desk/shortcuts";

const LIST_KEY = "factdesk:claim-list";

/** Claim links in the page, in order (queue rows, My work items). */
const claimLinks = () => [...document.querySelectorAll<HTMLAnchorElement>("a[data-claim-link]")];
const claimIdFromPath = () => /^\/desk\/claims\/([^/]+)$/.exec(window.location.pathname)?.[1] ?? null;

/**
 * Desk keyboard shortcuts (? lists them). On a list, j/k move the focus from claim to claim and Enter
 * opens it; the list is remembered (this tab only) so that j/k on a claim page go to its neighbours.
 */
export function DeskShortcuts() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [notice, setNotice] = useState("");

  useEffect(() => {
    // Remember the list a claim is opened from (by click or Enter), for j/k on the claim pages.
    // The layout stays mounted across in-app navigation, so the list is read when a claim is opened.
    const remember = () => sessionStorage.setItem(LIST_KEY, JSON.stringify(claimLinks().map((a) => a.getAttribute("href"))));
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest("a[data-claim-link]")) remember();
    };

    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target: event.target as HTMLElement | null,
      });
      if (!action) return;
      if (dialog.current?.open && action !== "help") return;
      event.preventDefault();
      if (action === "help") {
        if (dialog.current?.open) dialog.current.close();
        else dialog.current?.showModal();
        return;
      }
      if (action === "search") {
        document.getElementById("desk-q")?.focus();
        return;
      }
      if (action === "assignToMe") {
        const button = document.querySelector<HTMLButtonElement>("[data-shortcut='assign-me']");
        if (button) button.click();
        else
          setNotice(
            claimIdFromPath()
              ? "Only an unassigned claim is taken with a: this one is yours or a colleague's (use the Assign form)."
              : "Open a claim to assign it to yourself.",
          );
        return;
      }
      const direction = action === "next" ? 1 : -1;
      const links = claimLinks();
      if (links.length > 0) {
        const current = links.find((a) => a === document.activeElement) ?? null;
        const target = step(links, current, direction);
        target?.focus();
        if (!target) setNotice(direction === 1 ? "That was the last claim in the list." : "That was the first claim in the list.");
        return;
      }
      const id = claimIdFromPath();
      const list = JSON.parse(sessionStorage.getItem(LIST_KEY) ?? "[]") as string[];
      const target = id ? step(list, `/desk/claims/${id}`, direction) : null;
      if (target) router.push(target);
      else
        setNotice(
          list.length === 0
            ? "Open the queue or My work first: j and k follow that list."
            : direction === 1
              ? "That was the last claim in the list."
              : "That was the first claim in the list.",
        );
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick, true);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick, true);
    };
  }, [router]);

  return (
    <>
      <p role="status" aria-live="polite" className="sr-only" data-testid="shortcut-notice">
        {notice}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        className="m-auto max-w-lg rounded border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-black/40"
        data-testid="shortcuts"
      >
        <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map((s) => (
            <div key={s.action} className="contents">
              <dt>
                {s.keys.map((k) => (
                  <kbd key={k} className="rounded border border-stone-300 bg-stone-100 px-1.5 py-0.5 font-mono">
                    {k}
                  </kbd>
                ))}
              </dt>
              <dd>{s.description}</dd>
            </div>
          ))}
          <div className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 py-0.5 font-mono">Enter</kbd>
            </dt>
            <dd>Open the focused claim</dd>
          </div>
        </dl>
        <p className="mt-3 text-xs text-stone-600">Shortcuts are off while you type in a field. Esc closes this list.</p>
        <form method="dialog" className="mt-4 text-right">
          <button className="rounded border border-stone-300 px-3 py-1.5 text-sm" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
