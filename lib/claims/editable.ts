import type { ClaimStatus } from "../generated/prisma/enums";
import { DomainError } from "../errors";
import { STATUS_LABEL } from "./lifecycle";

/** Research material can change only while the claim is being researched; review sees a fixed record. */
export const RESEARCH_STATUSES: ClaimStatus[] = ["NEW", "RESEARCHING"];

export function assertResearchOpen(status: ClaimStatus, what: string) {
  if (!RESEARCH_STATUSES.includes(status)) {
    throw new DomainError(
      "INVALID_TRANSITION",
      `${what} can only be added while a claim is new or being researched; this one is ${STATUS_LABEL[status].toLowerCase()}.`,
    );
  }
}
