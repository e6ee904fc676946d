import type { Actor } from "@/lib/auth/roles";
import { findRepeats } from "@/lib/tracking/queries";
import { PossibleRepeats } from "./tracking-panel";

type Repeats = Awaited<ReturnType<typeof findRepeats>>;

/**
 * The claim's possible repeats, asked for as the page starts: they are matched (the index's candidates
 * read in the SQLite reader thread, matched in the intake threads) while the page reads the rest of
 * the claim. A failed match answers null, never a rejection left unhandled while the page reads on.
 */
export function startRepeats(actor: Actor, claimId: string): Promise<Repeats | null> {
  return findRepeats({ actor, claimId }).catch((error: unknown) => {
    console.error("[factdesk] possible repeats failed:", error);
    return null;
  });
}

/**
 * The claim's possible repeats. The page renders this inside a Suspense boundary: everything else is
 * shown at once and this part follows when the match is done (or shows nothing once its time budget
 * is spent).
 */
export async function RepeatsSection({ found, claimId, version }: { found: Promise<Repeats | null>; claimId: string; version: number }) {
  // The rest of the page is already on screen: a failed match says so here instead of replacing the
  // whole page with the error boundary's.
  const repeats = await found;
  if (!repeats) {
    return (
      <p role="status" className="text-sm text-stone-600" data-testid="repeats-failed">
        Could not look for possible repeats just now; reload the page to try again. You can still find a claim to link above.
      </p>
    );
  }
  return <PossibleRepeats claimId={claimId} version={version} repeats={repeats} />;
}

export function RepeatsLoading() {
  return (
    <p role="status" className="text-sm text-stone-600" data-testid="repeats-loading">
      Looking for possible repeats of this claim…
    </p>
  );
}
