"use client";

import { useState } from "react";
import { embedCode, shareLinks } from "@/lib/publishing/share";

/** Share links for the verdict's address, and its embed code to copy. */
export function ShareVerdict({ url, embedUrl, quote, rating }: { url: string; embedUrl: string; quote: string; rating: string }) {
  const links = shareLinks({ url, quote, rating });
  const code = embedCode(embedUrl, quote);
  return (
    <section className="space-y-3 border-t border-stone-200 pt-3 text-sm" aria-label="Share this verdict" data-testid="share">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium">Share:</span>
        {links.map((l) => (
          <a key={l.name} href={l.href} rel="noopener noreferrer" target={l.name === "E-mail" ? undefined : "_blank"} className="underline">
            {l.name}
          </a>
        ))}
        <CopyButton text={url} label="Copy link" />
      </p>
      <details>
        <summary className="cursor-pointer font-medium">Embed this verdict on your site</summary>
        <div className="space-y-2 pt-2">
          <label htmlFor="embed-code" className="block text-stone-700">
            Paste this code into your page; the card shows the claim, our rating and a link here, and follows any correction.
          </label>
          <textarea id="embed-code" readOnly rows={3} value={code} className="w-full rounded border border-stone-300 bg-stone-50 p-2 font-mono text-xs" />
          <CopyButton text={code} label="Copy embed code" />{" "}
          <a href={embedUrl} className="underline">
            Preview the card
          </a>
        </div>
      </details>
    </section>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      onClick={() =>
        navigator.clipboard
          .writeText(text)
          .then(() => setState("copied"))
          .catch(() => setState("failed"))
      }
      className="rounded border border-stone-300 bg-white px-2 py-0.5 hover:bg-stone-100"
    >
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text" : label}
    </button>
  );
}
