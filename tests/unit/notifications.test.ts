import { describe, expect, it } from "vitest";
import { handleOf, mentionedHandles, workers } from "@/lib/notifications/rules";
import { INBOX_PAGES, inboxQuerySchema } from "@/lib/notifications/schemas";

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

describe("the inbox's address", () => {
  it("names a page; anything else is the first", () => {
    expect(inboxQuerySchema.parse({ page: "3" })).toEqual({ page: 3 });
    for (const page of [undefined, "", "0", "-2", "1.5", "two"]) expect(inboxQuerySchema.parse({ page })).toEqual({ page: 1 });
    // Past the newest INBOX_LIMIT there is nothing to show: an old or typed link lands on the last page.
    expect(INBOX_PAGES).toBe(20);
    for (const page of ["20", "21", "100000"]) expect(inboxQuerySchema.parse({ page })).toEqual({ page: INBOX_PAGES });
  });
});
