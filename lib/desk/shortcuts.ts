/** The desk's keyboard shortcuts (pure: what a key press means, and whether it is ours to take). */

export type ShortcutAction = "help" | "search" | "next" | "previous" | "assignToMe";

export const SHORTCUTS: { keys: string[]; action: ShortcutAction; description: string }[] = [
  { keys: ["j"], action: "next", description: "Next claim (in the queue or My work list; on a claim page, the next one of the list you came from)" },
  { keys: ["k"], action: "previous", description: "Previous claim" },
  { keys: ["a"], action: "assignToMe", description: "Assign the open claim to me" },
  { keys: ["/"], action: "search", description: "Focus the desk search" },
  { keys: ["?"], action: "help", description: "Show or hide this list" },
];

type KeyEventLike = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
};

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/** A shortcut, unless the person is typing (a field has the focus) or holds a modifier. */
export function shortcutFor(event: KeyEventLike): ShortcutAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target;
  if (target && (TYPING.has(target.tagName ?? "") || target.isContentEditable)) return null;
  return SHORTCUTS.find((s) => s.keys.includes(event.key))?.action ?? null;
}

/** The claim after (or before) the current one in a list; null at either end. */
export function step<T>(list: T[], current: T | null, direction: 1 | -1): T | null {
  if (list.length === 0) return null;
  if (current === null) return direction === 1 ? list[0] : list[list.length - 1];
  const index = list.indexOf(current);
  if (index < 0) return list[0];
  return list[index + direction] ?? null;
}
