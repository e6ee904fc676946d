import Link from "next/link";
import { siteName } from "@/lib/site";
import { publicMetadata } from "@/lib/publishing/metadata";
import { listPublishedClaims } from "@/lib/publishing/queries";
import { VerdictList } from "./verdict-list";

export const metadata = publicMetadata({
  title: "Fact-checks of claims in the news",
  description: "We check claims made in the news: the claim as made, our rating, and the sources behind it.",
  path: "/",
});

// Rendered once and cached; publishing a verdict revalidates it (lib/publishing/revalidate.ts).
export const revalidate = 3600;

const HOME_VERDICTS = 5;

export default async function HomePage() {
  const latest = await listPublishedClaims({ take: HOME_VERDICTS });
  return (
    <div className="max-w-3xl space-y-6">
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
      <section className="space-y-3" aria-labelledby="latest">
        <h2 id="latest" className="text-xl font-semibold">
          Latest verdicts
        </h2>
        {latest.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">No verdicts have been published yet.</p>
        ) : (
          <>
            <VerdictList claims={latest} />
            <Link href="/claims" className="inline-block underline">
              All verdicts
            </Link>
          </>
        )}
      </section>
    </div>
  );
}
