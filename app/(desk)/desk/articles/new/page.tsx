import type { Metadata } from "next";
import { ImportForm } from "./import-form";
import { requirePageActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportPage() {
  // Nothing here reads desk data, but the form is the desk's: a signed-out visitor signs in first.
  await requirePageActor();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Import an article</h1>
      <p className="text-sm text-stone-600">
        Paste the text, upload a .txt, .md or .html file (up to 1 MB), or give only the article’s address to fetch it. Factdesk keeps the readable text only,
        then suggests the sentences most worth checking.
      </p>
      <ImportForm />
    </div>
  );
}
