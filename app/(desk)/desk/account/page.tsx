import type { Metadata } from "next";
import { requireAccountActor } from "@/lib/auth/guard";
import { ROLE_LABEL, type Actor } from "@/lib/auth/roles";
import { ChangeOwnPasswordForm } from "./password-form";
import { DisplayNameForm } from "./display-name-form";
import { getOwnProfile } from "@/lib/auth/profile";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const { actor, mustChangePassword } = await requireAccountActor();
  return (
    <div className="max-w-xl space-y-5">
      <h1 className="text-2xl font-bold">Your account</h1>
      {mustChangePassword && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="must-change-password">
          An admin reset your password. Choose your own to continue: the desk opens once you sign in with it.
        </p>
      )}
      <p className="text-sm text-stone-700">
        {actor.name} · {actor.email} · {ROLE_LABEL[actor.role]}
      </p>
      {!mustChangePassword && <ProfileSection actor={actor} />}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Change your password</h2>
        <p className="text-sm text-stone-700">Every session of yours ends, on this device and the others: you sign in again with the new password.</p>
        <ChangeOwnPasswordForm userId={actor.id} />
      </section>
    </div>
  );
}

async function ProfileSection({ actor }: { actor: Actor }) {
  const profile = await getOwnProfile({ actor });
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">Your byline</h2>
      <DisplayNameForm name={profile.name} displayName={profile.displayName} />
    </section>
  );
}
