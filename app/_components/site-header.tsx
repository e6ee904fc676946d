import Link from "next/link";
import { IntentLink } from "./intent-link";
import { siteName } from "@/lib/site";

export function SiteHeader() {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:border focus:border-stone-300 focus:bg-white focus:p-2 focus:font-medium"
      >
        Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">
            {siteName()}
          </Link>
          <Link href="/claims" className="text-sm text-stone-700 hover:underline">
            Verdicts
          </Link>
          <Link href="/methodology" className="text-sm text-stone-700 hover:underline">
            Methodology
          </Link>
          <Link href="/tips" className="text-sm text-stone-700 hover:underline">
            Ask us to check
          </Link>
          <IntentLink href="/desk" className="ml-auto text-sm text-stone-700 hover:underline">
            Desk
          </IntentLink>
        </nav>
      </header>
    </>
  );
}

export function SiteFrame({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      {/* tabIndex -1: the skip link moves focus here, so the next Tab continues inside the content. */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
