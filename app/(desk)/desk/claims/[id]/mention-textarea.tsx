"use client";

import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { matchMembers, mentionQueryAt, type Member } from "@/lib/comments/mentions";

/**
 * A comment box that offers desk members as you type "@" and a few letters: Up/Down to move, Enter
 * or Tab to insert "@handle ", Escape to close; or click a name. Stays an ordinary (uncontrolled)
 * textarea, so the form reads and resets it as before.
 */
export function MentionTextarea({ members, ...props }: { members: Member[] } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; text: string } | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = query ? matchMembers(members, query.text) : [];
  const open = matches.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const update = () => {
    const el = ref.current;
    if (!el) return;
    setQuery(mentionQueryAt(el.value, el.selectionStart ?? el.value.length));
    setActive(0);
  };

  const choose = (member: Member) => {
    const el = ref.current;
    if (!el || !query) return;
    const caret = el.selectionStart ?? el.value.length;
    const inserted = `@${member.handle} `;
    el.value = el.value.slice(0, query.start) + inserted + el.value.slice(caret);
    const at = query.start + inserted.length;
    el.setSelectionRange(at, at);
    el.focus();
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setQuery(null);
    }
  };

  return (
    <div className="relative">
      <textarea
        {...props}
        ref={ref}
        onInput={update}
        onClick={update}
        onKeyUp={(event) => {
          if (event.key === "ArrowLeft" || event.key === "ArrowRight" || event.key === "Home" || event.key === "End") update();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
        aria-activedescendant={open ? optionId(active) : undefined}
      />
      <p className="sr-only" aria-live="polite">
        {open ? `${matches.length} ${matches.length === 1 ? "person matches" : "people match"}: up and down arrows to choose, Enter to insert.` : ""}
      </p>
      {open && (
        <ul
          role="listbox"
          id={listId}
          aria-label="Mention a colleague"
          className="absolute z-10 mt-1 max-h-56 w-72 overflow-auto rounded border border-stone-300 bg-white py-1 text-sm shadow-lg"
        >
          {matches.map((m, i) => (
            <li
              key={m.handle}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault(); // keep the focus (and the caret) in the textarea
                choose(m);
              }}
              className={`cursor-pointer px-3 py-1 ${i === active ? "bg-blue-700 text-white" : "hover:bg-stone-100"}`}
            >
              {m.name} <span className={i === active ? "text-blue-100" : "text-stone-600"}>@{m.handle}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
