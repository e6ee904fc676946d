import type { Rating } from "../generated/prisma/enums";

/** The desk's one rating scale, best to worst. Public pages and the methodology read it from here. */
export const RATINGS: { value: Rating; label: string; description: string }[] = [
  { value: "TRUE", label: "True", description: "The claim is accurate and nothing significant is missing." },
  { value: "MOSTLY_TRUE", label: "Mostly true", description: "The claim is accurate but needs clarification or additional information." },
  { value: "MIXED", label: "Mixed", description: "The claim is partly accurate and partly inaccurate." },
  { value: "MISLEADING", label: "Misleading", description: "The claim contains accurate elements but leaves a false impression." },
  { value: "MOSTLY_FALSE", label: "Mostly false", description: "The claim contains an element of truth but ignores critical facts." },
  { value: "FALSE", label: "False", description: "The claim is inaccurate." },
  { value: "UNVERIFIABLE", label: "Unverifiable", description: "The available evidence can neither confirm nor refute the claim." },
];

export const RATING_VALUES = RATINGS.map((r) => r.value) as [Rating, ...Rating[]];

export const RATING_LABEL = Object.fromEntries(RATINGS.map((r) => [r.value, r.label])) as Record<Rating, string>;
