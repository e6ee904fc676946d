import { describe, expect, it } from "vitest";
import { EMPTY_FIELDS, NO_VERDICT, type VerdictSnapshot } from "@/lib/verdicts/draft";
import {
  draftKey,
  draftReducer,
  draftToStore,
  initialDraftState,
  isDirty,
  parseStoredDraft,
  serializeDraft,
  type DraftState,
} from "@/lib/verdicts/draft-state";

const v1: VerdictSnapshot = { version: 1, fields: { ...EMPTY_FIELDS, rating: "FALSE", summary: "The figure is wrong.", rationale: "The report says 900." } };
const v2: VerdictSnapshot = { version: 2, fields: { ...v1.fields, summary: "The figure is wrong by a third." } };

const ready = (server: VerdictSnapshot) => draftReducer(initialDraftState(server), { type: "restore", stored: null, server });
const typed = (state: DraftState, summary: string) => draftReducer(state, { type: "edit", field: "summary", value: summary });

describe("the browser's copy of a verdict draft", () => {
  it("is one per person and claim", () => {
    expect(draftKey("u1", "c1")).toBe("factdesk:verdict-draft:u1:c1");
    expect(draftKey("u2", "c1")).not.toBe(draftKey("u1", "c1"));
  });

  it("reads back what it wrote, and nothing from anything else", () => {
    const draft = { base: v1, fields: { ...v1.fields, summary: "Mine" } };
    expect(parseStoredDraft(serializeDraft(draft))).toEqual(draft);
    for (const raw of [
      null,
      undefined,
      "",
      "not json",
      "null",
      "42",
      '{"base":{}}',
      '{"base":{"version":"1"},"fields":{"summary":"x"}}',
      '{"base":{"version":1},"fields":{}}',
    ]) {
      expect(parseStoredDraft(raw), String(raw)).toBeNull();
    }
  });
});

describe("the verdict form's state", () => {
  it("keeps nothing in the browser until the text differs from the saved verdict", () => {
    const state = ready(v1);
    expect(isDirty(state)).toBe(false);
    expect(draftToStore(state)).toBeNull();
    const edited = typed(state, "Mine");
    expect(draftToStore(edited)).toEqual({ base: v1, fields: { ...v1.fields, summary: "Mine" } });
    expect(draftToStore(typed(edited, v1.fields.summary))).toBeNull();
  });

  it("brings back a kept draft once, and not one that says what the server says", () => {
    const kept = { base: v1, fields: { ...v1.fields, summary: "Mine" } };
    const restored = draftReducer(initialDraftState(v1), { type: "restore", stored: kept, server: v1 });
    expect(restored).toMatchObject({ ready: true, restored: true, fields: kept.fields, base: v1, conflict: null });
    expect(draftReducer(restored, { type: "restore", stored: null, server: v1 })).toBe(restored);
    const same = draftReducer(initialDraftState(v2), { type: "restore", stored: { base: v1, fields: v2.fields }, server: v2 });
    expect(same).toMatchObject({ ready: true, restored: false, base: v2, fields: v2.fields });
  });

  it("holds a kept draft against a newer save as a conflict", () => {
    const kept = { base: v1, fields: { ...v1.fields, rationale: "My reasons." } };
    const state = draftReducer(initialDraftState(v2), { type: "restore", stored: kept, server: v2 });
    expect(state).toMatchObject({ restored: true, fields: kept.fields, base: v1, conflict: v2 });
  });

  it("ignores the server until the browser's storage is read", () => {
    const fresh = initialDraftState(v1);
    expect(draftReducer(fresh, { type: "server", server: v2 })).toBe(fresh);
  });

  it("takes someone else's save into an untouched form, and keeps a draft against it", () => {
    expect(draftReducer(ready(v1), { type: "server", server: v2 })).toMatchObject({ base: v2, fields: v2.fields, conflict: null, seenVersion: 2 });
    const mine = typed(ready(v1), "Mine");
    const conflicted = draftReducer(mine, { type: "server", server: v2 });
    expect(conflicted).toMatchObject({ base: v1, fields: mine.fields, conflict: v2 });
    expect(draftReducer(conflicted, { type: "keepMine" })).toMatchObject({ base: v2, fields: mine.fields, conflict: null });
    expect(draftReducer(conflicted, { type: "takeTheirs" })).toMatchObject({ base: v2, fields: v2.fields, conflict: null });
    // The same text saved elsewhere: nothing to decide.
    expect(draftReducer(typed(ready(v1), v2.fields.summary), { type: "server", server: v2 })).toMatchObject({ base: v2, conflict: null });
  });

  it("after its own save, follows its new version without a conflict; text typed while saving stays a draft", () => {
    const sent = typed(ready(NO_VERDICT), "Sent");
    const later = typed(sent, "Sent, then more");
    const saved = draftReducer(later, { type: "saved", version: 1, fields: sent.fields });
    expect(saved.base).toEqual({ version: 1, fields: sent.fields });
    expect(isDirty(saved)).toBe(true);
    const back = draftReducer(saved, { type: "server", server: { version: 1, fields: sent.fields } });
    expect(back).toMatchObject({ conflict: null, fields: later.fields, seenVersion: 1 });
  });

  it("discards back to the saved text", () => {
    expect(draftReducer(typed(ready(v1), "Mine"), { type: "discard" }).fields).toEqual(v1.fields);
  });
});
