import { RATINGS, RATING_SCALE, ratingNumber } from "@/lib/verdicts/ratings";
import { publicMetadata } from "@/lib/publishing/metadata";
import { correctionsEmail, correctionsMailto, organization, siteName } from "@/lib/site";
import { RatingBadge } from "@/app/_components/badges";

export const metadata = publicMetadata({
  title: "Methodology",
  description: "How we choose claims, rate them, and correct our mistakes.",
  path: "/methodology",
});

export default function MethodologyPage() {
  const org = organization();
  const corrections = correctionsEmail();
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">How we check claims</h1>
      <p>
        {org.name} checks claims made in the news. Each claim is researched by a fact-checker, who records the sources and the evidence they give, and drafts a
        verdict. Another editor reviews it; nobody approves a verdict they wrote. Every verdict links its sources so readers can check our work.
      </p>

      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">Our rating scale</h2>
        <p>
          Machine-readable versions of our verdicts (schema.org ClaimReview) express ratings as numbers from {RATING_SCALE.worst} (worst) to {RATING_SCALE.best}{" "}
          (best). “Unverifiable” is not a point on that scale and carries no number.
        </p>
        <table className="w-full border-collapse text-sm" data-testid="rating-scale">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="py-2 pr-3">Rating</th>
              <th className="py-2 pr-3">Meaning</th>
              <th className="py-2 pr-3">Number</th>
            </tr>
          </thead>
          <tbody>
            {RATINGS.map((r) => (
              <tr key={r.value} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3">
                  <RatingBadge rating={r.value} />
                </td>
                <td className="py-2 pr-3">{r.description}</td>
                <td className="py-2 pr-3">{ratingNumber(r.value) ?? "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">Corrections policy</h2>
        <p>
          When we get something wrong, we correct it openly. A corrected verdict shows “Corrected on” with the date and what we changed, at the top of the page,
          and keeps every earlier version with its date below the verdict. The date of the last change is also in the page&apos;s machine-readable data.
        </p>
        <p>
          When a verdict cannot stand at all, we unpublish it. Its address then shows a retraction notice with our reason, and the verdict leaves our feed, our
          sitemap and our API.
        </p>
        <p>
          Exceptionally, we may withhold a source to protect the person or organisation behind it. The verdict then says that a source was withheld and why.
        </p>
        <p data-testid="corrections-contact">
          {corrections ? (
            <>
              To ask for a correction, write to{" "}
              <a href={correctionsMailto(corrections, "a verdict")} className="underline">
                {corrections}
              </a>{" "}
              with the address of the verdict and what you believe is wrong. We answer every request and publish the corrections we make.
            </>
          ) : (
            <>
              To ask for a correction, contact {siteName()} through {org.url}.
            </>
          )}
        </p>
      </section>
    </article>
  );
}
