import type { Metadata } from "next";
import Link from "next/link";
import { listClaimants } from "@/lib/tracking/queries";
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
            <li key={c.name} className="flex justify-between p-3">
              <Link href={`/desk/claimants/${encodeURIComponent(c.name)}`} className="text-blue-800 hover:underline">
                {c.name}
              </Link>
              <span className="text-sm text-stone-600">{c.claims} claim(s)</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
