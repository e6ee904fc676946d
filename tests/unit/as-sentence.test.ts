import { describe, expect, it } from "vitest";
import { asSentence } from "@/lib/site";

describe("asSentence", () => {
  it.each([
    ["The source was retracted", "The source was retracted."],
    ["Withdrawn pending a re-check.", "Withdrawn pending a re-check."],
    ["Is it still true?", "Is it still true?"],
    ["Wait!", "Wait!"],
    ["and so on…", "and so on…"],
    ["He said “it was false.”", "He said “it was false.”"],
    ['She said "no".', 'She said "no".'],
    ["(see the note.)", "(see the note.)"],
    ["Trailing spaces   ", "Trailing spaces."],
  ])("%j → %j", (input, expected) => {
    expect(asSentence(input)).toBe(expected);
  });
});
