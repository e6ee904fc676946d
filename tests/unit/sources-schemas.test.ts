import { z } from "zod";
import { describe, expect, it } from "vitest";
import { addEvidenceSchema, addSourceSchema, editSourceSchema } from "@/lib/sources/schemas";
import { fieldErrorsOf, parsed, without } from "./helpers";

const validSource = {
  claimId: "c1",
  url: "https://stats.example.gov/labour/2024",
  title: "Labour market overview, May 2024",
  publisher: "Office for Statistics",
  publishedAt: "2024-05-14",
  accessedAt: "2024-06-01",
  archiveUrl: "https://web.archive.org/web/2024/https://stats.example.gov/labour/2024",
  reliabilityNote: "Official statistics.",
};

const BAD_URLS = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x", "not a url", "mailto:a@b.c", "//example.com/x"];
const GOOD_URLS = ["http://example.com", "https://example.com/path?q=1#frag", "HTTPS://EXAMPLE.COM/", "http://127.0.0.1:8080/x"];

describe("addSourceSchema", () => {
  it("accepts a complete source and converts dates", () => {
    expect(parsed(addSourceSchema, validSource)).toEqual({
      ...validSource,
      publishedAt: new Date("2024-05-14T00:00:00Z"),
      accessedAt: new Date("2024-06-01T00:00:00Z"),
      withheld: false,
    });
  });

  it("accepts a minimal source; blank optional fields become undefined", () => {
    expect(
      parsed(addSourceSchema, {
        claimId: "c1",
        url: "  http://example.com/a  ",
        title: " A title ",
        publisher: "",
        publishedAt: "",
        accessedAt: "   ",
        archiveUrl: "",
        reliabilityNote: "  ",
      }),
    ).toEqual({
      claimId: "c1",
      url: "http://example.com/a",
      title: "A title",
      publisher: undefined,
      publishedAt: undefined,
      accessedAt: undefined,
      archiveUrl: undefined,
      reliabilityNote: undefined,
      withheld: false,
    });
  });

  it("refuses a publication or access day in the future, and an access before the publication, next to the field", () => {
    expect(fieldErrorsOf(addSourceSchema, { ...validSource, publishedAt: "2099-01-01", accessedAt: "2099-01-02" })).toMatchObject({
      publishedAt: [expect.stringMatching(/cannot be in the future/)],
      accessedAt: [expect.stringMatching(/cannot be in the future/)],
    });
    expect(fieldErrorsOf(addSourceSchema, { ...validSource, publishedAt: "2024-05-14", accessedAt: "2020-01-01" })).toEqual({
      accessedAt: ["The day accessed cannot be before the publication date"],
    });
    expect(editSourceSchema.safeParse({ ...validSource, sourceId: "s1", version: 1, accessedAt: "2020-01-01" }).error?.issues.map((i) => i.path[0])).toEqual([
      "accessedAt",
    ]);
    // Read the day it came out, or with either day unknown: fine.
    for (const days of [{ accessedAt: "2024-05-14" }, { publishedAt: "" }, { accessedAt: "" }])
      expect(addSourceSchema.safeParse({ ...validSource, ...days }).success).toBe(true);
  });

  it("withholds a source only with a reason readers can see", () => {
    expect(parsed(addSourceSchema, { ...validSource, withheld: "on", withheldReason: "Protects the informant" })).toMatchObject({
      withheld: true,
      withheldReason: "Protects the informant",
    });
    const result = addSourceSchema.safeParse({ ...validSource, withheld: "on" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toHaveProperty("withheldReason");
  });

  it("empty archiveUrl becomes undefined", () => {
    expect(parsed(addSourceSchema, { ...validSource, archiveUrl: "" }).archiveUrl).toBeUndefined();
    expect(parsed(addSourceSchema, without(validSource, "archiveUrl")).archiveUrl).toBeUndefined();
  });

  it.each(["claimId", "url", "title"] as const)("a missing %s is reported on that field only", (field) => {
    const errors = fieldErrorsOf(addSourceSchema, without(validSource, field));
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("reports blank url and title as required", () => {
    const errors = fieldErrorsOf(addSourceSchema, { ...validSource, url: "  ", title: "" });
    expect(errors.url?.[0]).toBe("URL is required");
    expect(errors.title).toEqual(["Title is required"]);
  });

  it.each(GOOD_URLS)("accepts url and archiveUrl %s", (url) => {
    const out = parsed(addSourceSchema, { ...validSource, url, archiveUrl: url });
    expect(out.url).toBe(url);
    expect(out.archiveUrl).toBe(url);
  });

  it.each(BAD_URLS)("rejects url %s", (url) => {
    expect(fieldErrorsOf(addSourceSchema, { ...validSource, url }).url).toEqual(["URL must be a full http:// or https:// address"]);
  });

  it.each(BAD_URLS)("rejects archiveUrl %s", (archiveUrl) => {
    const errors = fieldErrorsOf(addSourceSchema, { ...validSource, archiveUrl });
    expect(Object.keys(errors)).toEqual(["archiveUrl"]);
    expect(errors.archiveUrl).toContain("Archived copy must be a full http:// or https:// address");
  });

  it("rejects a url over 2000 characters", () => {
    const url = "https://example.com/" + "a".repeat(2000);
    expect(fieldErrorsOf(addSourceSchema, { ...validSource, url }).url).toContain("URL is too long");
  });

  it.each(["publishedAt", "accessedAt"] as const)("rejects bad %s dates", (field) => {
    for (const value of ["2024-13-45", "yesterday"]) {
      const errors = fieldErrorsOf(addSourceSchema, { ...validSource, [field]: value });
      expect(Object.keys(errors), value).toEqual([field]);
    }
  });

  it("rejects an over-long title", () => {
    expect(fieldErrorsOf(addSourceSchema, { ...validSource, title: "t".repeat(301) }).title).toEqual(["Title must be at most 300 characters"]);
  });
});

describe("addEvidenceSchema", () => {
  const validEvidence = {
    claimId: "c1",
    sourceId: "s1",
    stance: "REFUTES",
    excerpt: "The rate fell from 5.1% to 4.2%.",
    note: "Table 3",
  };

  it("accepts valid evidence", () => {
    expect(parsed(addEvidenceSchema, validEvidence)).toEqual(validEvidence);
  });

  it.each(["SUPPORTS", "REFUTES", "CONTEXT"])("accepts stance %s", (stance) => {
    expect(parsed(addEvidenceSchema, { ...validEvidence, stance }).stance).toBe(stance);
  });

  it.each(["claimId", "sourceId", "stance", "excerpt"] as const)("a missing %s is reported on that field only", (field) => {
    const errors = fieldErrorsOf(addEvidenceSchema, without(validEvidence, field));
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("rejects an unknown stance", () => {
    expect(fieldErrorsOf(addEvidenceSchema, { ...validEvidence, stance: "supports" }).stance).toEqual([
      "Choose whether the source supports, refutes or gives context",
    ]);
  });

  it("note is optional and blank means absent", () => {
    expect(parsed(addEvidenceSchema, { ...validEvidence, note: " " }).note).toBeUndefined();
  });
});
