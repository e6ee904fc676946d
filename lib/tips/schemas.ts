import { z } from "zod";
import { id, optionalHttpUrl, requiredText, version } from "../validation";

/** A reader's tip, from the public form or a partner's JSON. `website` is the honeypot: people leave it empty. */
/** A reader's link, stored as parsed ("https://www.reuters.com@evil.example/" is refused: a link with a user name hides its host). */
const readerUrl = optionalHttpUrl("Where you saw it")
  .refine((v) => v === undefined || (!new URL(v).username && !new URL(v).password), "Give the address without a user name or password")
  .transform((v) => (v === undefined ? undefined : new URL(v).href));

export const tipSchema = z.object({
  question: requiredText(1000, "Your question", 10),
  url: readerUrl,
  website: z.string().max(200).optional(),
  challenge: z.string().min(1, "Reload the page and send again.").max(200),
  nonce: z.string().min(1, "Reload the page and send again.").max(64),
});
export type TipInput = z.input<typeof tipSchema>;

export const acceptTipSchema = z.object({
  tipGroupId: id("Tip"),
  version,
  /** The claim as the desk words it; the first reader's question when absent. */
  claim: requiredText(1000, "Claim", 10).optional(),
  claimant: requiredText(200, "Claimant", 2),
  claimantType: z.enum(["PERSON", "ORGANIZATION"], { error: "Choose person or organisation" }).default("PERSON"),
});
export type AcceptTipInput = z.input<typeof acceptTipSchema>;

export const dismissTipSchema = z.object({ tipGroupId: id("Tip"), version });
export type DismissTipInput = z.input<typeof dismissTipSchema>;
