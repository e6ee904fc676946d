import type { QueueQuery } from "@/lib/claims/schemas";
import { RatingFilter } from "@/app/_components/rating-filter";

const SELECT = "rounded border border-stone-300 bg-white px-2 py-1";

/** The queue's filters and sort: a plain GET form, so it works before (and without) JavaScript. */
export function QueueFilters({
  query,
  members,
  articles,
}: {
  query: QueueQuery;
  members: { id: string; name: string }[];
  articles: { id: string; title: string }[];
}) {
  return (
    <form method="get" action="/desk" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filters">
      {query.status && <input type="hidden" name="status" value={query.status} />}
      {query.recheck && <input type="hidden" name="recheck" value={query.recheck} />}
      <label className="space-y-1">
        <span className="block font-medium">Assignee</span>
        <select name="assignee" defaultValue={query.assignee ?? ""} className={SELECT}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Unassigned</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1">
        <span className="block font-medium">Article</span>
        <select name="article" defaultValue={query.article ?? ""} className={`max-w-xs ${SELECT}`}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <RatingFilter value={query.rating} className={SELECT} />
      <label className="space-y-1">
        <span className="block font-medium">Due</span>
        <select name="due" defaultValue={query.due ?? ""} className={SELECT}>
          <option value="">Any due date</option>
          <option value="overdue">Overdue</option>
        </select>
      </label>
      <label className="space-y-1">
        <span className="block font-medium">Sort</span>
        <select name="sort" defaultValue={query.sort} className={SELECT}>
          <option value="updated">Last change</option>
          <option value="created">Newest</option>
          <option value="status">Status</option>
          <option value="waiting">Waiting for review longest</option>
          <option value="due">Due soonest</option>
          <option value="priority">Most urgent</option>
        </select>
      </label>
      <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
        Apply
      </button>
    </form>
  );
}
