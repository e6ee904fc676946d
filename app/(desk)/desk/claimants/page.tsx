import type { Metadata } from "next";
import { IntentLink } from "@/app/_components/intent-link";
import { listClaimants } from "@/lib/claimants/queries";
import { requirePageActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Claimants" };

export default async function ClaimantsPage() {
  const claimants = await listClaimants({ actor: await requirePageActor() });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Claimants</h1>
      {claimants.length === 0 ? (
        <p className="text-stone-600">No claims yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {claimants.map((c) => (
            <li key={c.id} className="flex justify-between gap-3 p-3">
              <span>
                <IntentLink href={`/desk/claimants/${encodeURIComponent(c.name)}`} className="text-blue-800 hover:underline">
                  {c.name}
                </IntentLink>
                {c.aliases.length > 0 && <span className="block text-xs text-stone-600">also: {c.aliases.join(", ")}</span>}
              </span>
              <span className="text-sm text-stone-600">{c.claims} claim(s)</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
