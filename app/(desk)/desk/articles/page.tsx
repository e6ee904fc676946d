import type { Metadata } from "next";
import { Suspense } from "react";
import { IntentLink } from "@/app/_components/intent-link";
import { DeskLoading } from "../desk-loading";
import { listArticles } from "@/lib/articles/queries";
import { requirePageActor } from "@/lib/auth/guard";
import { formatCount, formatDate } from "@/lib/site";
import { DemoBadge } from "@/app/_components/badges";
import { Pager } from "@/app/_components/pager";
import { articleListQuerySchema } from "@/lib/articles/schemas";

export const metadata: Metadata = { title: "Articles" };

async function ArticlesList({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const query = articleListQuerySchema.parse({ page: Array.isArray(raw.page) ? raw.page[0] : raw.page });
  const list = await listArticles({ actor, page: query.page });
  const articles = list.items;
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        {list.total > 0 && (
          <p className="text-sm text-stone-700" data-testid="articles-count">
            {formatCount(list.total)} {list.total === 1 ? "article" : "articles"}
          </p>
        )}
        <IntentLink href="/desk/articles/new" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
          Import an article
        </IntentLink>
      </div>
      {articles.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-600">
          No articles yet.{" "}
          <IntentLink href="/desk/articles/new" className="text-blue-700 underline">
            Import one
          </IntentLink>
          .
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {articles.map((a) => (
            <li key={a.id} className="p-3">
              <IntentLink href={`/desk/articles/${a.id}`} className="font-medium text-blue-800 hover:underline">
                {a.title}
              </IntentLink>{" "}
              {a.isDemo && <DemoBadge />}
              <p className="text-sm text-stone-600">
                {a.outlet} · {a.publishedAt ? formatDate(a.publishedAt) : "date not recorded"} · {a.claims} {a.claims === 1 ? "claim" : "claims"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager page={list.page} pageCount={list.pageCount} href={(n) => (n === 1 ? "/desk/articles" : `/desk/articles?page=${n}`)} testId="articles-pages" />
    </div>
  );
}

// Its own boundary, not a loading.tsx: that would hold the records below this page too (desk-loading.tsx).
export default function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <Suspense fallback={<DeskLoading />}>
      <ArticlesList searchParams={searchParams} />
    </Suspense>
  );
}
