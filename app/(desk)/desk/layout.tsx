import { IntentLink } from "@/app/_components/intent-link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireAccountActor } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";
import { DeskShortcuts } from "./shortcuts";
import { unreadCount } from "@/lib/notifications/queries";
import { unreadLabel } from "@/lib/notifications/schemas";
import { can } from "@/lib/auth/permissions";
import { countUsableDemoAccounts } from "@/lib/demo/accounts";
import { DemoBanner } from "./demo-banner";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  // Someone who must choose a new password reaches only the account page (each other page redirects
  // there through requirePageActor); the desk's menu is not theirs yet.
  const account = await requireAccountActor();
  if (account.mustChangePassword) {
    // Here, before anything streams, so that the answer is a real redirect (proxy.ts records the path).
    if ((await headers()).get("x-factdesk-path") !== "/desk/account") redirect("/desk/account");
    return (
      <div className="space-y-6">
        <nav aria-label="Desk" className="flex flex-wrap items-center gap-4 border-b border-stone-200 pb-3 text-sm">
          <span className="text-stone-600" data-testid="signed-in-as">
            {account.actor.name}
          </span>
          <span className="ml-auto">
            <SignOutButton />
          </span>
        </nav>
        {children}
      </div>
    );
  }
  const actor = account.actor;
  const [unread, demoAccounts] = await Promise.all([unreadCount({ actor }), can(actor, "user.manage") ? countUsableDemoAccounts({ actor }) : 0]);
  return (
    <div className="space-y-6">
      <nav aria-label="Desk" className="flex flex-wrap items-center gap-4 border-b border-stone-200 pb-3 text-sm">
        <IntentLink href="/desk" className="font-medium hover:underline">
          Queue
        </IntentLink>
        <IntentLink href="/desk/my-work" className="font-medium hover:underline">
          My work
        </IntentLink>
        <IntentLink href="/desk/inbox" className="font-medium hover:underline" aria-label={unread > 0 ? `Inbox, ${unreadLabel(unread)} unread` : "Inbox"}>
          Inbox
          {unread > 0 && (
            <span data-testid="unread-count" className="ml-1 rounded-full bg-blue-800 px-1.5 py-0.5 text-xs text-white">
              {unreadLabel(unread)}
            </span>
          )}
        </IntentLink>
        <IntentLink href="/desk/articles" className="font-medium hover:underline">
          Articles
        </IntentLink>
        <IntentLink href="/desk/claimants" className="font-medium hover:underline">
          Claimants
        </IntentLink>
        <IntentLink href="/desk/tips" className="font-medium hover:underline">
          Readers’ questions
        </IntentLink>
        {can(actor, "desk.dashboard") && (
          <IntentLink href="/desk/dashboard" className="font-medium hover:underline">
            Dashboard
          </IntentLink>
        )}
        {actor.role === "ADMIN" && (
          <>
            <IntentLink href="/desk/admin/users" className="font-medium hover:underline">
              Users
            </IntentLink>
            <IntentLink href="/desk/admin/settings" className="font-medium hover:underline">
              Settings
            </IntentLink>
          </>
        )}
        <form method="get" action="/desk/search" role="search" className="flex gap-1">
          <label htmlFor="desk-q" className="sr-only">
            Search the desk
          </label>
          <input
            id="desk-q"
            name="q"
            type="search"
            placeholder="Search claims, articles, sources…"
            className="w-48 rounded border border-stone-300 bg-white px-2 py-1 lg:w-56"
          />
        </form>
        {/* Who is signed in and the way out stay together at the end of the menu: wrapping, they move as one
            (Sign out alone on a second row looked like a stray button). The shortcuts hint only where it fits. */}
        <span className="ml-auto flex items-center gap-4 whitespace-nowrap">
          <span className="text-stone-600" data-testid="signed-in-as">
            <IntentLink href="/desk/account" className="hover:underline" title="Your account and password">
              {actor.name}
            </IntentLink>{" "}
            · {ROLE_LABEL[actor.role]}
          </span>
          <span className="hidden text-xs text-stone-600 xl:inline">
            Press <kbd className="rounded border border-stone-300 px-1 font-mono">?</kbd> for shortcuts
          </span>
          <SignOutButton />
        </span>
      </nav>
      <DemoBanner accounts={demoAccounts} />
      <DeskShortcuts />
      {children}
    </div>
  );
}
