import nlp from "compromise";
import { splitSentences } from "./sentences";

/**
 * The claims inside one sentence: its reporting frame taken off ("He added that …", "…, Carpenter
 * states.") with the speaker it names, a quotation kept whole, and a sentence joining two statements
 * ("…, and relations … were strengthening") cut in two. Offsets are into the sentence.
 */
export type Piece = { start: number; end: number; speaker: string | null; quoted: boolean };

export const SPEECH_VERBS =
  "said|says|say|states|stated|argues|argued|adds|added|warns|warned|claims|claimed|told|tells|notes|noted|stresses|stressed|insists|insisted|explains|explained|specifies|specified|announces|announced|reported|reports|writes|wrote|asserts|asserted|declares|declared|confirms|confirmed|alleges|alleged|estimates|estimated|maintains|maintained|acknowledged|acknowledges|admitted|admits|denied|denies|recalled|recalls|pointed out|points out|emphasi[sz]ed|emphasi[sz]es|predicted|predicts";
// Speech verbs are lower case: "the United States has" is no "states".
const VERB = `(?:${SPEECH_VERBS}|[Aa]ccording to)`;
const OPEN = `[“"«]`;
const CLOSE = `[”"»]`;
// "KYIV, June 20 (Reuters) - " or "PYONGYANG — "
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^–—-]{0,40})?\s+[-–—]\s+/u;
// What may stand between a speech verb and what was said: "on Wednesday", "in a statement", "that".
const VERB_TAIL = String.raw`(?:\s+(?:on|in|at|during|late|early|last|this)\s+[^,“”"]{1,40}?(?=,?\s+that\b|:|,))?(?:,?\s+that\b|:|,)?\s*`;

type Span = { start: number; end: number };

function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

/** A speaker is a short noun phrase with no verb of its own ("The visit comes amid" is not). */
export function validSpeaker(candidate: string): boolean {
  const words = candidate.trim().split(/\s+/);
  if (!candidate.trim() || words.length > 14 || /[“”"]/.test(candidate)) return false;
  const doc = nlp(candidate.replace(/\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+day\b.*$/u, ""));
  const last = doc.terms().last();
  return !doc.has("#Verb") && (last.has("#Noun") || last.has("#Pronoun") || last.has("#Acronym"));
}

type Frame = { claim: Span; speaker: string | null; quoted: boolean };

/** The quotation of a sentence that is one quote with its speaker before or after it. */
function quotation(s: string, from: number): Frame | null {
  const body = s.slice(from);
  // “…,” Carpenter said.  /  “…,” said Carpenter.
  let m = new RegExp(`^${OPEN}([\\s\\S]+)${CLOSE},?\\s+([^“”"]+?)[.!]?$`, "u").exec(body);
  if (m) {
    const tail = m[2];
    const after = new RegExp(`^(.+?)\\s+${VERB}\\b`, "u").exec(tail);
    const before = new RegExp(`^${VERB}\\s+(.+?)(?:\\s+(?:on|in|at)\\s.*)?$`, "u").exec(tail);
    const speaker = after && validSpeaker(after[1]) ? after[1] : before && validSpeaker(before[1]) ? before[1] : null;
    if (speaker) {
      const start = from + 1;
      return { claim: trim(s, start, start + m[1].length), speaker, quoted: true };
    }
  }
  // Carpenter said: “…”  /  According to the official, “…”
  m = new RegExp(`^(.+?)\\s+${VERB}${VERB_TAIL}${OPEN}([\\s\\S]+?)${CLOSE}\\.?$`, "u").exec(body);
  if (m) {
    const according = /^according to\s+(.+)$/i.exec(m[1]);
    const speaker = according?.[1] ?? m[1];
    if (validSpeaker(speaker)) {
      const start = from + body.length - m[2].length - (body.endsWith(".") ? 2 : 1);
      return { claim: trim(s, start, start + m[2].length), speaker, quoted: true };
    }
  }
  m = new RegExp(`^According to\\s+([^,]+),\\s*${OPEN}([\\s\\S]+?)${CLOSE}\\.?$`, "iu").exec(body);
  if (m && validSpeaker(m[1])) {
    const start = from + body.indexOf(m[2], m[1].length);
    return { claim: trim(s, start, start + m[2].length), speaker: m[1], quoted: true };
  }
  return null;
}

/** An indirect statement: "X said (on Wednesday) that Y", "According to X, Y", "Y, X said." */
function reported(s: string, from: number): Frame | null {
  const body = s.slice(from);
  let m = /^According to\s+([^,]+),\s*/i.exec(body);
  if (m && validSpeaker(m[1])) return { claim: trim(s, from + m[0].length, s.length), speaker: m[1], quoted: false };
  m = /,\s*according to\s+([^,]+?)[.!]?$/i.exec(body);
  if (m && validSpeaker(m[1])) return { claim: trim(s, from, from + m.index), speaker: m[1], quoted: false };
  // "Y, a spokesman for the ministry, Ri Chol-su, said on Monday, dismissing …": the speaker between
  // a comma and the verb may itself hold commas (an appositive).
  for (const v of body.matchAll(new RegExp(`\\s${VERB}\\b`, "gu"))) {
    const before = body.slice(0, v.index);
    for (const comma of before.matchAll(/,\s*/g)) {
      const claim = before.slice(0, comma.index);
      const speaker = before.slice(comma.index + comma[0].length).replace(/[,\s]+$/, "");
      if (claim.split(/\s+/).length < 4 || /[“”"]/.test(speaker) || !validSpeaker(speaker.replace(/,/g, " "))) continue;
      if (!new RegExp(`^\\s${VERB}(?:\\s+(?:on|in|at|late|early|last)\\s[^,]*)?(?:,\\s*\\w+ing\\b.*)?[.!]?$`, "u").test(body.slice(v.index))) break;
      return { claim: trim(s, from, from + comma.index), speaker, quoted: false };
    }
  }
  // "Y, Carpenter states."  /  "Y, he said on Wednesday."  /  "Y, said the minister."
  m = new RegExp(
    `,\\s*(?:([^,“”"]+?)\\s+${VERB}|${VERB}\\s+([^,“”"]+?))(?:\\s+(?:on|in|at|late|early|last)\\s[^,]*)?(?:,\\s*\\w+ing\\b[^“”"]*)?[.!]?$`,
    "u",
  ).exec(body);
  if (m && !/[“”"]/.test(body.slice(0, m.index)) && !/^(?:that|on|in|at|late|early|last)\b/i.test(m[2] ?? "") && validSpeaker(m[1] ?? m[2])) {
    return { claim: trim(s, from, from + m.index), speaker: m[1] ?? m[2], quoted: false };
  }
  // "X said (on Wednesday) (that) Y": the first speech verb whose subject is a short noun phrase.
  for (const v of body.matchAll(new RegExp(`\\b${VERB}\\b${VERB_TAIL}`, "gu"))) {
    const subject = body
      .slice(0, v.index)
      .trim()
      .replace(/\s+(?:has|have|had|also|later|earlier|again|then|previously|once|repeatedly)$/i, "");
    if (!subject || !validSpeaker(subject)) continue;
    const start = from + v.index + v[0].length;
    if (s.length - start < 12) continue;
    return { claim: trim(s, start, s.length), speaker: subject, quoted: false };
  }
  return null;
}

const SUBJECT_START = ["Determiner", "Possessive", "ProperNoun", "Noun", "Pronoun", "Value"];
const FINITE = ["PastTense", "PresentTense", "Copula", "Modal", "Auxiliary"];

/** A clause that can stand alone: it opens with a subject and has a finite verb within eight words. */
function independent(clause: string): boolean {
  const terms = (nlp(clause).docs as { tags: Set<string> }[][]).flat().slice(0, 8);
  if (!terms[0] || !SUBJECT_START.some((t) => terms[0].tags.has(t))) return false;
  return terms.slice(1).some((term) => FINITE.some((t) => term.tags.has(t)) && !term.tags.has("Gerund"));
}

// A second claim hung on the first after a comma: "…, down from $42 million in 2019", "…, faster
// than the euro area's 0.4%", "…, driven largely by military spending", "…, which has delayed …".
const APPENDED =
  /,?\s+and\s+(?=(?:is|are|was|were)\s+(?:due|expected|set|scheduled|likely)\s+to\b|will\s|would\s)|,\s+(?=(?:(?:down|up) from|(?:faster|slower|more|less|higher|lower|fewer|greater|larger|smaller) than|(?:driven|fuell?ed|caused|prompted)\s+(?:\w+ly\s+)?by|compared (?:with|to)|(?:double|triple|twice|half)\b|(?:roughly|about|some|nearly|almost)?\s*\w+ times\b|in (?:breach|violation) of|in exchange for|which (?:has|have|had|was|were|is|are)\b))/gu;

/** Cuts a statement where it joins two independent clauses ("; ", ", and ", ", but ", ", while ") or hangs a second claim on the first. */
function atomic(s: string, span: Span): Span[] {
  const text = s.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  const cuts = [
    ...text.matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:the|a|an|its|their|his|her|\p{Lu})\b)/gu),
    ...text.matchAll(APPENDED),
  ].sort((a, b) => a.index - b.index);
  for (const m of cuts) {
    if (m.index < from) continue;
    const left = text.slice(from, m.index);
    const right = text.slice(m.index + m[0].length);
    const appended = m[0].startsWith(",") && !/^,\s+(?:and|but|while|whereas)\s/.test(m[0]);
    if (appended && left.split(/\s+/).length >= 4 && right.split(/\s+/).length >= 3) {
      out.push(trim(s, span.start + from, span.start + m.index));
      from = m.index + m[0].length;
      continue;
    }
    if (/[“”"]/.test(left) && (left.match(/[“"]/g)?.length ?? 0) > (left.match(/[”"]/g)?.length ?? 0)) continue;
    if (left.split(/\s+/).length < 4 || right.split(/\s+/).length < 3) continue;
    // "North Korea, Iran, and Syria as it faces …" is a list, not two clauses.
    const lastItem = left.slice(left.lastIndexOf(",") + 1).trim();
    if (left.includes(",") && lastItem.split(/\s+/).length <= 3) continue;
    if (!independent(left) || !independent(right)) continue;
    out.push(trim(s, span.start + from, span.start + m.index));
    from = m.index + m[0].length;
  }
  out.push(trim(s, span.start + from, span.end));
  return out.filter((p) => p.end > p.start);
}

export function claimPieces(sentence: string): Piece[] {
  const dateline = DATELINE.exec(sentence);
  const from = dateline ? dateline[0].length : 0;
  const frame = quotation(sentence, from) ?? reported(sentence, from);
  if (frame?.quoted) {
    // A quotation of several sentences is several claims, each the speaker's; none is cut inside.
    const quote = sentence.slice(frame.claim.start, frame.claim.end);
    return splitSentences(quote).map((q) => ({
      ...trim(sentence, frame.claim.start + q.start, frame.claim.start + q.end),
      speaker: frame.speaker,
      quoted: true,
    }));
  }
  const claim = frame?.claim ?? trim(sentence, from, sentence.length);
  const speaker = frame?.speaker ?? null;
  return atomic(sentence, claim).map((p) => ({ ...p, speaker, quoted: false }));
}
