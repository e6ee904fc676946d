// Entry of the social card thread (see lib/publishing/og-card.ts): satori lays the card out and resvg
// draws it, 60–100 ms of CPU a card, here rather than on the thread that serves every request.
import { createElement as h } from "react";
import { ImageResponse } from "next/dist/compiled/@vercel/og/index.node.js";

/** The card, laid out as og-card.ts decided; answers its PNG bytes. */
export default async function drawCard({ width, height, heading, text, textSize, claimant, rating }) {
  const muted = { fontSize: 28, color: "#57534e" };
  const card = h(
    "div",
    {
      style: {
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#fafaf9",
        color: "#1c1917",
      },
    },
    h("div", { style: { fontSize: 36, fontWeight: 700 } }, heading),
    h(
      "div",
      { style: { display: "flex", flexDirection: "column", gap: 16 } },
      h("div", { style: { fontSize: textSize, lineHeight: 1.25 } }, text),
      claimant ? h("div", { style: muted }, `— ${claimant}`) : null,
    ),
    rating
      ? h(
          "div",
          { style: { display: "flex", alignItems: "center", gap: 20 } },
          h("div", { style: muted }, "Our rating"),
          h("div", { style: { fontSize: 44, fontWeight: 700, color: "#fff", background: rating.color, padding: "8px 28px", borderRadius: 8 } }, rating.label),
        )
      : h("div", { style: muted }, "Sources, evidence and verdicts"),
  );
  const response = new ImageResponse(card, { width, height });
  return new Uint8Array(await response.arrayBuffer());
}
