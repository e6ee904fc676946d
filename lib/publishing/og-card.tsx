import { ImageResponse } from "next/og";
import type { Rating } from "../generated/prisma/enums";
import { RATING_LABEL } from "../verdicts/ratings";
import { RATING_COLOR } from "./badge";

export const OG_SIZE = { width: 1200, height: 630 };

/** The social card: newsroom, claim, rating. Rendered by Next's image response (no network needed). */
export function ogCard({ site, quote, claimant, rating }: { site: string; quote?: string; claimant?: string; rating?: Rating }) {
  const text = quote ? `“${quote.length > 180 ? quote.slice(0, 180) + "…" : quote}”` : "Fact-checks of claims in the news";
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#fafaf9",
        color: "#1c1917",
      }}
    >
      <div style={{ fontSize: 36, fontWeight: 700 }}>{`${site} · Fact-check`}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ fontSize: quote && quote.length > 100 ? 40 : 52, lineHeight: 1.25 }}>{text}</div>
        {claimant && <div style={{ fontSize: 28, color: "#57534e" }}>{`— ${claimant}`}</div>}
      </div>
      {rating ? (
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ fontSize: 28, color: "#57534e" }}>Our rating</div>
          <div style={{ fontSize: 44, fontWeight: 700, color: "#fff", background: RATING_COLOR[rating], padding: "8px 28px", borderRadius: 8 }}>
            {RATING_LABEL[rating]}
          </div>
        </div>
      ) : (
        <div style={{ fontSize: 28, color: "#57534e" }}>Sources, evidence and verdicts</div>
      )}
    </div>,
    OG_SIZE,
  );
}
