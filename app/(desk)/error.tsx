"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>The page could not be shown. Nothing you saved was lost. Try again, or reload in a moment.</p>
      <button type="button" onClick={reset} className="rounded bg-blue-700 px-3 py-1.5 text-white">
        Try again
      </button>
    </div>
  );
}
