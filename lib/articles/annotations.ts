import type { ClaimStatus, Rating } from "../generated/prisma/enums";
import { absoluteUrl } from "../site";
import { STATUS_LABEL } from "../claims/lifecycle";
import { RATING_LABEL } from "../verdicts/ratings";

type AnnotatedClaim = {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  claimant: string;
  status: ClaimStatus;
  slug: string | null;
  createdAt: Date;
  updatedAt: Date;
  verdict: { rating: Rating } | null;
};

/** The desk's claims on an article as a W3C Web Annotation page (JSON-LD), for annotation tools. */
export function toAnnotationPage(article: { id: string; url: string | null; title: string }, claims: AnnotatedClaim[]) {
  const pageId = absoluteUrl(`/api/v1/articles/${article.id}/annotations`);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: pageId,
    type: "AnnotationPage",
    partOf: { id: pageId, type: "AnnotationCollection", label: `Claims in “${article.title}”`, total: claims.length },
    startIndex: 0,
    items: claims.map((c) => ({
      id: absoluteUrl(`/api/v1/articles/${article.id}/annotations#${c.id}`),
      type: "Annotation",
      motivation: c.status === "PUBLISHED" ? "assessing" : "highlighting",
      created: c.createdAt.toISOString(),
      modified: c.updatedAt.toISOString(),
      body: [
        { type: "TextualBody", purpose: "describing", value: `Claim by ${c.claimant}`, format: "text/plain" },
        { type: "TextualBody", purpose: "tagging", value: STATUS_LABEL[c.status] },
        ...(c.status === "PUBLISHED" && c.verdict && c.slug
          ? [
              { type: "TextualBody", purpose: "assessing", value: RATING_LABEL[c.verdict.rating] },
              { id: absoluteUrl(`/claims/${c.slug}`), type: "Text", purpose: "linking", format: "text/html" },
            ]
          : []),
      ],
      target: {
        source: article.url ?? absoluteUrl(`/desk/articles/${article.id}`),
        selector: [
          { type: "TextQuoteSelector", exact: c.quote, prefix: c.prefix, suffix: c.suffix },
          { type: "TextPositionSelector", start: c.start, end: c.end },
        ],
      },
    })),
  };
}
