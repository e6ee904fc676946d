"use client";

import Link from "next/link";
import { useState } from "react";
import { sha256 } from "@noble/hashes/sha2.js";
import { z } from "zod";
import { tipSchema } from "@/lib/tips/schemas";
import { Field, inputClass } from "@/app/_components/form-fields";
import { RATING_LABEL } from "@/lib/verdicts/ratings";

type Answer = { question: string; count: number; again: boolean; answer: { url: string; quote: string; rating: string | null } | null };
type Failure = { error: string; fieldErrors?: Record<string, string[] | undefined> };

function zeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/**
 * The server's puzzle (lib/tips/pow.ts): a nonce whose SHA-256 with the challenge starts with `bits`
 * zero bits. @noble/hashes hashes in a few microseconds (WebCrypto's digest costs a thread hop per
 * call); the page is given the thread back every few thousand tries.
 */
async function solve(challenge: string, bits: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (zeroBits(sha256(encoder.encode(`${challenge}:${nonce}`))) >= bits) return nonce;
    if (n % 5000 === 4999) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export function TipForm() {
  const [question, setQuestion] = useState("");
  const [url, setUrl] = useState("");
  const [website, setWebsite] = useState("");
  const [status, setStatus] = useState<"idle" | "solving" | "sending">("idle");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);

  async function send(event: React.FormEvent) {
    event.preventDefault();
    setFailure(null);
    setAnswer(null);
    // The server's own schema first: a question too short is said at once, not after the puzzle.
    const local = tipSchema.pick({ question: true, url: true }).safeParse({ question, url });
    if (!local.success) {
      return setFailure({ error: "Some fields need attention. Nothing was sent.", fieldErrors: z.flattenError(local.error).fieldErrors });
    }
    try {
      setStatus("solving");
      const challengeResponse = await fetch("/api/v1/tips/challenge", { cache: "no-store" });
      if (!challengeResponse.ok) throw new Error("challenge");
      const { challenge, bits } = (await challengeResponse.json()) as { challenge: string; bits: number };
      const nonce = await solve(challenge, bits);
      setStatus("sending");
      const response = await fetch("/api/v1/tips", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question, url, website, challenge, nonce }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok || !body?.ok) return setFailure(body?.error ? body : { error: "Your question could not be sent. Please try again." });
      setAnswer({ ...(body as Omit<Answer, "question">), question });
      setQuestion("");
      setUrl("");
    } catch {
      setFailure({ error: "Could not reach us. Your question was not sent; please try again." });
    } finally {
      setStatus("idle");
    }
  }

  const busy = status !== "idle";
  return (
    <div className="space-y-4">
      {answer && (
        <div role="status" className="space-y-1 rounded border border-green-300 bg-green-50 p-3 text-sm" data-testid="tip-received">
          <p className="font-medium">
            Thank you, we have your question: “{answer.question}”.{" "}
            {answer.again
              ? `You asked about this claim before; we count each reader once (${answer.count === 1 ? "1 reader" : `${answer.count} readers`} so far).`
              : answer.count > 1
                ? `${answer.count} readers have asked about this claim.`
                : "You are the first to ask about this claim."}
          </p>
          {answer.answer && (
            <p data-testid="tip-answer">
              We have already checked it
              {answer.answer.rating ? <>: rated {(RATING_LABEL as Record<string, string>)[answer.answer.rating] ?? answer.answer.rating}</> : null}.{" "}
              <Link href={answer.answer.url} className="font-medium underline">
                Read the verdict
              </Link>
            </p>
          )}
        </div>
      )}
      <form onSubmit={send} aria-label="Ask us to check" className="space-y-3" noValidate>
        <Field
          name="question"
          label="What was claimed?"
          error={failure?.fieldErrors?.question?.[0]}
          hint="The claim in your own words, 10 to 1,000 characters."
        >
          {(p) => <textarea {...p} name="question" rows={4} value={question} onChange={(e) => setQuestion(e.target.value)} className={inputClass} />}
        </Field>
        <Field name="url" label="Where did you see it? (optional)" error={failure?.fieldErrors?.url?.[0]} hint="A link to the article, post or video.">
          {(p) => <input {...p} name="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} className={inputClass} />}
        </Field>
        {/* The honeypot: hidden from people and screen readers; bots fill it in. */}
        <div className="hidden" aria-hidden="true">
          <label htmlFor="tip-website">Leave this empty</label>
          <input id="tip-website" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
        </div>
        {failure && !failure.fieldErrors?.question && !failure.fieldErrors?.url && (
          <p role="alert" className="text-sm text-red-700" data-testid="tip-error">
            {failure.error}
          </p>
        )}
        <button type="submit" disabled={busy} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {status === "solving" ? "Checking your browser…" : status === "sending" ? "Sending…" : "Send my question"}
        </button>
      </form>
    </div>
  );
}
