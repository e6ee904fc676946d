import { describe, expect, it } from "vitest";
import { SHORTCUTS, shortcutFor, step } from "@/lib/desk/shortcuts";

const key = (
  k: string,
  target: { tagName?: string; isContentEditable?: boolean } | null = { tagName: "BODY" },
  mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
  target,
});

describe("desk shortcuts", () => {
  it("map keys to actions", () => {
    expect(["j", "k", "a", "/", "?"].map((k) => shortcutFor(key(k)))).toEqual(["next", "previous", "assignToMe", "search", "help"]);
    expect(shortcutFor(key("x"))).toBeNull();
    expect(shortcutFor(key("J"))).toBeNull();
  });

  it("stay out of the way while typing or with a modifier", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"]) expect(shortcutFor(key("j", { tagName }))).toBeNull();
    expect(shortcutFor(key("j", { tagName: "DIV", isContentEditable: true }))).toBeNull();
    expect(shortcutFor(key("k", undefined, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key("/", undefined, { metaKey: true }))).toBeNull();
    expect(shortcutFor(key("a", undefined, { altKey: true }))).toBeNull();
  });

  it("are each listed once in the help", () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of SHORTCUTS) expect(s.description.length).toBeGreaterThan(5);
  });
});

describe("stepping through a list", () => {
  const list = ["a", "b", "c"];
  it("starts at either end, moves one, and stops at the ends", () => {
    expect(step(list, null, 1)).toBe("a");
    expect(step(list, null, -1)).toBe("c");
    expect(step(list, "a", 1)).toBe("b");
    expect(step(list, "b", -1)).toBe("a");
    expect(step(list, "c", 1)).toBeNull();
    expect(step(list, "a", -1)).toBeNull();
  });
  it("starts over when the current item is not in the list, and has nothing in an empty one", () => {
    expect(step(list, "zz", 1)).toBe("a");
    expect(step([], "a", 1)).toBeNull();
  });
});
