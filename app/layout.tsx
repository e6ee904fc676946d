import type { Metadata } from "next";
import "./globals.css";
import { publicBaseUrl, siteName } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: new URL(publicBaseUrl()),
  title: { default: siteName(), template: `%s · ${siteName()}` },
  description: "Fact-checks of claims in the news: sources, evidence and verdicts.",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: `${siteName()} verdicts` }] } },
  // Every page is a website to Open Graph unless it says more (verdicts are articles); pages with an
  // address worth sharing name it (publicMetadata, sign-in, search, embed).
  openGraph: { type: "website", siteName: siteName() },
};

// The root layout is bare so the embeddable card (app/embed) carries no site chrome.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
