import { describe, expect, it, vi } from "vitest";

// Drawing a social card (satori's layout, resvg's drawing) is 60–100 ms of CPU. It runs in
// lib/publishing/card-worker.mjs's thread: here, on the test's own thread, loading either module fails,
// so a card drawn on this thread would fail the test.
vi.mock("next/og", () => {
  throw new Error("next/og was loaded on the request thread");
});
vi.mock("next/dist/compiled/@vercel/og/index.node.js", () => {
  throw new Error("@vercel/og was loaded on the request thread");
});

const { cardLayout, drawCard, ogCard, OG_SIZE } = await import("@/lib/publishing/og-card");

// A thread to start and the drawing libraries to load: seconds on a slow machine.
vi.setConfig({ testTimeout: 30_000 });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const dimensions = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe("social cards are drawn off the request thread", () => {
  it("answers a PNG of the card's size", async () => {
    const answer = await ogCard({ site: "Factdesk", quote: "The coalition has about 100 member countries", claimant: "A minister", rating: "MOSTLY_FALSE" });
    expect(answer.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(dimensions(bytes)).toEqual(OG_SIZE);
  });

  it("draws the same card once for its two routes, and a changed verdict anew", async () => {
    const layout = cardLayout({ site: "Factdesk", quote: "Fifty countries signed", rating: "TRUE" });
    // Asked for at once (a page's two cards), drawn once.
    expect(drawCard(layout)).toBe(drawCard(cardLayout({ site: "Factdesk", quote: "Fifty countries signed", rating: "TRUE" })));
    const first = await drawCard(layout);
    expect(await drawCard(cardLayout({ site: "Factdesk", quote: "Fifty countries signed", rating: "TRUE" }))).toBe(first);
    const changed = await drawCard(cardLayout({ site: "Factdesk", quote: "Fifty countries signed", rating: "FALSE" }));
    expect(changed).not.toBe(first);
    expect(Buffer.from(changed).equals(Buffer.from(first))).toBe(false);
  });

  it("lays out what the card shows: a long quote shortened and smaller, the rating's label and colour", () => {
    const long = cardLayout({ site: "Desk", quote: "x".repeat(300), claimant: "Someone", rating: "FALSE" });
    expect(long).toMatchObject({
      heading: "Desk · Fact-check",
      textSize: 40,
      claimant: "Someone",
      rating: { label: "False", color: expect.stringMatching(/^#/) },
    });
    expect(long.text).toBe(`“${"x".repeat(180)}…”`);
    expect(cardLayout({ site: "Desk" })).toMatchObject({ text: "Fact-checks of claims in the news", textSize: 52 });
    expect(cardLayout({ site: "Desk" })).not.toHaveProperty("rating");
  });
});
