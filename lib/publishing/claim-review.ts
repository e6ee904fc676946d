import { RATING_LABEL, RATING_SCALE, ratingNumber } from "../verdicts/ratings";
import { deskToday } from "../days";
import { absoluteUrl, organization } from "../site";
import type { PublicClaim } from "./queries";

/** The public page of a published verdict. */
export const verdictPath = (slug: string) => `/claims/${slug}`;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
// A moment's day on the desk's clock, as the verdict page writes it (formatDayOf).
const deskDate = (moment: Date) => isoDate(deskToday(moment));

/** True when the public record has changed since it was first published. */
export function isCorrected(claim: Pick<PublicClaim, "verdict">): boolean {
  return (claim.verdict?.versions.length ?? 0) > 1;
}

function rating(claim: PublicClaim) {
  const value = ratingNumber(claim.verdict!.rating);
  return value === null ? {} : { ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst };
}

type ArticleRef = PublicClaim["article"];

function creativeWork(article: ArticleRef) {
  return {
    "@type": "CreativeWork",
    headline: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.publishedAt ? { datePublished: isoDate(article.publishedAt) } : {}),
    publisher: { "@type": "Organization", name: article.outlet },
  };
}

/** schema.org ClaimReview, as Google's fact-check structured data asks for it. */
export function toClaimReview(claim: PublicClaim) {
  const verdict = claim.verdict!;
  const org = organization();
  // One appearance per article: a repeat further down the same article is the same appearance.
  const works = [claim.article, ...(claim.covering ?? []).map((c) => c.article)].map(creativeWork);
  const appearances = works.filter((w, i) => works.findIndex((o) => JSON.stringify(o) === JSON.stringify(w)) === i);
  const appearance = appearances.length === 1 ? appearances[0] : appearances;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absoluteUrl(verdictPath(claim.slug!)),
    claimReviewed: claim.quote,
    datePublished: deskDate(claim.publishedAt!),
    ...(isCorrected(claim) && claim.publicUpdatedAt ? { dateModified: claim.publicUpdatedAt.toISOString() } : {}),
    author: { "@type": "Organization", name: org.name, url: org.url },
    // The summary explains the rating, here as in the markup-pages API (toMarkupPage).
    reviewRating: { "@type": "Rating", ...rating(claim), alternateName: RATING_LABEL[verdict.rating], ratingExplanation: verdict.summary },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": claim.claimantType === "ORGANIZATION" ? "Organization" : "Person", name: claim.claimant },
      ...(claim.claimDate ? { datePublished: isoDate(claim.claimDate) } : {}),
      appearance,
      firstAppearance: appearances[0],
    },
  };
}

/** The same verdict as a Fact Check Tools API ClaimReviewMarkupPage. */
export function toMarkupPage(claim: PublicClaim) {
  const verdict = claim.verdict!;
  const value = ratingNumber(verdict.rating);
  const pageUrl = absoluteUrl(verdictPath(claim.slug!));
  return {
    pageUrl,
    publishDate: deskDate(claim.publishedAt!),
    claimReviewAuthor: { name: organization().name },
    claimReviewMarkups: [
      {
        url: pageUrl,
        claimReviewed: claim.quote,
        ...(claim.claimDate ? { claimDate: isoDate(claim.claimDate) } : {}),
        claimAuthor: { name: claim.claimant },
        claimAppearances: [...new Set([claim.article, ...(claim.covering ?? []).map((c) => c.article)].flatMap((a) => (a.url ? [a.url] : [])))],
        ...(claim.article.url ? { claimFirstAppearance: claim.article.url } : {}),
        rating: {
          textualRating: RATING_LABEL[verdict.rating],
          ...(value === null ? {} : { ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst }),
          ratingExplanation: verdict.summary,
        },
      },
    ],
  };
}
