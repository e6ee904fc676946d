import { IntentLink } from "./intent-link";

/** "Previous · Page 2 of 7 · Next" under a paged list; nothing when everything fits on one page and that page is shown. */
export function Pager({
  page,
  pageCount,
  href,
  note,
  testId,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  note?: string;
  testId?: string;
}) {
  // Past the last page (an old link, a typed address) there is still a way back to the last one.
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center gap-3 text-sm" data-testid={testId}>
      {page > 1 && (
        <IntentLink href={href(Math.min(page - 1, pageCount))} className="underline">
          Previous
        </IntentLink>
      )}
      <span>
        Page {page} of {pageCount}
        {note ? ` · ${note}` : ""}
      </span>
      {page < pageCount && (
        <IntentLink href={href(page + 1)} className="underline">
          Next
        </IntentLink>
      )}
    </nav>
  );
}
