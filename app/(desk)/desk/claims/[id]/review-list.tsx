import { formatDateTime } from "@/lib/site";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";

type Review = { id: string; decision: ReviewDecision; note: string | null; createdAt: Date; verdictVersion: number; reviewer: { name: string } };

/** Editors' approvals and objections, each with its note. */
export function ReviewList({ reviews, empty }: { reviews: Review[]; empty: string }) {
  if (reviews.length === 0) return empty ? <p className="text-stone-600">{empty}</p> : null;
  return (
    <ul className="space-y-1" data-testid="reviews">
      {reviews.map((r) => (
        <li key={r.id} data-testid="review" data-decision={r.decision}>
          <span className={`font-medium ${r.decision === "APPROVE" ? "text-green-800" : "text-red-800"}`}>
            {r.decision === "APPROVE" ? "Approved" : "Objected"}
          </span>{" "}
          by {r.reviewer.name} · {formatDateTime(r.createdAt)} · verdict version {r.verdictVersion}
          {r.note && <span className="block whitespace-pre-wrap text-stone-700">“{r.note}”</span>}
        </li>
      ))}
    </ul>
  );
}
