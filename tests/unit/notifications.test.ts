import { describe, expect, it } from "vitest";
import { handleOf, mentionedHandles, workers } from "@/lib/notifications/rules";

describe("who hears of a change", () => {
  it("is the assignee and whoever wrote or approved the verdict, each once, never the person who acted", () => {
    expect(workers({ assigneeId: "a", authorId: "b", actorId: "e" })).toEqual(["a", "b"]);
    expect(workers({ assigneeId: "a", authorId: "a", lastEditedById: "a", actorId: "e" })).toEqual(["a"]);
    expect(workers({ assigneeId: "e", authorId: "b", actorId: "e" })).toEqual(["b"]);
    expect(workers({ assigneeId: null, authorId: null, actorId: "e" })).toEqual([]);
    expect(workers({ assigneeId: "a", authorId: "b", lastEditedById: "c", approvedById: "d", actorId: "e" })).toEqual(["a", "b", "c", "d"]);
    expect(workers({ assigneeId: null, authorId: "b", lastEditedById: "e", approvedById: "e", actorId: "e" })).toEqual(["b"]);
  });
});

describe("mentions", () => {
  it("are @handles, lower-cased, each once, not parts of e-mail addresses", () => {
    expect(mentionedHandles("@ravi please check, and @Rita too. @ravi again")).toEqual(["ravi", "rita"]);
    expect(mentionedHandles("Write to ravi@example.org or @@rita")).toEqual([]);
    expect(mentionedHandles("(@ravi), @ravi.")).toEqual(["ravi"]);
    expect(mentionedHandles("@jean.dupont: see @anne-marie_2")).toEqual(["jean.dupont", "anne-marie_2"]);
    expect(mentionedHandles("no mention @ here")).toEqual([]);
    expect(mentionedHandles("@élodie")).toEqual(["élodie"]);
  });

  it("use the part of the e-mail address before the @", () => {
    expect(handleOf("Ravi@FactDesk.test")).toBe("ravi");
  });
});
