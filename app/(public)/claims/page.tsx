import { listPublishedClaims } from "@/lib/publishing/queries";
import { publicMetadata } from "@/lib/publishing/metadata";
import { VerdictList } from "../verdict-list";

export const metadata = publicMetadata({ title: "Verdicts", description: "Our published fact-checks, newest first.", path: "/claims" });
// Rendered once and cached; publishing revalidates it, and this bounds staleness otherwise.
export const revalidate = 3600;

export default async function VerdictsPage() {
  const claims = await listPublishedClaims();
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
      {claims.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">No verdicts have been published yet.</p>
      ) : (
        <VerdictList claims={claims} />
      )}
    </div>
  );
}
