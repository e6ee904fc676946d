import { createHash } from "node:crypto";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { Piscina } from "piscina";
import type { Rating } from "../generated/prisma/enums";
import { RATING_LABEL } from "../verdicts/ratings";
import { RATING_COLOR } from "./badge";

export const OG_SIZE = { width: 1200, height: 630 };

/** What the card shows, decided here; lib/publishing/card-worker.mjs only draws it. */
export type CardLayout = {
  width: number;
  height: number;
  heading: string;
  text: string;
  textSize: number;
  claimant?: string;
  rating?: { label: string; color: string };
};

export function cardLayout({ site, quote, claimant, rating }: { site: string; quote?: string; claimant?: string; rating?: Rating }): CardLayout {
  return {
    ...OG_SIZE,
    heading: `${site} · Fact-check`,
    text: quote ? `“${quote.length > 180 ? quote.slice(0, 180) + "…" : quote}”` : "Fact-checks of claims in the news",
    textSize: quote && quote.length > 100 ? 40 : 52,
    ...(claimant && { claimant }),
    ...(rating && { rating: { label: RATING_LABEL[rating], color: RATING_COLOR[rating] } }),
  };
}

/**
 * Cards waiting for the thread, at most. A crawler walking the sitemap asks for two cards per verdict;
 * past this many waiting, a card answers an error (not cached) rather than queue without end.
 */
export const CARD_QUEUE_LIMIT = 256;
/**
 * Past this many cards waiting, the production server answers a verdict's card 503 with Retry-After
 * before the request reaches Next (lib/publishing/gone.ts): a card that failed at CARD_QUEUE_LIMIT would
 * answer 500. Below the limit by the cards that may be on their way between that check and the queue.
 */
export const CARDS_BUSY_AT = 192;

// Drawing a card (satori and resvg) took 60–100 ms of CPU on the request thread, which every desk page
// shares: it runs in a thread of its own, one at most, which ends after a minute without cards.
const globalForCards = globalThis as unknown as { factdeskCardPool?: Piscina; factdeskCards?: LRUCache<string, Promise<Uint8Array>> };

/** Whether the card thread has so many cards waiting that a new one should be asked for later. */
export function cardsBusy(): boolean {
  return (globalForCards.factdeskCardPool?.queueSize ?? 0) >= CARDS_BUSY_AT;
}

function pool(): Piscina {
  globalForCards.factdeskCardPool ??= new Piscina({
    // Resolved at run time from the app's folder (the server, tests and builds all run from it).
    filename: path.join(process.cwd(), "lib", "publishing", "card-worker.mjs"),
    minThreads: 0,
    maxThreads: 1,
    maxQueue: CARD_QUEUE_LIMIT,
    idleTimeout: 60_000,
  });
  return globalForCards.factdeskCardPool;
}

// The Open Graph and the Twitter card of a verdict are the same picture, asked for one after the other
// (or at once): the second waits for the first's drawing. Kept by what the card shows, so a changed
// verdict draws anew; a drawing that failed is not kept.
const drawn = (globalForCards.factdeskCards ??= new LRUCache<string, Promise<Uint8Array>>({ max: 64 }));

/** A card's PNG bytes, drawn off the request thread. */
export function drawCard(layout: CardLayout): Promise<Uint8Array> {
  const key = createHash("sha256").update(JSON.stringify(layout)).digest("base64url");
  const kept = drawn.get(key);
  if (kept) return kept;
  const drawing = pool().run(layout) as Promise<Uint8Array>;
  drawn.set(key, drawing);
  drawing.catch(() => drawn.delete(key));
  return drawing;
}

/** The social card: newsroom, claim, rating, as the answer of a metadata image route. */
export async function ogCard(card: { site: string; quote?: string; claimant?: string; rating?: Rating }) {
  const bytes = await drawCard(cardLayout(card));
  return new Response(Buffer.from(bytes), { headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=0, must-revalidate" } });
}
