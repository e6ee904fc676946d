import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guard";
import { listOpenTips } from "@/lib/tips/queries";
import { TipItem } from "./tip-item";

export const metadata: Metadata = { title: "Readers’ questions" };

export default async function TipsPage() {
  const actor = await requirePageActor();
  const tips = await listOpenTips({ actor });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Readers’ questions</h1>
      <p className="text-sm text-stone-600">
        What readers asked us to check on the public form (/tips) and through partners, grouped by the claim they ask about, most asked first. Make a claim of
        one to research it, or dismiss it.
      </p>
      {tips.length === 0 ? (
        <p className="rounded border border-stone-200 bg-white p-3 text-sm text-stone-600">No open questions from readers.</p>
      ) : (
        <ol className="space-y-3">
          {tips.map((tip) => (
            <TipItem key={tip.id} tip={{ ...tip, createdAt: tip.createdAt.toISOString() }} />
          ))}
        </ol>
      )}
    </div>
  );
}
