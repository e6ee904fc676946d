"use client";

import "@/lib/zod-jitless";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { articleMetaSchema } from "@/lib/intake/schemas";
import type { FieldErrors } from "@/lib/errors";
import { Field, FormMessage, SubmitButton, inputClass } from "@/app/_components/form-fields";

const MAX_BYTES = 1_000_000;
type Phase =
  { step: "idle" } | { step: "uploading"; percent: number } | { step: "analysing"; done?: number; total?: number } | { step: "queued" } | { step: "done" };
type Answer = { ok: boolean; data?: { id?: string; jobId?: string; suggestionsSkipped?: string | null }; error?: string; fieldErrors?: FieldErrors };
type Job = {
  state: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  done: number;
  total: number;
  articleId: string | null;
  error: string | null;
  suggestionsSkipped: string | null;
};

/** The answer's lines so far (a long import streams its progress as JSON lines; the last is the answer). */
function lines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });
}

/** Posts with XMLHttpRequest so the upload's progress can be shown; the server does all validation again. */
export function ImportForm() {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const busy = phase.step === "uploading" || phase.step === "analysing" || phase.step === "queued";

  const opened = (id: string, skipped?: string | null) => {
    setPhase({ step: "done" });
    router.push(`/desk/articles/${id}${skipped ? "?suggestions=skipped" : ""}`);
  };

  /** A long import on PostgreSQL is queued: follow it until it is written (any instance may do the work). */
  async function follow(jobId: string) {
    setPhase({ step: "queued" });
    // Ten minutes at the most: past the time budget and a queue wait, the person should not watch forever.
    for (let failures = 0, polls = 0; failures < 30 && polls < 600; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const answer: { ok: boolean; data?: Job; error?: string } | null = await fetch(`/api/articles/import/jobs/${encodeURIComponent(jobId)}`, {
        cache: "no-store",
      })
        .then((r) => r.json())
        .catch(() => null);
      if (!answer?.ok || !answer.data) {
        failures++;
        continue;
      }
      const job = answer.data;
      if (job.state === "DONE" && job.articleId) return opened(job.articleId, job.suggestionsSkipped);
      if (job.state === "FAILED") {
        setPhase({ step: "idle" });
        return setFormError(`${job.error ?? "The import failed."} Nothing was imported.`);
      }
      setPhase(job.state === "RUNNING" && job.total ? { step: "analysing", done: job.done, total: job.total } : { step: "queued" });
    }
    setPhase({ step: "idle" });
    setFormError("The import is taking longer than expected. It may still finish: look for it in the article list before importing it again.");
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const hasFile = file instanceof File && file.size > 0;
    const local = articleMetaSchema.safeParse(Object.fromEntries(data));
    const fieldErrors: FieldErrors = local.success ? {} : { ...z.flattenError(local.error).fieldErrors };
    if (hasFile && file.size > MAX_BYTES) fieldErrors.file = [`The file is ${(file.size / 1_000_000).toFixed(1)} MB; the limit is 1 MB.`];
    const hasText = !!String(data.get("text") ?? "").trim();
    // Only the address: the server fetches the page, which brings its own title and site name.
    const fetches = !hasFile && !hasText && !!String(data.get("url") ?? "").trim() && !fieldErrors.url;
    if (!hasFile && !hasText && !fetches) fieldErrors.text = ["Paste the text, choose a file, or give the article's URL"];
    // A file's or page's own title may fill an empty title field on the server, and a page's site its outlet.
    if ((hasFile || fetches) && fieldErrors.title && !String(data.get("title") ?? "").trim()) delete fieldErrors.title;
    if (fetches && fieldErrors.outlet && !String(data.get("outlet") ?? "").trim()) delete fieldErrors.outlet;
    if (Object.keys(fieldErrors).length > 0) {
      setErrors(fieldErrors);
      setFormError("Some fields need attention. Nothing was imported.");
      return;
    }
    setErrors({});
    setFormError(null);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/articles/import");
    xhr.setRequestHeader("Accept", "application/x-ndjson, application/json");
    xhr.onprogress = () => {
      const last = lines(xhr.responseText).findLast(
        (l): l is { progress: { done: number; total: number } } => typeof l === "object" && l !== null && "progress" in l,
      );
      if (last) setPhase({ step: "analysing", ...last.progress });
    };
    xhr.upload.onprogress = (e) => setPhase({ step: "uploading", percent: e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : 0 });
    xhr.upload.onload = () => setPhase({ step: "analysing" });
    xhr.onerror = () => {
      setPhase({ step: "idle" });
      setFormError(
        "The connection to the server was lost. If the upload had finished, the article may still have been imported: look in the article list before importing it again.",
      );
    };
    xhr.onload = () => {
      const last = lines(xhr.responseText).at(-1);
      const body: Answer =
        typeof last === "object" && last !== null && "ok" in last
          ? (last as Answer)
          : {
              ok: false,
              error: "The server's answer was cut off. The article may still have been imported: look in the article list before importing it again.",
            };
      if (!body.ok || !body.data || !(body.data.id || body.data.jobId)) {
        setPhase({ step: "idle" });
        setErrors(body.fieldErrors ?? {});
        setFormError(body.error ?? "The import failed. Nothing was imported.");
        return;
      }
      if (body.data.jobId) void follow(body.data.jobId);
      else opened(body.data.id!, body.data.suggestionsSkipped);
    };
    if (fetches) data.set("fetch", "1");
    setPhase({ step: "uploading", percent: 0 });
    xhr.send(data);
  }

  const e = (name: string) => errors[name]?.[0];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-label="Import article">
      <FormMessage error={formError} code={null} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="title" label="Title" error={e("title")} idPrefix="import" hint="Taken from the file or the page when left empty.">
          {(p) => <input {...p} name="title" className={inputClass} />}
        </Field>
        <Field name="outlet" label="Outlet" error={e("outlet")} idPrefix="import" hint="Taken from the page when it is fetched and this is empty.">
          {(p) => <input {...p} name="outlet" className={inputClass} />}
        </Field>
        <Field name="url" label="URL" error={e("url")} idPrefix="import" hint="Give only the address, without text or file, and Factdesk fetches the article.">
          {(p) => <input {...p} name="url" type="url" placeholder="https://…" className={inputClass} />}
        </Field>
        <Field name="author" label="Author" error={e("author")} idPrefix="import">
          {(p) => <input {...p} name="author" className={inputClass} />}
        </Field>
        <Field name="publishedAt" label="Publication date" error={e("publishedAt")} idPrefix="import">
          {(p) => <input {...p} name="publishedAt" type="date" className={inputClass} />}
        </Field>
        <Field name="file" label="File (.txt, .md, .html)" error={e("file")} idPrefix="import">
          {(p) => <input {...p} name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="block text-sm" />}
        </Field>
      </div>
      <Field name="text" label="…or paste the text" error={e("text")} idPrefix="import">
        {(p) => <textarea {...p} name="text" rows={12} className={inputClass} />}
      </Field>
      {phase.step === "uploading" && (
        <div role="status" className="space-y-1 text-sm">
          <p>Uploading… {phase.percent}%</p>
          <progress max={100} value={phase.percent} className="w-full" />
        </div>
      )}
      {phase.step === "queued" && (
        <p role="status" className="text-sm">
          Queued: the article will be read as soon as a server is free. You can keep this page open.
        </p>
      )}
      {phase.step === "analysing" && (
        <div role="status" className="space-y-1 text-sm">
          {phase.total ? (
            <>
              <p>
                Finding check-worthy sentences… part {phase.done} of {phase.total}
              </p>
              <progress max={phase.total} value={phase.done} className="w-full" />
            </>
          ) : (
            <p>Reading the text and scoring its sentences… a long article can take a minute.</p>
          )}
        </div>
      )}
      <SubmitButton pending={busy}>Import article</SubmitButton>
    </form>
  );
}
