// @vitest-environment happy-dom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { draftStorage, useKeptDraft, useVerdictDraft } from "@/app/(desk)/desk/claims/[id]/use-verdict-draft";
import { EMPTY_FIELDS, type VerdictSnapshot } from "@/lib/verdicts/draft";
import { draftKey } from "@/lib/verdicts/draft-state";

const KEY = draftKey("u1", "c1");
const v1: VerdictSnapshot = { version: 1, fields: { ...EMPTY_FIELDS, rating: "FALSE", summary: "The figure is wrong.", rationale: "The report says 900." } };
const v2: VerdictSnapshot = { version: 2, fields: { ...v1.fields, summary: "The figure is wrong by a third." } };

type Props = { saved: VerdictSnapshot | null; onEditingChange?: (editing: boolean) => void };
const open = (initialProps: Props) => renderHook((props: Props) => useVerdictDraft({ userId: "u1", claimId: "c1", ...props }), { initialProps });
const stored = () => JSON.parse(window.localStorage.getItem(KEY) ?? "null");

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe("useVerdictDraft", () => {
  it("keeps unsaved text in the browser and brings it back after a reload", () => {
    const first = open({ saved: v1 });
    expect(first.result.current.fields).toEqual(v1.fields);
    act(() => first.result.current.edit("summary", "My own summary."));
    expect(first.result.current.dirty).toBe(true);
    expect(stored()).toEqual({ base: v1, fields: { ...v1.fields, summary: "My own summary." } });
    first.unmount();

    const reloaded = open({ saved: v1 });
    expect(reloaded.result.current.fields.summary).toBe("My own summary.");
    expect(reloaded.result.current.showRestored).toBe(true);
    expect(reloaded.result.current.version).toBe(1);
  });

  it("discarding the restored draft shows the saved text and forgets the draft", () => {
    draftStorage.write(KEY, { base: v1, fields: { ...v1.fields, rationale: "Kept here." } });
    const { result } = open({ saved: v1 });
    expect(result.current.fields.rationale).toBe("Kept here.");
    act(() => result.current.discard());
    expect(result.current.fields).toEqual(v1.fields);
    expect(result.current.showRestored).toBe(false);
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  it("ignores an unreadable or another person's kept draft", () => {
    window.localStorage.setItem(KEY, "{not json");
    window.localStorage.setItem(draftKey("u2", "c1"), JSON.stringify({ base: v1, fields: { ...v1.fields, summary: "Someone else's" } }));
    const { result } = open({ saved: v1 });
    expect(result.current.fields).toEqual(v1.fields);
    expect(result.current.showRestored).toBe(false);
  });

  it("shows someone else's save in an untouched form", () => {
    const { result, rerender } = open({ saved: v1 });
    rerender({ saved: v2 });
    expect(result.current.fields).toEqual(v2.fields);
    expect(result.current.version).toBe(2);
    expect(result.current.conflict).toBeNull();
  });

  it("keeps a draft against someone else's save until its author keeps it or takes theirs", () => {
    const { result, rerender } = open({ saved: v1 });
    act(() => result.current.edit("rationale", "My reasons."));
    rerender({ saved: v2 });
    expect(result.current.conflict).toEqual(v2);
    expect(result.current.fields.rationale).toBe("My reasons.");
    expect(result.current.version).toBe(1); // a save now would be refused as stale, not silently overwrite
    act(() => result.current.keepMine());
    expect(result.current.conflict).toBeNull();
    expect(result.current.version).toBe(2);
    expect(result.current.fields.rationale).toBe("My reasons.");
    expect(stored().base).toEqual(v2);
  });

  it("taking their version drops the draft here and in the browser", () => {
    const { result, rerender } = open({ saved: v1 });
    act(() => result.current.edit("rationale", "Other reasons."));
    rerender({ saved: v2 });
    act(() => result.current.takeTheirs());
    expect(result.current.fields).toEqual(v2.fields);
    expect(result.current.dirty).toBe(false);
    expect(result.current.conflict).toBeNull();
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  it("brings back a draft made on an older version with the newer save beside it", () => {
    draftStorage.write(KEY, { base: v1, fields: { ...v1.fields, rationale: "Written before their save." } });
    const { result } = open({ saved: v2 });
    expect(result.current.fields.rationale).toBe("Written before their save.");
    expect(result.current.conflict).toEqual(v2);
    expect(result.current.showRestored).toBe(false);
  });

  it("forgets the draft once saved, and follows its own new version without a conflict", () => {
    const { result, rerender } = open({ saved: null });
    const fields = { ...EMPTY_FIELDS, rating: "TRUE", summary: "It is right." };
    act(() => {
      result.current.edit("rating", "TRUE");
      result.current.edit("summary", "It is right.");
    });
    expect(stored()).not.toBeNull();
    act(() => result.current.saved(1, fields));
    expect(window.localStorage.getItem(KEY)).toBeNull();
    expect(result.current.dirty).toBe(false);
    rerender({ saved: { version: 1, fields } });
    expect(result.current.conflict).toBeNull();
    expect(result.current.version).toBe(1);
  });

  it("says whether the verdict is being edited, and stops saying so when the form goes", () => {
    const onEditingChange = vi.fn();
    const { result, unmount } = open({ saved: v1, onEditingChange });
    expect(onEditingChange).toHaveBeenLastCalledWith(false);
    act(() => result.current.edit("summary", "Changed."));
    expect(onEditingChange).toHaveBeenLastCalledWith(true);
    unmount();
    expect(onEditingChange).toHaveBeenLastCalledWith(false);
    // The draft outlives the form (a status change closed it).
    expect(stored()).not.toBeNull();
  });
});

describe("useKeptDraft (the notice while the form is closed)", () => {
  it("shows the kept draft and hides it when it is discarded", () => {
    draftStorage.write(KEY, { base: v1, fields: { ...v1.fields, summary: "Kept." } });
    const { result } = renderHook(() => useKeptDraft("u1", "c1"));
    expect(result.current?.fields.summary).toBe("Kept.");
    act(() => draftStorage.forget(KEY));
    expect(result.current).toBeNull();
  });
});
