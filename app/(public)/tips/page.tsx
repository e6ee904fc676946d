import { publicMetadata } from "@/lib/publishing/metadata";
import { organization } from "@/lib/site";
import { TipForm } from "./tip-form";

export const metadata = publicMetadata({
  title: "Ask us to check",
  description: "Saw a claim you doubt? Ask our fact-checkers to check it.",
  path: "/tips",
});

export default function TipsPage() {
  return (
    <article className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Ask us to check a claim</h1>
      <p>
        Saw or heard something you doubt? Tell us what was said and where. {organization().name} reads every question; the claims most readers ask about are
        checked first. If we have already published a verdict on it, you get the link right away.
      </p>
      <p className="text-sm text-stone-600">
        You need no account and we keep nothing that names you. To keep automated spam out, your browser solves a small puzzle when you send (a second or two),
        and one connection can send a few questions an hour: to count them we keep a one-way code of your connection’s address for a day, never the address
        itself.
      </p>
      <TipForm />
      <noscript>
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">This form needs JavaScript for its anti-spam puzzle.</p>
      </noscript>
    </article>
  );
}
