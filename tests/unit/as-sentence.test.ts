import { afterEach, describe, expect, it } from "vitest";
import { asSentence, correctionsEmail, correctionsMailto } from "@/lib/site";

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

describe("the corrections contact", () => {
  afterEach(() => {
    delete process.env.FACTDESK_CORRECTIONS_EMAIL;
  });

  it("is the configured address, or none when unset or not an address", () => {
    expect(correctionsEmail()).toBeNull();
    for (const bad of ["", "  ", "corrections", "a@b", "a b@c.de", 'x"@y.z', "<a@b.c>"]) {
      process.env.FACTDESK_CORRECTIONS_EMAIL = bad;
      expect(correctionsEmail()).toBeNull();
    }
    process.env.FACTDESK_CORRECTIONS_EMAIL = " corrections@gazette.example ";
    expect(correctionsEmail()).toBe("corrections@gazette.example");
  });

  it("opens a message whose subject names the verdict", () => {
    expect(correctionsMailto("c@g.example", "https://g.example/claims/a-b?x=1&y")).toBe(
      "mailto:c@g.example?subject=Correction%20request%3A%20https%3A%2F%2Fg.example%2Fclaims%2Fa-b%3Fx%3D1%26y",
    );
  });
});
