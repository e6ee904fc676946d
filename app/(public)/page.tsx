import Link from "next/link";
import { siteName } from "@/lib/site";
import { publicMetadata } from "@/lib/publishing/metadata";

export const metadata = publicMetadata({
  title: "Fact-checks of claims in the news",
  description: "We check claims made in the news: the claim as made, our rating, and the sources behind it.",
  path: "/",
});

export default function HomePage() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{siteName()}</h1>
      <p className="text-lg text-stone-700">
        We check claims made in the news. Every verdict shows the claim as it was made, our rating, and the sources behind it.
      </p>
      <div className="flex gap-4">
        <Link href="/claims" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Read the verdicts
        </Link>
        <Link href="/desk" className="rounded border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100">
          Desk sign-in
        </Link>
      </div>
    </div>
  );
}
