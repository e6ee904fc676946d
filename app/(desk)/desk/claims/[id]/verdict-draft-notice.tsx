"use client";

import { draftKey } from "@/lib/verdicts/draft-state";
import { draftStorage, useKeptDraft } from "./use-verdict-draft";

/** A verdict draft kept in this browser while the verdict cannot be edited (the claim left research). */
export function VerdictDraftNotice({ claimId, userId }: { claimId: string; userId: string }) {
  const draft = useKeptDraft(userId, claimId);
  if (!draft) return null;
  return (
    <div role="note" className="space-y-1 rounded border border-blue-200 bg-blue-50 p-2 text-sm" data-testid="verdict-draft-notice">
      <p>You have an unsaved verdict draft in this browser; it comes back in the form when the claim is in research again.</p>
      <details>
        <summary className="cursor-pointer">Show the draft</summary>
        <p className="font-medium">{draft.fields.summary}</p>
        <p className="whitespace-pre-wrap">{draft.fields.rationale}</p>
      </details>
      <button type="button" className="underline" onClick={() => draftStorage.forget(draftKey(userId, claimId))}>
        Discard the draft
      </button>
    </div>
  );
}
