import type { Rating } from "../generated/prisma/enums";

/** The desk's one rating scale, best to worst. Public pages and the methodology read it from here. */
export const RATINGS: { value: Rating; label: string; description: string }[] = [
  { value: "TRUE", label: "True", description: "The claim is accurate and nothing significant is missing." },
  { value: "MOSTLY_TRUE", label: "Mostly true", description: "The claim is accurate but needs clarification or additional information." },
  { value: "MIXED", label: "Mixed", description: "The claim is partly accurate and partly inaccurate." },
  { value: "MISLEADING", label: "Misleading", description: "The claim contains accurate elements but leaves a false or distorted impression." },
  { value: "MOSTLY_FALSE", label: "Mostly false", description: "The claim contains an element of truth but ignores critical facts." },
  { value: "FALSE", label: "False", description: "The claim is inaccurate." },
  { value: "UNVERIFIABLE", label: "Unverifiable", description: "The available evidence can neither confirm nor refute the claim." },
];

export const RATING_VALUES = RATINGS.map((r) => r.value) as [Rating, ...Rating[]];

export const RATING_LABEL = Object.fromEntries(RATINGS.map((r) => [r.value, r.label])) as Record<Rating, string>;

/**
 * The one mapping from ratings to numbers, for ClaimReview and aggregators: 6 is best (true), 1 worst
 * (false). "Unverifiable" is not a point on this scale, so it gets no number at all.
 */
export const RATING_SCALE = { best: 6, worst: 1 } as const;

const RATING_NUMBER: Record<Rating, number | null> = {
  TRUE: 6,
  MOSTLY_TRUE: 5,
  MIXED: 4,
  MISLEADING: 3,
  MOSTLY_FALSE: 2,
  FALSE: 1,
  UNVERIFIABLE: null,
};

export function ratingNumber(rating: Rating): number | null {
  return RATING_NUMBER[rating];
}
