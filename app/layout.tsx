import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { siteName } from "@/lib/site";

export const metadata: Metadata = {
  title: { default: siteName(), template: `%s · ${siteName()}` },
  description: "Fact-checks of claims in the news: sources, evidence and verdicts.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-tight">
              {siteName()}
            </Link>
            <Link href="/claims" className="text-sm text-stone-700 hover:underline">
              Verdicts
            </Link>
            <Link href="/desk" className="text-sm text-stone-700 hover:underline">
              Desk
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
