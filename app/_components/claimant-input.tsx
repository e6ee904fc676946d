"use client";

import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from "react";

type Option = { name: string; aliases: string[] };

/**
 * The claimant field: a text input whose list offers the desk's claimants as you type, by name or
 * alias (GET /api/claimants?q=). Picking one files the claim under that claimant; typing an alias
 * ("Carpenter") does too, on the server; a new name creates a claimant.
 */
export function ClaimantInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "list">) {
  const listId = useId();
  const [options, setOptions] = useState<Option[]>([]);
  const [query, setQuery] = useState(String(props.value ?? props.defaultValue ?? ""));
  const asked = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const timer = setTimeout(async () => {
      asked.current?.abort();
      const controller = new AbortController();
      asked.current = controller;
      try {
        const response = await fetch(`/api/claimants?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const body = (await response.json()) as { data?: Option[] };
        setOptions(body.data ?? []);
      } catch {
        // Offline or superseded by a newer keystroke: the field still takes any name.
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <>
      <input
        {...props}
        list={listId}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          props.onChange?.(event);
        }}
      />
      <datalist id={listId} data-testid="claimant-options">
        {options.map((o) => (
          <option key={o.name} value={o.name} label={o.aliases.length > 0 ? `also: ${o.aliases.join(", ")}` : undefined} />
        ))}
      </datalist>
    </>
  );
}
