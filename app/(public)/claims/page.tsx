import Link from "next/link";
import { listPublishedClaimants, listPublishedClaims } from "@/lib/publishing/queries";
import { publicMetadata } from "@/lib/publishing/metadata";
import { publicListQuerySchema, swappedRange } from "@/lib/publishing/schemas";
import { RatingFilter } from "@/app/_components/rating-filter";
import { VerdictList } from "../verdict-list";
import { firstValues } from "@/lib/http/search-params";

export const metadata = publicMetadata({ title: "Verdicts", description: "Our published fact-checks, newest first.", path: "/claims" });

const LIMIT = 50;
const SELECT = "rounded border border-stone-300 bg-white px-2 py-1.5";

export default async function VerdictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filter = publicListQuerySchema.parse(firstValues(raw));
  const filtered = Object.values(filter).some((v) => v !== undefined);
  // Days the wrong way round match nothing: say so at the field, with the range the reader meant.
  const swapped = swappedRange(filter);
  const swappedHref = swapped && `/claims?${new URLSearchParams(Object.entries({ ...filter, ...swapped }).filter((e): e is [string, string] => !!e[1]))}`;
  const [claims, claimants] = await Promise.all([swapped ? [] : listPublishedClaims({ take: LIMIT, filter }), listPublishedClaimants()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Verdicts</h1>
      <form method="get" action="/claims/search" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="verdict-q" className="sr-only">
          Search verdicts
        </label>
        <input id="verdict-q" name="q" type="search" placeholder="Search verdicts" className="grow rounded border border-stone-300 bg-white px-2 py-1.5" />
        <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1.5">
          Search
        </button>
      </form>
      {/* A plain GET form: the filters are the page's address, to bookmark or share. */}
      <form method="get" action="/claims" aria-label="Filter verdicts" className="flex flex-wrap items-end gap-3 text-sm">
        <RatingFilter value={filter.rating} className={SELECT} />
        <label className="space-y-1">
          <span className="block font-medium">Claimant</span>
          <input
            name="claimant"
            type="text"
            list="claimant-names"
            autoComplete="off"
            placeholder="Anyone"
            defaultValue={filter.claimant ?? ""}
            className={`max-w-xs ${SELECT}`}
          />
          {/* The most frequent claimants, offered as the reader types; any other name, or a part of one, can be typed. */}
          <datalist id="claimant-names">
            {claimants.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Published from</span>
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={SELECT} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">to</span>
          <input
            type="date"
            name="to"
            defaultValue={filter.to ?? ""}
            className={SELECT}
            aria-invalid={swapped ? true : undefined}
            aria-describedby={swapped ? "error-to" : undefined}
          />
        </label>
        <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100">
          Filter
        </button>
        {filtered && (
          <Link href="/claims" className="py-1.5 underline">
            Clear filters
          </Link>
        )}
      </form>
      {swappedHref && (
        <p id="error-to" role="alert" className="text-sm text-red-700" data-testid="error-to">
          The end day is before the start day, so no verdict can match.{" "}
          <Link href={swappedHref} className="underline">
            Show {swapped.from} to {swapped.to}
          </Link>
        </p>
      )}
      {claims.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600" data-testid="verdicts-empty">
          {filtered ? "No published verdict matches these filters." : "No verdicts have been published yet."}
        </p>
      ) : (
        <>
          <VerdictList claims={claims} />
          {claims.length === LIMIT && (
            <p className="text-sm text-stone-600">
              The newest {LIMIT}
              {filtered ? " that match" : ""}: narrow the filters or search to find older ones.
            </p>
          )}
        </>
      )}
    </div>
  );
}
