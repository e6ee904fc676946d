import { formatDate } from "@/lib/site";
import type { PublishedClaimPage } from "@/lib/publishing/queries";

/**
 * Sources in full, except those withheld for safety: for those only the fact and the reason. Text people
 * typed is isolated (<bdi>): a right-to-left title or a stray direction mark must not reorder the dates
 * and punctuation around it.
 */
export function SourceList({ sources }: { sources: PublishedClaimPage["sources"] }) {
  if (sources.length === 0) return <p className="text-stone-600">No sources are listed for this verdict.</p>;
  return (
    <ol className="list-decimal space-y-2 pl-5" data-testid="public-sources">
      {sources.map((s) =>
        s.withheld ? (
          <li key={s.id} data-testid="withheld-source" className="text-stone-700">
            <em>A source was withheld for its safety.</em> <bdi>{s.withheldReason}</bdi>
          </li>
        ) : (
          <li key={s.id}>
            <a href={s.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
              <bdi>{s.title}</bdi>
            </a>
            {s.publisher && (
              <>
                , <bdi>{s.publisher}</bdi>
              </>
            )}
            {s.publishedAt && <>, {formatDate(s.publishedAt)}</>}
            <span className="text-stone-600"> (accessed {formatDate(s.accessedAt)})</span>
            {s.archiveUrl && (
              <>
                {" · "}
                <a href={s.archiveUrl} rel="noopener noreferrer nofollow" className="underline">
                  archived copy
                </a>
              </>
            )}
          </li>
        ),
      )}
    </ol>
  );
}
