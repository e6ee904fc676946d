/**
 * The annotations API's output checked against the W3C Web Annotation test suite's own assertions
 * (tests/support/web-annotation-tests): every "must" of the annotation, collection and page lists.
 */
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { annotationTarget, toAnnotationCollection, toAnnotationPage } from "@/lib/articles/annotations";

const SUITE = path.join(__dirname, "../support/web-annotation-tests");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(SUITE, file), "utf8"));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of fs.readdirSync(path.join(SUITE, "definitions"))) ajv.addSchema(read(`definitions/${file}`));

/** The failed assertions of one W3C test list, as "file: message" lines (empty when all hold). */
function failures(list: string, document: unknown): string[] {
  const { assertions } = read(list) as { assertions: string[] };
  expect(assertions.length).toBeGreaterThan(5);
  return assertions.flatMap((file) => {
    const schema = read(file);
    const validate = ajv.getSchema(schema.id) ?? ajv.compile(schema);
    const valid = validate(document);
    return valid === (schema.expectedResult === "valid") ? [] : [`${file}: ${schema.errorMessage}`];
  });
}

const base = { prefix: "before ", suffix: " after", createdAt: new Date("2026-11-20T10:00:00Z"), updatedAt: new Date("2026-11-21T10:00:00Z") };
const claims = [
  {
    ...base,
    id: "c1",
    quote: "weapons supplies",
    start: 10,
    end: 26,
    claimant: "Michael Carpenter",
    status: "PUBLISHED" as const,
    slug: "weapons",
    verdict: { rating: "TRUE" as const },
  },
  { ...base, id: "c2", quote: "about 50 countries", start: 40, end: 58, claimant: "NATO", status: "RESEARCHING" as const, slug: null, verdict: null },
];
const withUrl = { id: "a1", url: "https://news.example/article", title: "Summit" };
const withoutUrl = { id: "a2", url: null, title: "Pasted text" };

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.FACTDESK_PUBLIC_URL;
  process.env.FACTDESK_PUBLIC_URL = "https://factdesk.example";
});
afterEach(() => {
  if (saved === undefined) delete process.env.FACTDESK_PUBLIC_URL;
  else process.env.FACTDESK_PUBLIC_URL = saved;
});

describe("Web Annotation export against the W3C assertions", () => {
  for (const article of [withUrl, withoutUrl]) {
    for (const audience of ["public", "desk"] as const) {
      it(`passes every collection, page and annotation must (${article.url ? "article URL" : "no URL"}, ${audience})`, () => {
        const collection = toAnnotationCollection(article, claims, audience);
        const page = toAnnotationPage(article, claims, audience);
        expect(failures("collections/collectionMusts.test", collection)).toEqual([]);
        expect(failures("collections/pages/pageMusts.test", page)).toEqual([]);
        // A collection with an embedded first page is also checked as a page (the suite allows either).
        expect(failures("collections/pages/pageMusts.test", collection)).toEqual([]);
        for (const item of page.items) {
          // An annotation taken out of the page carries the page's context, as the suite expects.
          expect(failures("annotations/annotationMusts.test", { "@context": page["@context"], ...item })).toEqual([]);
        }
      });
    }
  }

  it("can fail: the old shape (purpose on a plain Text link, items without first/last) breaks the musts", () => {
    const page = toAnnotationPage(withUrl, claims, "public");
    const broken = { ...page, items: [{ ...page.items[0], body: [{ type: "Text", purpose: "linking", id: "x" }] }] };
    expect(failures("annotations/annotationMusts.test", { "@context": page["@context"], ...broken.items[0] })).not.toEqual([]);
    const { first: _first, ...noFirst } = toAnnotationCollection(withUrl, claims, "public");
    expect(failures("collections/collectionMusts.test", { ...noFirst, first: 7 })).not.toEqual([]);
  });
});

describe("the shape the issue asks for", () => {
  it("links a verdict with a SpecificResource whose purpose is linking, around the verdict page", () => {
    const [published, draft] = toAnnotationPage(withUrl, claims, "public").items;
    expect(published.motivation).toBe("assessing");
    expect(published.body).toContainEqual({
      type: "SpecificResource",
      purpose: "linking",
      source: { id: "https://factdesk.example/claims/weapons", type: "Text", format: "text/html" },
    });
    expect(draft.body.some((b) => b.type === "SpecificResource")).toBe(false);
  });

  it("names first and last pages whose IRI differs from the collection's", () => {
    const collection = toAnnotationCollection(withUrl, claims, "public");
    expect(collection.id).toBe("https://factdesk.example/api/v1/articles/a1/annotations");
    expect(collection.first.id).toBe(`${collection.id}?page=0`);
    expect(collection.last).toBe(collection.first.id);
    expect(collection.first.partOf).toBe(collection.id);
    const page = toAnnotationPage(withUrl, claims, "public");
    expect(page.id).not.toBe(collection.id);
    expect(page.partOf).toMatchObject({ id: collection.id, total: 2, first: page.id, last: page.id });
  });

  it("never points the public at the desk's sign-in-walled article page", () => {
    expect(annotationTarget(withUrl, "public")).toBe("https://news.example/article");
    expect(annotationTarget(withoutUrl, "public")).toBe("tag:factdesk.example,2026:article:a2");
    expect(annotationTarget(withoutUrl, "desk")).toBe("https://factdesk.example/desk/articles/a2");
    const items = toAnnotationCollection(withoutUrl, claims, "public").first.items;
    expect(items.every((i) => !i.target.source.includes("/desk/"))).toBe(true);
  });
});
