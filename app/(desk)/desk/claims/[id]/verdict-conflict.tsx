"use client";

import { verdictChanges, type VerdictFields, type VerdictSnapshot } from "@/lib/verdicts/draft";

/** What someone else changed in the verdict while a draft was open here, word by word. */
export function VerdictConflict({
  mine,
  base,
  theirs,
  by,
  onKeep,
  onTake,
}: {
  mine: VerdictFields;
  base: VerdictFields;
  theirs: VerdictSnapshot;
  by: string | null;
  onKeep: () => void;
  onTake: () => void;
}) {
  const changes = verdictChanges(base, theirs.fields);
  const differs = verdictChanges(theirs.fields, mine).map((c) => c.label.toLowerCase());
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="verdict-conflict">
      <p>
        <strong>{by ?? "Someone else"} saved the verdict while you were editing it</strong> (now version {theirs.version}). Your draft is kept in the form
        below; it differs from theirs in: {differs.join(", ") || "nothing"}. What they changed:
      </p>
      <dl className="space-y-1">
        {changes.map((c) => (
          <div key={c.field}>
            <dt className="font-medium">{c.label}</dt>
            <dd className="whitespace-pre-wrap">
              {c.parts.map((p, i) =>
                p.kind === "added" ? (
                  <ins key={i} className="bg-green-100 no-underline" title="added">
                    {p.text}
                  </ins>
                ) : p.kind === "removed" ? (
                  <del key={i} className="bg-red-100" title="removed">
                    {p.text}
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeep} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
          Keep my draft (saving replaces theirs)
        </button>
        <button type="button" onClick={onTake} className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100">
          Use their version (drop my draft)
        </button>
      </div>
    </div>
  );
}
