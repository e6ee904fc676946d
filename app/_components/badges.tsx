import type { ClaimStatus, Priority, Rating } from "@/lib/generated/prisma/enums";
import { describeDue, dueState, PRIORITY_LABEL } from "@/lib/claims/assignment";
import { formatDate } from "@/lib/site";
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

/** The small bordered label that statuses, priorities and due dates share (`.pill`, app/globals.css). */
function Pill({ testId, style, children, ...data }: { testId: string; style: string; children: React.ReactNode; "data-due"?: string }) {
  return (
    <span data-testid={testId} {...data} className={`pill ${style}`}>
      {children}
    </span>
  );
}

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <Pill testId="status-badge" style={STATUS_STYLE[status]}>
      {STATUS_LABEL[status]}
    </Pill>
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

const PRIORITY_STYLE: Record<Priority, string> = {
  URGENT: "bg-red-50 text-red-900 border-red-300",
  HIGH: "bg-orange-50 text-orange-900 border-orange-300",
  NORMAL: "bg-stone-50 text-stone-700 border-stone-300",
  LOW: "bg-stone-50 text-stone-600 border-stone-200",
};

export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <Pill testId="priority-badge" style={PRIORITY_STYLE[priority]}>
      {PRIORITY_LABEL[priority]}
    </Pill>
  );
}

/** A due date and how it stands today; overdue is said in words, not by colour alone. */
export function DueBadge({ dueDate, now }: { dueDate: Date | null; now: Date }) {
  const state = dueState(dueDate, now);
  if (!state || !dueDate) return <span className="text-xs text-stone-600">No due date</span>;
  const style =
    state.kind === "overdue"
      ? "bg-red-700 text-white border-red-700"
      : state.kind === "today"
        ? "bg-amber-50 text-amber-900 border-amber-300"
        : "bg-white text-stone-700 border-stone-300";
  return (
    <Pill testId="due-badge" data-due={state.kind} style={style}>
      {describeDue(state)} · {formatDate(dueDate)}
    </Pill>
  );
}
