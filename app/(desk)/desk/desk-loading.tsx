// Shown while a desk page renders: the desk streams (its pages carry a nonce-based policy, see
// proxy.ts), so on a document load this arrives with the desk's navigation before the page's data.
//
// Not a loading.tsx of the whole desk: a page inside such a boundary answers after the first bytes
// have gone, so its notFound() could only ever say 200. A page that reads one record (a claim, an
// article, a claimant, a tracked claim) decides first whether it exists, outside any boundary, and
// answers 404 when it does not; list pages use this through their own loading.tsx or a <Suspense>.
export function DeskLoading() {
  return (
    <div role="status" aria-live="polite" data-testid="desk-loading" className="space-y-3">
      <p className="text-sm text-stone-700">Loading…</p>
      <div aria-hidden="true" className="animate-pulse space-y-3">
        <div className="h-7 w-64 rounded bg-stone-200" />
        <div className="h-4 w-full rounded bg-stone-200" />
        <div className="h-4 w-5/6 rounded bg-stone-200" />
      </div>
    </div>
  );
}
