import { describe, expect, it } from "vitest";
import { matchMembers, MAX_SUGGESTIONS, mentionQueryAt } from "@/lib/comments/mentions";
import { mentionedHandles } from "@/lib/notifications/rules";

describe("the mention being typed", () => {
  it.each([
    ["@", 1, { start: 0, text: "" }],
    ["Ask @ra", 7, { start: 4, text: "ra" }],
    ["Ask @Ravi", 9, { start: 4, text: "ravi" }],
    ["(@eli", 5, { start: 1, text: "eli" }],
    ["line one\n@ri", 12, { start: 9, text: "ri" }],
  ])("%j with the caret at %i", (value, caret, expected) => {
    expect(mentionQueryAt(value, caret)).toEqual(expected);
  });

  it.each([
    ["mail ravi@exam", 14],
    ["@@ravi", 6],
    ["Ask @ravi now", 13],
    ["no at sign", 10],
  ])("%j with the caret at %i: none", (value, caret) => {
    expect(mentionQueryAt(value, caret)).toBeNull();
  });

  it("looks only before the caret", () => {
    expect(mentionQueryAt("Ask @ravi now", 9)).toEqual({ start: 4, text: "ravi" });
  });

  it("inserts what the mention rule reads back", () => {
    const value = "Ask @ra";
    const q = mentionQueryAt(value, value.length)!;
    const inserted = `${value.slice(0, q.start)}@ravi `;
    expect(mentionedHandles(inserted)).toEqual(["ravi"]);
  });
});

describe("members offered for a mention", () => {
  const members = [
    { handle: "rita", name: "Rita Reviewer" },
    { handle: "ravi", name: "Ravi Reviewer" },
    { handle: "editor", name: "Eli Editor" },
    { handle: "admin", name: "Ada Admin" },
  ];

  it("match handles first, then any word of a name", () => {
    expect(matchMembers(members, "r").map((m) => m.handle)).toEqual(["rita", "ravi"]);
    expect(matchMembers(members, "e").map((m) => m.handle)).toEqual(["editor"]);
    expect(matchMembers(members, "rev").map((m) => m.handle)).toEqual(["rita", "ravi"]);
    expect(matchMembers(members, "eli").map((m) => m.handle)).toEqual(["editor"]);
    expect(matchMembers(members, "zz")).toEqual([]);
  });

  it("offer everyone (up to the limit) for a bare @", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ handle: `user${i}`, name: `User ${i}` }));
    expect(matchMembers(many, "")).toHaveLength(MAX_SUGGESTIONS);
  });
});
