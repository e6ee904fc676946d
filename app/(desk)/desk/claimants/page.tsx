import type { Metadata } from "next";
import { Suspense } from "react";
import { IntentLink } from "@/app/_components/intent-link";
import { DeskLoading } from "../desk-loading";
import { Pager } from "@/app/_components/pager";
import { listClaimants } from "@/lib/claimants/queries";
import { claimantListQuerySchema, type ClaimantListQuery } from "@/lib/claimants/schemas";
import { requirePageActor } from "@/lib/auth/guard";
import { formatCount } from "@/lib/site";
import { firstValues } from "@/lib/http/search-params";

export const metadata: Metadata = { title: "Claimants" };

function href(query: ClaimantListQuery, page: number) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/desk/claimants?${search}` : "/desk/claimants";
}

async function ClaimantsList({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const query = claimantListQuerySchema.parse(firstValues(raw));
  const list = await listClaimants({ actor, page: query.page, q: query.q });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">Claimants</h1>
        {list.total > 0 && (
          <p className="text-sm text-stone-700" data-testid="claimants-count">
            {formatCount(list.total)} {list.total === 1 ? "claimant" : "claimants"}
            {query.q ? ` matching “${query.q}”` : ""}
          </p>
        )}
      </div>
      {/* A plain GET form: the filter is the page's address, and works before JavaScript. */}
      <form method="get" action="/desk/claimants" role="search" className="flex max-w-xl items-end gap-2 text-sm">
        <label className="grow space-y-1">
          <span className="block font-medium">Name or alias</span>
          <input name="q" type="search" defaultValue={query.q} className="w-full rounded border border-stone-300 bg-white px-2 py-1.5" />
        </label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white">
          Find
        </button>
      </form>
      {list.items.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">
          {query.q ? (
            <>
              No claimant’s name or alias holds “{query.q}”.{" "}
              <IntentLink href="/desk/claimants" className="text-blue-700 underline">
                Show all claimants
              </IntentLink>
            </>
          ) : (
            "No claims yet."
          )}
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="claimants">
          {list.items.map((c) => (
            <li key={c.id} className="flex justify-between gap-3 p-3">
              <span>
                <IntentLink href={`/desk/claimants/${encodeURIComponent(c.name)}`} className="text-blue-800 hover:underline">
                  {c.name}
                </IntentLink>
                {c.aliases.length > 0 && <span className="block text-xs text-stone-600">also: {c.aliases.join(", ")}</span>}
              </span>
              <span className="text-sm text-stone-600">
                {formatCount(c.claims)} {c.claims === 1 ? "claim" : "claims"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={list.page} pageCount={list.pageCount} href={(n) => href(query, n)} testId="claimants-pages" />
    </div>
  );
}

// Its own boundary, not a loading.tsx: that would hold the records below this page too (desk-loading.tsx).
export default function ClaimantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <Suspense fallback={<DeskLoading />}>
      <ClaimantsList searchParams={searchParams} />
    </Suspense>
  );
}
