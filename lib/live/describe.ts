import { TRANSITIONS } from "../claims/lifecycle";

const PHRASES: Record<string, string> = {
  "claim.create": "created the claim",
  "claim.assign": "changed the assignment",
  "claim.correct": "published a correction",
  "claim.link": "linked the claim to other appearances",
  "claim.reuse": "reused a published verdict",
  "claim.requestReuse": "asked an editor to reuse a published verdict",
  "comment.add": "commented",
  // Approvals and objections are decisions in review; only the last approval needed moves the status.
  "claim.approve": "approved the verdict",
  "claim.object": "objected to the verdict",
  "source.add": "added a source",
  "source.withhold": "withheld a source",
  "source.reveal": "showed a withheld source again",
  "evidence.add": "added evidence",
  "verdict.create": "drafted the verdict",
  "verdict.update": "saved the verdict",
  "verdict.recheck": "recorded a re-check of the verdict",
};

/** What an audit action means, in words for "Eli Editor added evidence". */
export function describeChange(action: string): string {
  if (PHRASES[action]) return PHRASES[action];
  if (action.startsWith("claim.anchor.")) return "re-anchored the quote after the article changed";
  const transition = action.startsWith("claim.") ? (TRANSITIONS as Record<string, { label: string } | undefined>)[action.slice(6)] : undefined;
  if (transition) return `changed the status: “${transition.label}”`;
  return "changed the claim";
}
