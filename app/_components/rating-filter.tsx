import type { Rating } from "@/lib/generated/prisma/enums";
import { RATINGS } from "@/lib/verdicts/ratings";

/** "Rating" in a GET filter form (the desk queue, the public verdict list): any rating, or one. */
export function RatingFilter({ value, className }: { value: Rating | undefined; className: string }) {
  return (
    <label className="space-y-1">
      <span className="block font-medium">Rating</span>
      <select name="rating" defaultValue={value ?? ""} className={className}>
        <option value="">Any rating</option>
        {RATINGS.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
    </label>
  );
}
