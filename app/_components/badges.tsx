import type { ClaimStatus, Rating } from "@/lib/generated/prisma/enums";
import { STATUS_LABEL } from "@/lib/claims/lifecycle";
import { RATING_LABEL } from "@/lib/verdicts/ratings";

const STATUS_STYLE: Record<ClaimStatus, string> = {
  NEW: "bg-stone-100 text-stone-800 border-stone-300",
  RESEARCHING: "bg-amber-50 text-amber-900 border-amber-300",
  IN_REVIEW: "bg-violet-50 text-violet-900 border-violet-300",
  APPROVED: "bg-sky-50 text-sky-900 border-sky-300",
  PUBLISHED: "bg-green-50 text-green-900 border-green-300",
  UNPUBLISHED: "bg-red-50 text-red-900 border-red-300",
  DISMISSED: "bg-stone-50 text-stone-700 border-stone-300 line-through",
  COVERED: "bg-teal-50 text-teal-900 border-teal-300",
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span data-testid="status-badge" className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>
      {STATUS_LABEL[status]}
    </span>
  );
}

const RATING_STYLE: Record<Rating, string> = {
  // White text on each of these keeps a contrast ratio of at least 4.5:1 (WCAG AA for small text).
  TRUE: "bg-green-800",
  MOSTLY_TRUE: "bg-green-700",
  MIXED: "bg-amber-700",
  MISLEADING: "bg-orange-800",
  MOSTLY_FALSE: "bg-red-700",
  FALSE: "bg-red-900",
  UNVERIFIABLE: "bg-stone-600",
};

export function RatingBadge({ rating, large = false }: { rating: Rating; large?: boolean }) {
  return (
    <span
      data-testid="rating-badge"
      className={`inline-block rounded font-semibold text-white ${RATING_STYLE[rating]} ${large ? "px-3 py-1 text-lg" : "px-2 py-0.5 text-xs"}`}
    >
      {RATING_LABEL[rating]}
    </span>
  );
}

export function DemoBadge() {
  return (
    <span title="Demo data shipped with Factdesk" className="inline-block rounded border border-dashed border-stone-400 px-1.5 py-0.5 text-xs text-stone-600">
      Demo data
    </span>
  );
}
