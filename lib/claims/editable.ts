import type { ClaimStatus } from "../generated/prisma/enums";

/** Research material can change only while the claim is being researched; review sees a fixed record. */
export const RESEARCH_STATUSES: ClaimStatus[] = ["NEW", "RESEARCHING"];
