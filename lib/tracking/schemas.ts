import { z } from "zod";
import { id, version } from "../validation";

export const linkClaimSchema = z.object({
  claimId: id("Claim"),
  version,
  targetClaimId: id("Earlier claim"),
});
export type LinkClaimInput = z.input<typeof linkClaimSchema>;

export const reuseVerdictSchema = z.object({
  claimId: id("Claim"),
  version,
  fromClaimId: id("Published appearance"),
});
export type ReuseVerdictInput = z.input<typeof reuseVerdictSchema>;
