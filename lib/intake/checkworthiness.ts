import nlp from "compromise";
import datePlugin, { type DatesMethods } from "compromise-dates";
import { splitSentences } from "./sentences";

// compromise's `plugin()` is typed `any`, so the date methods need one cast at use.
nlp.plugin(datePlugin);
type Doc = ReturnType<typeof nlp>;
type DatedDoc = Doc & DatesMethods;

export type Reason = {
  code: "number" | "date" | "comparison" | "attribution" | "entity" | "legal";
  label: string;
  evidence: string[];
};
export type SentenceScore = {
  start: number;
  end: number;
  text: string;
  score: number;
  reasons: Reason[];
  claimant: string | null;
};

/**
 * Probability-like strength of each signal, combined with a noisy-OR
 * (1 - Π(1 - w)) so several kinds of signal beat any single one while the
 * total stays below 1. Quantities, legal/causal wording and comparisons are
 * what a checker can actually verify; entities and attributions appear in
 * nearly every news sentence, so on their own they only nudge the score.
 */
export const SCORING_WEIGHTS: Record<Reason["code"], number> = {
  number: 0.35,
  legal: 0.3,
  date: 0.25,
  comparison: 0.25,
  attribution: 0.15,
  entity: 0.15,
};

const LABELS: Record<Reason["code"], string> = {
  number: "Numbers or quantities",
  date: "Dates or durations",
  comparison: "Comparison or superlative",
  attribution: "Attributed statement",
  entity: "Named people, organisations or places",
  legal: "Legal or causal wording",
};
const ORDER: Reason["code"][] = ["number", "date", "comparison", "legal", "attribution", "entity"];

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
// compromise-dates misses day ranges such as "18-19 June" (it keeps only "18-19").
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\b`, "g");
const MONTH_ONLY = new RegExp(`^${MONTH}$`, "i");
const COMPARISON =
  /\b(?:(?:more|less|fewer|greater|higher|lower) than|compar(?:e|ed|es|ing|ison)|twice as|doubled|tripled|halved|as (?:many|much) as|best|worst|record (?:high|low))\b/gi;
const LEGAL =
  /\b(?:violat(?:ion|ions|e|es|ed|ing)(?: of)?|in breach of|breach(?:es|ed)?|sanctions?|sanctioned|illegal(?:ly)?|unlawful(?:ly)?|unconstitutional|treaty|treaties|obligated|prohibited|banned|court|ruling|legislation|because|due to|as a result of|resulted in|led to|leads to|caused|causes)\b/gi;
const SPEECH_VERBS =
  "said|says|say|states|stated|argues|argued|adds|added|warns|warned|claims|claimed|told|tells|notes|noted|stresses|stressed|insists|insisted|explains|explained|specifies|specified|announces|announced|reported|writes|wrote|asserts|asserted|believes|emphasi[sz]e[sd]|declares|declared|confirms|confirmed|alleges|alleged|estimates|estimated";
const SPEECH = new RegExp(`\\b(${SPEECH_VERBS})\\b`, "gi");
const ACCORDING_TO = /\baccording to\s+([^,.;:“”"]+)/i;
const AUXILIARY_TAIL = /\s+(?:has|have|had|also|later|again|then|repeatedly|previously|further|once|recently)$/i;
const RESOLVABLE_PRONOUN = /^(?:he|she)$/i;

/** Strips layout punctuation and possessives that compromise leaves on match text. */
function clean(raw: string): string {
  const s = raw
    .replace(/^[\s\-–—“”"'‘’(\[]+/, "")
    .replace(/[\s,;:!?“”"'‘’)\]\-–—…]+$/, "")
    .replace(/[’']s$/, "");
  // Keep the final dot of abbreviations such as "U.S." but not a full stop.
  return /(?:^|[.\s])[A-Za-z]\.$/.test(s) ? s : s.replace(/[.\s,;:!?“”"'‘’)\]\-–—…]+$/, "").replace(/[’']s$/, "");
}

/** Dedupes case-insensitively and drops items contained in a longer item. */
function uniq(items: string[]): string[] {
  const cleaned = items.map(clean).filter((s) => s.length > 1);
  const lower = cleaned.map((s) => s.toLowerCase());
  return cleaned.filter((s, i) => lower.indexOf(lower[i]) === i && !lower.some((o, j) => j !== i && o.length > lower[i].length && o.includes(lower[i])));
}

function regexHits(text: string, re: RegExp): string[] {
  return [...text.matchAll(re)].map((m) => m[0]);
}

/** A speaker is a short noun phrase with no verb of its own ("The visit comes amid" is not). */
function validSpeaker(candidate: string): boolean {
  if (!candidate || candidate.split(/\s+/).length > 8) return false;
  const doc = nlp(candidate);
  const last = doc.terms().last();
  return !doc.has("#Verb") && (last.has("#Noun") || last.has("#Pronoun"));
}

function findAttribution(text: string, doc: Doc): { evidence: string[]; claimant: string | null } {
  const evidence: string[] = [];
  let claimant: string | null = null;
  const according = ACCORDING_TO.exec(text);
  if (according) {
    evidence.push(according[0].slice(0, "according to".length));
    const who = according[1].trim().split(/\s+/).slice(0, 8).join(" ");
    if (who) claimant = who;
  }
  for (const m of text.matchAll(SPEECH)) {
    // compromise reads a sentence-final "..., Carpenter states." as a plural noun.
    const final = /^[\s.!?”"’]*$/.test(text.slice(m.index + m[0].length));
    if (!final && !doc.match(m[1].toLowerCase()).has("#Verb")) continue;
    let before = text.slice(0, m.index).trimEnd();
    while (AUXILIARY_TAIL.test(before)) before = before.replace(AUXILIARY_TAIL, "");
    // The speaker is the clause right before the verb (after a closing quote, or
    // the appositive in "The director, Michael Carpenter, argues"), else the
    // sentence subject ("The report, published on Monday, said").
    const segments = before
      .split(/[,;:“”"«»—–]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const candidates = [segments.at(-1), segments[0]].map((s) => clean((s ?? "").replace(/^(?:which|who|and|but|while|as)\s+/i, "")));
    const who = candidates.find(validSpeaker);
    if (!who) continue;
    evidence.push(m[1]);
    claimant ??= who;
  }
  return { evidence: uniq(evidence), claimant };
}

function extract(text: string): { found: Partial<Record<Reason["code"], string[]>>; claimant: string | null } {
  const doc = nlp(text) as DatedDoc;
  const people = (doc.people().out("array") as string[]).filter((p) => !MONTH_ONLY.test(clean(p)));
  const entities = [...people, ...doc.organizations().out("array"), ...doc.places().out("array")].flatMap((e: string) => e.split(","));
  const attribution = findAttribution(text, doc);
  const dates = uniq([...doc.dates().out("array"), ...doc.durations().out("array"), ...regexHits(text, DAY_MONTH)]);
  // A year or day inside a date phrase is already scored as a date; counting it
  // again as a quantity would double-weight the same words.
  const inDate = (n: string) => /^\d{1,4}(?:[-–]\d{1,4})?$/.test(n) && dates.some((d) => d.includes(n));
  const found: Partial<Record<Reason["code"], string[]>> = {
    number: uniq(doc.numbers().out("array")).filter((n) => !inDate(n)),
    date: dates,
    comparison: uniq([...doc.match("(#Comparative|#Superlative)").out("array"), ...regexHits(text, COMPARISON)]),
    legal: uniq(regexHits(text, LEGAL)),
    attribution: attribution.evidence,
    entity: uniq(entities),
  };
  return { found, claimant: attribution.claimant };
}

/** Each extra piece of evidence counts as half an independent signal, up to three. */
function strength(code: Reason["code"], count: number): number {
  return 1 - (1 - SCORING_WEIGHTS[code]) ** (1 + 0.5 * (Math.min(count, 3) - 1));
}

/**
 * Scores every sentence. `lastSpeaker` carries "he"/"she" resolution across a split: a long article is
 * scored in parts (lib/intake/pool.ts), each starting with the speaker the previous part ended on.
 */
export function scoreSentencesFrom(text: string, lastSpeaker: string | null = null): { scores: SentenceScore[]; lastSpeaker: string | null } {
  const scores = splitSentences(text).map((s) => {
    const { found, claimant: raw } = extract(s.text);
    const reasons: Reason[] = ORDER.filter((code) => (found[code]?.length ?? 0) > 0).map((code) => ({
      code,
      label: LABELS[code],
      evidence: found[code] ?? [],
    }));
    const miss = reasons.reduce((acc, r) => acc * (1 - strength(r.code, r.evidence.length)), 1);
    const score = Math.round(Math.min(1, Math.max(0, 1 - miss)) * 100) / 100;
    // "He added that ..." is only useful to a checker if we say who "he" is.
    const claimant = raw && RESOLVABLE_PRONOUN.test(raw) ? (lastSpeaker ?? raw) : raw;
    if (claimant && !RESOLVABLE_PRONOUN.test(claimant)) lastSpeaker = claimant;
    return { ...s, score, reasons, claimant };
  });
  return { scores, lastSpeaker };
}

export function scoreSentences(text: string): SentenceScore[] {
  return scoreSentencesFrom(text).scores;
}

/** The strongest `limit` sentences, strongest first; ties keep reading order. */
export function topSentences(scores: SentenceScore[], limit: number): SentenceScore[] {
  return scores
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.score > 0)
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map(({ s }) => s);
}

export function rankSuggestions(text: string, limit = 20): SentenceScore[] {
  return topSentences(scoreSentences(text), limit);
}
