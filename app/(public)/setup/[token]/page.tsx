import type { Metadata } from "next";
import { setupLinkState, SETUP_CLOSED_MESSAGE, SETUP_INVALID_MESSAGE } from "@/lib/setup/first-admin";
import { FirstAdminForm } from "./first-admin-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up the desk", robots: { index: false, follow: false } };

/**
 * Anyone may open this address; only the one-time token `npm start` printed (while no account
 * exists) shows the form. Every other token, and every token once an account exists, gets a plain
 * 200 page saying so: the same for a wrong and an expired token, so the page reveals nothing.
 */
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await setupLinkState({ token });
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Set up the desk</h1>
      {state === "valid" ? (
        <>
          <p className="text-sm">Create the first admin account. This link works once.</p>
          <FirstAdminForm token={token} />
        </>
      ) : (
        <p data-testid="setup-unavailable">{state === "closed" ? SETUP_CLOSED_MESSAGE : SETUP_INVALID_MESSAGE}</p>
      )}
    </div>
  );
}
