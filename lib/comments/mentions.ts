/** Pure helpers for the mention autocomplete of the comment box. */

export type Member = { handle: string; name: string };

export const MAX_SUGGESTIONS = 6;

/**
 * The "@…" being typed just before the caret, if any: where the "@" is and the letters after it.
 * Like the mention rule (lib/notifications/rules.ts), an "@" inside a word or an e-mail address
 * ("ravi@example.org") does not start a mention.
 */
export function mentionQueryAt(value: string, caret: number): { start: number; text: string } | null {
  const before = value.slice(0, caret);
  const match = /(?:^|[^\p{L}\p{N}_@.])@([\p{L}\p{N}._-]{0,64})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[1].length - 1, text: match[1].toLowerCase() };
}

/** Members whose handle, or a word of whose name, starts with the letters typed; handles first. */
export function matchMembers(members: Member[], text: string): Member[] {
  const q = text.toLowerCase();
  const byHandle = members.filter((m) => m.handle.startsWith(q));
  const byName = members.filter(
    (m) =>
      !byHandle.includes(m) &&
      m.name
        .toLowerCase()
        .split(/\s+/)
        .some((word) => word.startsWith(q)),
  );
  return [...byHandle, ...byName].slice(0, MAX_SUGGESTIONS);
}
