import { reconcileDraft, sameFields, type VerdictFields, type VerdictSnapshot } from "./draft";

/**
 * The verdict form's state, as a reducer (pure; the hook that runs it in the browser is
 * app/(desk)/desk/claims/[id]/use-verdict-draft.ts). The form remembers the version its text started
 * from (`base`): when someone else saves meanwhile (the page reloads its data live), an untouched form
 * shows their text, and a draft is kept, with theirs held as `conflict`, until its author keeps it or
 * takes theirs. Unsaved text is also kept in the browser (localStorage), so a reload or a status
 * change that closes the form loses nothing.
 */

/** What the browser keeps of an unsaved draft: the version it started from and its text. */
export type StoredDraft = { base: VerdictSnapshot; fields: VerdictFields };

export const DRAFT_KEY_PREFIX = "factdesk:verdict-draft:";

/** One draft per person and claim in a browser. */
export const draftKey = (userId: string, claimId: string) => `${DRAFT_KEY_PREFIX}${userId}:${claimId}`;

/** A kept draft, or null for nothing kept or anything unreadable (another version's format, a hand edit). */
export function parseStoredDraft(raw: string | null | undefined): StoredDraft | null {
  try {
    const value = JSON.parse(raw ?? "null") as StoredDraft | null;
    return value && typeof value.base?.version === "number" && typeof value.fields?.summary === "string" ? value : null;
  } catch {
    return null;
  }
}

export function serializeDraft(draft: StoredDraft): string {
  return JSON.stringify({ base: draft.base, fields: draft.fields } satisfies StoredDraft);
}

export type DraftState = {
  /** The browser's storage has been read (until then nothing is written to it: a kept draft would be lost). */
  ready: boolean;
  /** The server's version this form last followed. */
  seenVersion: number;
  /** The saved verdict the text in the form started from. */
  base: VerdictSnapshot;
  fields: VerdictFields;
  /** Someone else's save that differs from the draft here, until the author keeps theirs or takes it. */
  conflict: VerdictSnapshot | null;
  /** The text came back from the browser's storage. */
  restored: boolean;
};

export type DraftAction =
  /** The browser's storage was read (once, after the page is interactive): bring back a kept draft. */
  | { type: "restore"; stored: StoredDraft | null; server: VerdictSnapshot }
  /** The page's data came (again) from the server; a new version there is someone's save. */
  | { type: "server"; server: VerdictSnapshot }
  | { type: "edit"; field: keyof VerdictFields; value: string }
  /** The text `fields` (what the form sent) was saved as `version`; anything typed since stays a draft. */
  | { type: "saved"; version: number; fields: VerdictFields }
  /** Back to the saved text. */
  | { type: "discard" }
  /** After someone else's save: keep the draft here (saving it replaces theirs). */
  | { type: "keepMine" }
  /** After someone else's save: drop the draft here, take theirs. */
  | { type: "takeTheirs" };

export function initialDraftState(server: VerdictSnapshot): DraftState {
  return { ready: false, seenVersion: server.version, base: server, fields: server.fields, conflict: null, restored: false };
}

export const isDirty = (state: DraftState) => !sameFields(state.fields, state.base.fields);

/** The server's verdict is `server`; the form started from `state.base` and holds `state.fields`. */
function arrive(state: DraftState, server: VerdictSnapshot): DraftState {
  if (server.version === state.base.version) return state;
  if (reconcileDraft({ base: state.base.fields, draft: state.fields, server: server.fields }) === "conflict") return { ...state, conflict: server };
  return { ...state, base: server, fields: server.fields, conflict: null };
}

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case "restore": {
      if (state.ready) return state;
      const ready = { ...state, ready: true, seenVersion: action.server.version };
      const { stored, server } = action;
      // A kept draft that says what the server says now is nothing to bring back.
      if (!stored || sameFields(stored.fields, server.fields)) return arrive(ready, server);
      return arrive({ ...ready, base: stored.base, fields: stored.fields, restored: true }, server);
    }
    case "server":
      if (!state.ready || action.server.version === state.seenVersion) return state;
      return arrive({ ...state, seenVersion: action.server.version }, action.server);
    case "edit":
      return state.fields[action.field] === action.value ? state : { ...state, fields: { ...state.fields, [action.field]: action.value } };
    case "saved":
      return { ...state, base: { version: action.version, fields: action.fields }, conflict: null };
    case "discard":
      return { ...state, fields: state.base.fields };
    case "keepMine":
      return state.conflict ? { ...state, base: state.conflict, conflict: null } : state;
    case "takeTheirs":
      return state.conflict ? { ...state, base: state.conflict, fields: state.conflict.fields, conflict: null } : state;
  }
}

/** What the browser should keep for this state: the draft while it differs from the saved text, else nothing. */
export function draftToStore(state: DraftState): StoredDraft | null {
  return isDirty(state) ? { base: state.base, fields: state.fields } : null;
}
