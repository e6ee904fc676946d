import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { readSettingsPage } from "@/lib/settings/settings";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Desk settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor, "settings.manage")) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
        Only admins can change the desk settings.
      </p>
    );
  }
  const { settings, approvers, maxApprovals } = await readSettingsPage({ actor });
  return (
    <div className="max-w-2xl space-y-5">
      <h1 className="text-2xl font-bold">Desk settings</h1>
      <section className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <h2 className="text-lg font-semibold">Approval policy</h2>
        <p className="text-sm text-stone-700">
          How many editors must approve a verdict before it can be published. Each approval and each objection is recorded with its note on the claim; the
          verdict&apos;s author never counts, and each editor decides once per review round (a verdict sent back and submitted again starts a new round).
          PolitiFact&apos;s desk, for example, has three editors vote and two carry: set 2.
        </p>
        <p className="text-sm text-stone-700" data-testid="approvers">
          The desk has {approvers} editor{approvers === 1 ? "" : "s"} (admins included) who can approve.
        </p>
        <SettingsForm approvalsRequired={settings.approvalsRequired} max={maxApprovals} />
      </section>
    </div>
  );
}
