import { beforeAll, describe, expect, it } from "vitest";
import { GET as listReviews } from "@/app/api/v1/claim-reviews/route";
import { GET as listMarkupPages } from "@/app/api/v1/claim-reviews/markup-pages/route";
import { db } from "@/lib/db";
import { correctVerdict } from "@/lib/publishing/mutations";
import { step } from "../support/factories";
import { publishedClaim } from "../support/publishing";

const call = async (handler: (r: Request) => Promise<Response>, query = "") => {
  const response = await handler(new Request(`http://localhost/api/v1/claim-reviews${query}`));
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
};

let slugs: string[] = [];
let retractedSlug = "";

beforeAll(async () => {
  process.env.FACTDESK_PUBLIC_URL = "https://checks.example.org";
  const made = [];
  for (let i = 0; i < 5; i++) made.push(await publishedClaim());
  // One is retracted, one corrected (which moves it to the end of the public-change order).
  await step(made[1].editor, made[1].claim.id, "unpublish", "Withdrawn for the test.");
  retractedSlug = made[1].claim.slug!;
  await correctVerdict({
    actor: made[0].editor,
    input: {
      claimId: made[0].claim.id,
      version: made[0].claim.version,
      rating: "TRUE",
      summary: "Corrected summary for the test.",
      rationale: "Corrected rationale that is long enough for the schema.",
      note: "Fixed the figure.",
    },
  });
  // A claim still in research is never listed.
  slugs = [made[2], made[3], made[4], made[0]].map((m) => m.claim.slug!);
}, 60_000);

describe("GET /api/v1/claim-reviews", () => {
  it("lists published verdicts as ClaimReview objects, oldest public change first", async () => {
    const { status, type, body } = await call(listReviews);
    expect(status).toBe(200);
    expect(type).toMatch(/application\/json/);
    expect(body.items.map((i: { url: string }) => i.url)).toEqual(slugs.map((s) => `https://checks.example.org/claims/${s}`));
    expect(body.items[0]).toMatchObject({
      "@type": "ClaimReview",
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 6, worstRating: 1, alternateName: "Mostly true" },
    });
    expect(body.nextCursor).toBeNull();
  });

  it("pages with a cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body } = await call(listReviews, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i: { url: string }) => i.url.split("/").pop()));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(slugs);
    expect(pages).toBe(2);
  });

  it("filters by updatedSince", async () => {
    const corrected = await db.claim.findFirstOrThrow({ where: { slug: slugs[3] } });
    const { body } = await call(listReviews, `?updatedSince=${encodeURIComponent(corrected.publicUpdatedAt!.toISOString())}`);
    expect(body.items.map((i: { url: string }) => i.url.split("/").pop())).toEqual([slugs[3]]);
    const future = await call(listReviews, "?updatedSince=2999-01-01");
    expect(future.body.items).toEqual([]);
  });

  it("never lists a retracted verdict", async () => {
    const { body } = await call(listReviews, "?limit=100");
    expect(JSON.stringify(body)).not.toContain(retractedSlug);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?limit=abc", "limit"],
    ["?limit=2.5", "limit"],
    ["?updatedSince=yesterday", "updatedSince"],
    ["?updatedSince=2024-13-45", "updatedSince"],
    ["?cursor=not-a-cursor", "cursor"],
    [`?cursor=${Buffer.from('["2024-01-01T00:00:00Z"]').toString("base64url")}`, "cursor"],
  ])("answers %s with a clear 400 naming %s", async (query, field) => {
    const { status, body } = await call(listReviews, query);
    expect(status).toBe(400);
    expect(body.error).toBe("Invalid query parameters.");
    expect(Object.keys(body.fieldErrors)).toEqual([field]);
    expect(body.fieldErrors[field][0]).toMatch(new RegExp(field));
  });
});

describe("GET /api/v1/claim-reviews/markup-pages", () => {
  it("returns Fact Check Tools ClaimReviewMarkupPage objects", async () => {
    const { status, body } = await call(listMarkupPages, "?limit=1");
    expect(status).toBe(200);
    const page = body.items[0];
    expect(page).toEqual({
      pageUrl: `https://checks.example.org/claims/${slugs[0]}`,
      publishDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      claimReviewAuthor: { name: "Factdesk" },
      claimReviewMarkups: [
        {
          url: `https://checks.example.org/claims/${slugs[0]}`,
          claimReviewed: "the city built 1,200 new homes in 2023",
          claimDate: "2024-06-20",
          claimAuthor: { name: "The mayor" },
          claimAppearances: ["https://gazette.example/homes"],
          claimFirstAppearance: "https://gazette.example/homes",
          rating: {
            textualRating: "Mostly true",
            ratingValue: 5,
            bestRating: 6,
            worstRating: 1,
            ratingExplanation: "The city reports 1,180 completions in 2023.",
          },
        },
      ],
    });
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it("validates its query the same way", async () => {
    expect((await call(listMarkupPages, "?limit=-1")).status).toBe(400);
  });
});
