import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticleWithClaims } from "@/lib/articles/queries";
import { requirePageActor } from "@/lib/auth/guard";
import { formatDate } from "@/lib/site";
import { DemoBadge } from "@/app/_components/badges";
import { ArticleAnnotator } from "./article-annotator";
import { SuggestionsPanel } from "./suggestions-panel";
import { ReplaceTextForm } from "./replace-text-form";
import { SUGGESTIONS_SKIPPED } from "@/lib/intake/messages";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ suggestions?: string | string[] }>;
}) {
  const actor = await requirePageActor();
  const { id } = await params;
  // Set by the import form when scoring ran out of time (lib/intake/mutations.ts, SUGGESTIONS_SKIPPED).
  const skipped = (await searchParams).suggestions === "skipped";
  const article = await getArticleWithClaims({ actor, id });
  if (!article) notFound();
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{article.title}</h1>
        <p className="text-sm text-stone-600">
          {article.outlet}
          {article.author ? ` · ${article.author}` : ""} · {article.publishedAt ? formatDate(article.publishedAt) : "date not recorded"}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer" className="underline">
                original
              </a>
            </>
          )}{" "}
          {article.isDemo && <DemoBadge />}
        </p>
      </header>
      <ArticleAnnotator
        articleId={article.id}
        text={article.text}
        defaultDate={article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : ""}
        claims={article.claims}
      >
        <SuggestionsPanel
          articleId={article.id}
          initialNote={skipped ? SUGGESTIONS_SKIPPED : null}
          suggestions={article.suggestions.map((s) => ({
            id: s.id,
            quote: s.quote,
            score: s.score,
            type: s.type,
            claimant: s.claimant,
            reasons: JSON.parse(s.reasons),
            repeats: s.repeats,
          }))}
        />
      </ArticleAnnotator>
      <ReplaceTextForm articleId={article.id} version={article.version} text={article.text} />
    </div>
  );
}
