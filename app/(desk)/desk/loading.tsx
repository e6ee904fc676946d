// Shown while a desk page renders: the desk streams (its pages carry a nonce-based policy, see
// proxy.ts), so on a document load this arrives with the desk's navigation before the page's data.
export default function Loading() {
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
