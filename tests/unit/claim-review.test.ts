import { afterEach, describe, expect, it } from "vitest";
import { RATINGS, RATING_SCALE, ratingNumber } from "@/lib/verdicts/ratings";
import { toClaimReview, toMarkupPage } from "@/lib/publishing/claim-review";
import type { PublicClaim } from "@/lib/publishing/queries";
import type { Rating } from "@/lib/generated/prisma/enums";

function claim(rating: Rating, versions = 1): PublicClaim {
  const v = (n: number) => ({
    number: n,
    rating,
    summary: "S",
    rationale: "R",
    correctionNote: n > 1 ? "fix" : null,
    publishedAt: new Date("2024-07-0" + n + "T00:00:00Z"),
  });
  return {
    id: "c1",
    slug: "some-claim-abc123",
    quote: "North Korea began large-scale supplies of weapons",
    claimant: "Example Ministry",
    claimantType: "ORGANIZATION",
    claimDate: new Date("2024-06-19T00:00:00Z"),
    publishedAt: new Date("2024-07-01T10:00:00Z"),
    publicUpdatedAt: new Date(`2024-07-0${versions}T10:00:00Z`),
    isDemo: false,
    article: { title: "A headline", outlet: "Gazette", url: "https://gazette.example/a", publishedAt: new Date("2024-06-20T00:00:00Z") },
    covering: [],
    verdict: {
      rating,
      summary: "Summary",
      rationale: "Why",
      validAsOf: null,
      author: { name: "Rita Reviewer", displayName: "R. Reviewer" },
      approvedBy: { name: "Eli Editor", displayName: null },
      versions: Array.from({ length: versions }, (_, i) => v(versions - i)),
    },
  };
}

afterEach(() => {
  delete process.env.FACTDESK_PUBLIC_URL;
  delete process.env.FACTDESK_ORG_NAME;
  delete process.env.FACTDESK_ORG_URL;
  delete process.env.FACTDESK_TIME_ZONE;
});

describe("rating numbers", () => {
  it("run from 6 (true) down to 1 (false), one step per rating, and unverifiable has none", () => {
    expect(RATINGS.map((r) => ratingNumber(r.value))).toEqual([6, 5, 4, 3, 2, 1, null]);
    expect(RATING_SCALE).toEqual({ best: 6, worst: 1 });
  });
});

describe("toClaimReview", () => {
  it("lists each article once among the appearances, however many repeats it holds", () => {
    const other = { title: "Another paper", outlet: "Herald", url: "https://herald.example/b", publishedAt: null };
    const base = claim("TRUE");
    const review = toClaimReview({ ...base, covering: [{ article: base.article }, { article: other }, { article: other }] } as PublicClaim);
    expect(review.itemReviewed.appearance).toEqual([
      expect.objectContaining({ headline: "A headline", url: "https://gazette.example/a" }),
      expect.objectContaining({ headline: "Another paper", url: "https://herald.example/b" }),
    ]);
    // One article only: a single CreativeWork, not a list of one.
    expect(toClaimReview({ ...base, covering: [{ article: base.article }] } as PublicClaim).itemReviewed.appearance).toMatchObject({ headline: "A headline" });
  });

  it("carries every property Google's fact-check markup asks for", () => {
    process.env.FACTDESK_PUBLIC_URL = "https://checks.example.org/";
    process.env.FACTDESK_ORG_NAME = "Example Checks";
    process.env.FACTDESK_ORG_URL = "https://example.org";
    expect(toClaimReview(claim("MOSTLY_FALSE"))).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://checks.example.org/claims/some-claim-abc123",
      claimReviewed: "North Korea began large-scale supplies of weapons",
      datePublished: "2024-07-01",
      author: { "@type": "Organization", name: "Example Checks", url: "https://example.org" },
      reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 6, worstRating: 1, alternateName: "Mostly false", ratingExplanation: "Summary" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Example Ministry" },
        datePublished: "2024-06-19",
        appearance: {
          "@type": "CreativeWork",
          headline: "A headline",
          url: "https://gazette.example/a",
          datePublished: "2024-06-20",
          publisher: { "@type": "Organization", name: "Gazette" },
        },
        firstAppearance: {
          "@type": "CreativeWork",
          headline: "A headline",
          url: "https://gazette.example/a",
          datePublished: "2024-06-20",
          publisher: { "@type": "Organization", name: "Gazette" },
        },
      },
    });
  });

  it("gives unverifiable no number at all", () => {
    const review = toClaimReview(claim("UNVERIFIABLE"));
    expect(review.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable", ratingExplanation: "Summary" });
    expect(toMarkupPage(claim("UNVERIFIABLE")).claimReviewMarkups[0].rating).toEqual({ textualRating: "Unverifiable", ratingExplanation: "Summary" });
  });

  it("explains the rating the same way in JSON-LD and in the markup-pages API", () => {
    for (const r of ["TRUE", "MIXED", "UNVERIFIABLE"] as const) {
      const c = claim(r);
      expect(toClaimReview(c).reviewRating.ratingExplanation).toBe(toMarkupPage(c).claimReviewMarkups[0].rating.ratingExplanation);
    }
  });

  it("adds dateModified only after a correction", () => {
    expect(toClaimReview(claim("TRUE"))).not.toHaveProperty("dateModified");
    expect(toClaimReview(claim("TRUE", 2))).toMatchObject({ dateModified: "2024-07-02T10:00:00.000Z" });
  });

  it("dates the review by the desk's day of its publication, as the verdict page does, and the claim by its own day", () => {
    // 22:30 UTC on 1 July is 2 July in Paris and still 1 July in New York.
    const late = { ...claim("TRUE"), publishedAt: new Date("2024-07-01T22:30:00Z") };
    process.env.FACTDESK_TIME_ZONE = "Europe/Paris";
    expect(toClaimReview(late)).toMatchObject({ datePublished: "2024-07-02", itemReviewed: { datePublished: "2024-06-19" } });
    expect(toMarkupPage(late).publishDate).toBe("2024-07-02");
    process.env.FACTDESK_TIME_ZONE = "America/New_York";
    expect(toClaimReview(late).datePublished).toBe("2024-07-01");
  });

  it("names a person claimant as a Person", () => {
    const c = { ...claim("FALSE"), claimantType: "PERSON" as const };
    expect(toClaimReview(c).itemReviewed.author).toEqual({ "@type": "Person", name: "Example Ministry" });
  });
});
