import { IntentLink } from "./intent-link";
import type { SearchResult } from "@/lib/search";
import type { Fragment } from "@/lib/search/highlight";
import { RatingBadge, StatusBadge } from "./badges";
import { formatCount } from "@/lib/site";

/** Matched words come back as fragments and are wrapped in <mark>; the text itself is never parsed as HTML. */
export function Highlighted({ fragments }: { fragments: Fragment[] }) {
  return (
    <>
      {fragments.map((f, i) =>
        f.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-200 text-inherit">
            {f.text}
          </mark>
        ) : (
          <span key={i}>{f.text}</span>
        ),
      )}
    </>
  );
}

const KIND_LABEL = { claim: "Claim", article: "Article", source: "Source", claimant: "Claimant" } as const;

export function SearchResultList({ results }: { results: SearchResult[] }) {
  return (
    <ol className="space-y-3" data-testid="search-results">
      {results.map((r) => (
        <li key={`${r.kind}:${r.id}`} className="rounded border border-stone-200 bg-white p-3" data-kind={r.kind}>
          <p className="mb-1 flex items-center gap-2 text-xs text-stone-600 uppercase">
            {KIND_LABEL[r.kind]} {r.status && (r.kind === "claim" || r.kind === "source") && <StatusBadge status={r.status} />}
            {r.rating && <RatingBadge rating={r.rating} />}
          </p>
          <IntentLink href={r.href} className="font-medium text-blue-900 hover:underline">
            <Highlighted fragments={r.kind === "claim" ? r.body : r.title} />
          </IntentLink>
          <p className="text-sm text-stone-700">
            <Highlighted fragments={r.kind === "claim" ? r.title : r.body} />
          </p>
          {r.context && (
            <p className="text-sm text-stone-600" data-testid="result-context">
              On the claim “<bdi>{r.context}</bdi>”
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * How many matched, above a page of results: the count, or past what is ranked "More than N" (a true
 * lower bound, lib/search/answer.ts), with what a reader can do to reach older matches.
 */
export function SearchSummary({
  found,
  noun,
  ranked,
}: {
  found: { total: number; more: boolean; ranked: number };
  noun: "result" | "verdict";
  /** What is listed when there are more matches than are ranked, and how to reach the others. */
  ranked: string;
}) {
  return (
    <>
      <p className="text-sm text-stone-600">{found.more ? `More than ${formatCount(found.ranked)} ${noun}s` : `${formatCount(found.total)} ${noun}(s)`}</p>
      {found.more && (
        <p className="text-sm text-stone-600" data-testid="search-ranked">
          {ranked}
        </p>
      )}
    </>
  );
}
