"use client";

import { useEffect, useMemo, useReducer, useSyncExternalStore } from "react";
import { NO_VERDICT, type VerdictFields, type VerdictSnapshot } from "@/lib/verdicts/draft";
import {
  draftKey,
  draftReducer,
  draftToStore,
  initialDraftState,
  isDirty,
  parseStoredDraft,
  serializeDraft,
  type StoredDraft,
} from "@/lib/verdicts/draft-state";

/** Told to this tab's readers of a kept draft when one is forgotten (the storage event only reaches other tabs). */
const DRAFT_EVENT = "factdesk:verdict-draft";

/** The verdict drafts this browser keeps (localStorage), one per person and claim. */
export const draftStorage = {
  read(key: string): StoredDraft | null {
    return parseStoredDraft(window.localStorage.getItem(key));
  },
  /** Keep the draft, or nothing (null). */
  write(key: string, draft: StoredDraft | null) {
    if (draft) window.localStorage.setItem(key, serializeDraft(draft));
    else window.localStorage.removeItem(key);
  },
  /** Drop the draft and tell the page (a notice showing it goes away). */
  forget(key: string) {
    window.localStorage.removeItem(key);
    window.dispatchEvent(new Event(DRAFT_EVENT));
  },
};

function subscribeDrafts(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(DRAFT_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(DRAFT_EVENT, onChange);
  };
}

/** The draft kept in this browser for a person and claim, to show it; null while rendering on the server. */
export function useKeptDraft(userId: string, claimId: string): StoredDraft | null {
  const key = draftKey(userId, claimId);
  const raw = useSyncExternalStore(
    subscribeDrafts,
    () => window.localStorage.getItem(key),
    () => null,
  );
  return useMemo(() => parseStoredDraft(raw), [raw]);
}

/**
 * The verdict form's draft (the rules: lib/verdicts/draft-state.ts). After the page is interactive,
 * a draft this browser kept for this person and claim comes back; while the text differs from the
 * saved verdict it is kept in the browser, and `onEditingChange` says whether it does (the live page
 * tells others "editing the verdict"). A new version of `saved` from the server is someone's save:
 * an untouched form takes it, a draft is kept and `conflict` holds theirs.
 */
export function useVerdictDraft({
  userId,
  claimId,
  saved,
  onEditingChange,
}: {
  userId: string;
  claimId: string;
  /** The saved verdict as the server sent it (null: none yet). */
  saved: VerdictSnapshot | null;
  onEditingChange?: (editing: boolean) => void;
}) {
  const key = draftKey(userId, claimId);
  const server = saved ?? NO_VERDICT;
  const [state, dispatch] = useReducer(draftReducer, server, initialDraftState);
  const { ready, base, fields, conflict, restored } = state;
  const dirty = isDirty(state);

  // Storage is read once the page runs in the browser (the server renders without it); after that,
  // each new version from the server is followed.
  useEffect(() => {
    dispatch(ready ? { type: "server", server } : { type: "restore", stored: draftStorage.read(key), server });
  }, [key, server, ready]);

  useEffect(() => {
    if (state.ready) draftStorage.write(key, draftToStore(state)); // (not before: a kept draft would be lost)
  }, [key, state]);

  useEffect(() => {
    if (ready) onEditingChange?.(dirty);
  }, [ready, dirty, onEditingChange]);
  useEffect(() => () => onEditingChange?.(false), [onEditingChange]);

  return {
    fields,
    /** The saved version the text started from: what a save says it replaces. */
    version: base.version,
    baseFields: base.fields,
    conflict,
    dirty,
    /** Say that the text came back from this browser (while it is still an unsaved draft, with no conflict). */
    showRestored: restored && dirty && !conflict,
    edit: (field: keyof VerdictFields, value: string) => dispatch({ type: "edit", field, value }),
    /** The text `sent` was saved as `version`: the browser keeps nothing (until more is typed). */
    saved: (version: number, sent: VerdictFields) => {
      dispatch({ type: "saved", version, fields: sent });
      draftStorage.forget(key);
    },
    discard: () => dispatch({ type: "discard" }),
    keepMine: () => dispatch({ type: "keepMine" }),
    takeTheirs: () => dispatch({ type: "takeTheirs" }),
  };
}
