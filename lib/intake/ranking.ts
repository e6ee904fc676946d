import { CHECKWORTHY_THRESHOLD } from "./claim-types";
import type { SentenceScore } from "./checkworthiness";

// A module of its own, without the language model: the request thread (lib/intake/pool.ts) merges the parts'
// rankings of a long article without loading compromise and the intake rules.

/** The strongest `limit` check-worthy candidates, strongest first; ties keep reading order. */
export function topSentences(scores: SentenceScore[], limit: number): SentenceScore[] {
  return scores
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.score >= CHECKWORTHY_THRESHOLD)
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map(({ s }) => s);
}
