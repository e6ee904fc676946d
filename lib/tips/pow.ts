import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The readers' tip form's proof of work, so a script cannot send thousands of tips for free and no
 * third-party service sees the readers: the server hands out a signed challenge, the reader's browser
 * finds a nonce whose SHA-256 with it starts with POW_BITS zero bits (about 2^POW_BITS hashes, a second
 * or two), and the server checks the signature, the age and the hash. A challenge is spent once
 * (Tip.challenge is unique). Rate limits per address (lib/tips/limits.ts) do the rest.
 */
export const POW_BITS = 15;
export const CHALLENGE_MAX_AGE_MS = 30 * 60 * 1000;

const holder = globalThis as unknown as { factdeskTipSecret?: string };

/** Signed with the session secret, which every instance shares; without one (tests), a secret of this process. */
function secret(): string {
  return `tips:${process.env.NEXTAUTH_SECRET || (holder.factdeskTipSecret ??= randomBytes(32).toString("hex"))}`;
}

const sign = (payload: string) => createHmac("sha256", secret()).update(payload).digest("base64url");

/** A fresh challenge: `<issued ms>.<random>.<signature>`. */
export function issueChallenge(now = Date.now()): { challenge: string; bits: number } {
  const payload = `${now}.${randomBytes(12).toString("base64url")}`;
  return { challenge: `${payload}.${sign(payload)}`, bits: POW_BITS };
}

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

/** What a spent challenge is kept as (Tip.challenge): its hash, unique, saying nothing of when it was issued. */
export const challengeKey = (challenge: string) => createHash("sha256").update(challenge).digest("base64url");

/** A keyed hash of a rate-limit bucket, so the limiter's table holds no reader's address. */
export const addressKey = (bucket: string) => createHmac("sha256", secret()).update(`address:${bucket}`).digest("base64url");

export const powDigest = (challenge: string, nonce: string) => createHash("sha256").update(`${challenge}:${nonce}`).digest();

export type PowCheck = "ok" | "malformed" | "forged" | "expired" | "insufficient";

export function checkSolution(challenge: string, nonce: string, now = Date.now()): PowCheck {
  const parts = challenge.split(".");
  if (parts.length !== 3 || !/^\d{1,15}$/.test(parts[0]) || !/^[\w-]{1,64}$/.test(nonce)) return "malformed";
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  const age = now - Number(parts[0]);
  if (age < -60_000 || age > CHALLENGE_MAX_AGE_MS) return "expired";
  return leadingZeroBits(powDigest(challenge, nonce)) >= POW_BITS ? "ok" : "insufficient";
}

/** What the browser does (app/(public)/tips/tip-form.tsx), for tests and partners' scripts. */
export function solve(challenge: string, bits = POW_BITS): string {
  for (let n = 0; ; n++) if (leadingZeroBits(powDigest(challenge, n.toString(36))) >= bits) return n.toString(36);
}
