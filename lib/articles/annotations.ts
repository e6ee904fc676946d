import type { ClaimStatus, Rating } from "../generated/prisma/enums";
import { absoluteUrl, publicBaseUrl } from "../site";
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

type AnnotatedArticle = { id: string; url: string | null; title: string };

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/**
 * The article's claims are one W3C Web Annotation collection (model §5). It holds a single page, so
 * `first` and `last` name that page, whose IRI (`?page=0`) is distinct from the collection's.
 */
export function annotationIris(articleId: string) {
  const collection = absoluteUrl(`/api/v1/articles/${articleId}/annotations`);
  return { collection, page: `${collection}?page=0` };
}

/**
 * What the annotations point at: the article's own address when it has one. An article kept without
 * one has no public page (the desk's page is behind sign-in), so the public export names it with a
 * tag URI (RFC 4151) that identifies it without pointing anyone at a door they cannot open; the desk
 * gets its own page, which its members can open.
 */
export function annotationTarget(article: AnnotatedArticle, audience: "public" | "desk"): string {
  if (article.url) return article.url;
  if (audience === "desk") return absoluteUrl(`/desk/articles/${article.id}`);
  const host = new URL(publicBaseUrl()).hostname;
  return `tag:${host},2026:article:${article.id}`;
}

function toAnnotation(article: AnnotatedArticle, c: AnnotatedClaim, audience: "public" | "desk") {
  const published = c.status === "PUBLISHED" && c.verdict && c.slug;
  return {
    id: `${annotationIris(article.id).collection}#${c.id}`,
    type: "Annotation",
    motivation: published ? "assessing" : "highlighting",
    created: c.createdAt.toISOString(),
    modified: c.updatedAt.toISOString(),
    body: [
      { type: "TextualBody", purpose: "describing", value: `Claim by ${c.claimant}`, format: "text/plain" },
      { type: "TextualBody", purpose: "tagging", value: STATUS_LABEL[c.status], format: "text/plain" },
      ...(published
        ? [
            { type: "TextualBody", purpose: "assessing", value: RATING_LABEL[c.verdict!.rating], format: "text/plain" },
            // A link is a SpecificResource whose purpose is linking (model §4.1), around the verdict page.
            {
              type: "SpecificResource",
              purpose: "linking",
              source: { id: absoluteUrl(`/claims/${c.slug}`), type: "Text", format: "text/html" },
            },
          ]
        : []),
    ],
    target: {
      source: annotationTarget(article, audience),
      selector: [
        { type: "TextQuoteSelector", exact: c.quote, prefix: c.prefix, suffix: c.suffix },
        { type: "TextPositionSelector", start: c.start, end: c.end },
      ],
    },
  };
}

function collectionHead(article: AnnotatedArticle, total: number) {
  const iris = annotationIris(article.id);
  return {
    id: iris.collection,
    type: "AnnotationCollection",
    label: `Claims in “${article.title}”`,
    total,
    first: iris.page,
    last: iris.page,
  };
}

function page(article: AnnotatedArticle, claims: AnnotatedClaim[], audience: "public" | "desk") {
  return {
    id: annotationIris(article.id).page,
    type: "AnnotationPage",
    startIndex: 0,
    items: claims.map((c) => toAnnotation(article, c, audience)),
  };
}

/** The collection (GET …/annotations), with its only page embedded as `first` (protocol §4.2). */
export function toAnnotationCollection(article: AnnotatedArticle, claims: AnnotatedClaim[], audience: "public" | "desk") {
  const head = collectionHead(article, claims.length);
  return {
    "@context": CONTEXT,
    ...head,
    first: { ...page(article, claims, audience), partOf: head.id },
  };
}

/** The page on its own (GET …/annotations?page=0), saying which collection it is part of. */
export function toAnnotationPage(article: AnnotatedArticle, claims: AnnotatedClaim[], audience: "public" | "desk") {
  return {
    "@context": CONTEXT,
    ...page(article, claims, audience),
    partOf: collectionHead(article, claims.length),
  };
}
