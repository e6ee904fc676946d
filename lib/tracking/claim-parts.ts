import nlp from "compromise";
import { claimWords, normalizeClaimText, stemWord, tokenSimilarity } from "./similarity";

/**
 * Matching by the parts of a claim: what it says (its words), each figure with what it counts, whether
 * it is negated, and who does what to whom. Wording close enough is not a match when:
 * - one says the opposite ("did not supply") — negation;
 * - the roles are swapped ("Russia supplied North Korea" against "North Korea supplied Russia");
 * - a figure counts something else or differs ("100 countries" against "100 countries and
 *   organisations", "50 countries" against "60 countries"); "nearly 50 countries" is 50 countries.
 * A short claim also matches a longer sentence that contains it ("span").
 */
export type ClaimParts = {
  tokens: string[];
  negated: boolean;
  figures: { value: number; approx: boolean; counts: string[] }[];
  subjects: string[];
  objects: string[];
  /** Named parties in order, and the main verb's concept: for swapped roles. */
  parties: string[];
  action: string | null;
  passive: boolean;
};

/**
 * Words news copy uses for the same thing, folded onto one: capitals for their states ("Pyongyang"
 * ships to "Moscow"), and the handful of verbs and nouns of supplying, supporting, visiting and
 * breaching. Keys are stems (lib/tracking/similarity.ts), so inflections are listed where the stemmer
 * keeps them apart. Only near-certain equivalents: a thesaurus would blur distinct claims.
 */
const CONCEPTS: Record<string, string[]> = {
  "north-korea": ["pyongyang"],
  russia: ["moscow", "kremlin"],
  china: ["beijing", "chinese"],
  ukraine: ["kyiv", "ukrainian"],
  switzerland: ["swiss", "burgenstock"],
  supply: [
    "supplie",
    "supplied",
    "supplying",
    "ship",
    "shipped",
    "shipping",
    "shipment",
    "deliver",
    "delivered",
    "delivering",
    "delivery",
    "send",
    "sent",
    "sending",
    "provide",
    "provided",
    "providing",
    "give",
    "gave",
    "giving",
    "export",
    "exported",
    "transfer",
    "transferred",
  ],
  weapon: ["arm", "weaponry", "armament", "munition"],
  country: ["state", "nation"],
  organization: ["body", "institution", "organisation"],
  support: ["supported", "supporting", "back", "backed", "backing", "endorse", "endorsed", "endorsing"],
  visit: ["visited", "visiting", "trip", "travel", "traveled", "travelled"],
  violate: ["violated", "violating", "violation", "breach", "breached", "breaching"],
  sign: ["signed", "signing", "conclude", "concluded", "agree", "agreed"],
  include: ["included", "including", "among"],
  good: ["goods", "product"],
  large: ["big", "massive", "huge"],
};
const CONCEPT = new Map(Object.entries(CONCEPTS).flatMap(([concept, words]) => [[concept, concept], ...words.map((w) => [w, concept] as [string, string])]));
const concept = (token: string) => CONCEPT.get(token) ?? token;

/** A claim's content words, each folded onto its concept; "North Korea" is one token. */
export function conceptTokens(text: string): string[] {
  const tokens = normalizeClaimText(text).map(concept);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "north" && tokens[i + 1] === "korea") {
      out.push("north-korea");
      i++;
    } else out.push(tokens[i]);
  }
  return out;
}

const NEGATION = /\b(?:not|no|never|none|nor|neither|without|n['’]t|denied|denies|deny|refused|rejected|false|untrue)\b/gi;
const APPROX = /^(?:nearly|almost|about|around|roughly|some|approximately|more|over|up|close|at|least|than|to|less|under|fewer)$/;
// Words that end what a figure counts: "100 countries that supported …", "50 countries in the group".
const COUNT_STOP = new Set([
  "in",
  "at",
  "of",
  "on",
  "for",
  "from",
  "to",
  "that",
  "which",
  "who",
  "by",
  "with",
  "since",
  "during",
  "under",
  "over",
  "than",
  "the",
  "a",
  "an",
]);
const UNIT_SKIP = new Set(["and", "or"]);
const VERBISH = /^(?:\w+ed|\w+ing|is|are|was|were|has|have|had|took|met|made|signed|support|visit|sign|supply|include|violate)$/;

/** The figures of a text with the one to three words after each (what it counts). */
function figures(text: string): ClaimParts["figures"] {
  const words = claimWords(text).map((w) => (COUNT_STOP.has(w) || UNIT_SKIP.has(w) || APPROX.test(w) ? w : concept(stemWord(w))));
  const out: ClaimParts["figures"] = [];
  words.forEach((w, i) => {
    if (!/^\d+(?:\.\d+)?$/.test(w)) return;
    const approx = i > 0 && APPROX.test(words[i - 1]);
    // What it counts: the word after it, and the one after "and"/"or" ("100 countries and organisations").
    const counts: string[] = [];
    const next = words[i + 1];
    if (next && !COUNT_STOP.has(next) && !/^\d/.test(next) && !VERBISH.test(next)) {
      counts.push(next);
      const more = words[i + 3];
      if (UNIT_SKIP.has(words[i + 2]) && more && !COUNT_STOP.has(more) && !/^\d/.test(more) && !VERBISH.test(more)) counts.push(more);
    }
    out.push({ value: Number(w), approx, counts });
  });
  return out;
}

/** Proper nouns before and after the main verb: who does what to whom. Asides (", while …,") are left out. */
type Roles = { subjects: string[]; objects: string[]; parties: string[]; action: string | null; passive: boolean };

function roles(text: string): Roles {
  const main = text.replace(/,\s*(?:while|which|who|although|though|whereas)\b[^,]*,/gi, " ");
  const terms = (nlp(main).docs as { normal: string; tags: Set<string> }[][]).flat();
  const verb = terms.findIndex((t) => t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Copula"));
  if (verb < 0) return { subjects: [], objects: [], parties: [], action: null, passive: false };
  // Runs of proper nouns are one name ("North Korea"); months and days are not parties.
  const names = (list: typeof terms) => {
    const out: string[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length) out.push(concept(run.join(" ").replace(/'s$/, "").replace(/ /g, "-")));
      run = [];
    };
    for (const t of list) {
      if (t.tags.has("ProperNoun") && !t.tags.has("Date") && !t.tags.has("Month") && !t.tags.has("WeekDay")) run.push(t.normal.replace(/'s$/, ""));
      else flush();
    }
    flush();
    return [...new Set(out)];
  };
  const action = verb >= 0 ? concept(stemWord(terms[verb].normal)) : null;
  return {
    subjects: names(terms.slice(0, verb)),
    objects: names(terms.slice(verb + 1)),
    parties: names((nlp(text).docs as (typeof terms)[]).flat()),
    action,
    passive: /\b(?:was|were|been|being|is|are)\s+\w+ed\s+(?:\w+\s+){0,6}?by\b/i.test(text),
  };
}

export function claimParts(text: string): ClaimParts {
  const negations = text.replace(/\bnot only\b/gi, "").match(NEGATION)?.length ?? 0;
  return { tokens: conceptTokens(text), negated: negations % 2 === 1, figures: figures(text), ...roles(text) };
}

const sameCount = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** Two figures say the same when they count the same thing and agree (within 10% when one is approximate). */
function figuresAgree(a: ClaimParts["figures"], b: ClaimParts["figures"]): boolean {
  const near = (x: number, y: number, approx: boolean) => (approx ? Math.abs(x - y) <= 0.1 * Math.max(x, y) : x === y);
  for (const fa of a) {
    if (fa.counts.length === 0) continue;
    const sameThing = b.filter((fb) => sameCount(fa.counts, fb.counts));
    if (sameThing.some((fb) => near(fa.value, fb.value, fa.approx || fb.approx))) continue;
    // The same figure counting something else ("50 countries" against "50 times"), or the same
    // thing counted differently ("50 countries" against "60 countries", "100 countries and organisations").
    const related = b.filter((fb) => fb.counts.length > 0 && (fb.counts[0] === fa.counts[0] || near(fa.value, fb.value, fa.approx || fb.approx)));
    if (sameThing.length > 0 || related.length > 0) return false;
  }
  return true;
}

function swapped(a: ClaimParts, b: ClaimParts, inside: boolean): boolean {
  const inter = (x: string[], y: string[]) => x.some((w) => y.includes(w));
  if (inter(a.subjects, b.objects) && inter(a.objects, b.subjects) && !inter(a.subjects, b.subjects)) return true;
  // Inside a longer sentence, the sentence's own subject is not the claim's: only a plain swap counts.
  if (inside) return false;
  // Someone else did it to someone else: "Putin visited North Korea" against "Kim Jong Un visited Russia".
  const all = (x: ClaimParts) => x.subjects.length > 0 && x.objects.length > 0;
  if (all(a) && all(b) && !inter(a.subjects, b.subjects) && !inter(a.objects, b.objects)) return true;
  // The same two or more parties, the same action, another one first: "China … is sending" against
  // "Russia … is sending". A passive ("… by North Korea") puts the doer last, so it is not compared.
  if (a.passive || b.passive || a.action === null || a.action !== b.action) return false;
  const sameParties = a.parties.length >= 2 && a.parties.length === b.parties.length && a.parties.every((p) => b.parties.includes(p));
  return sameParties && a.parties[0] !== b.parties[0];
}

/** Share of a's words and word pairs that b holds: how much of a short claim a long sentence contains. */
function containment(a: string[], b: string[]): number {
  if (a.length === 0) return 0;
  const setB = new Set(b);
  const unigram = a.filter((w) => setB.has(w)).length / a.length;
  const pairsB = new Set(b.slice(1).map((w, i) => `${b[i]} ${w}`));
  const pairsA = a.slice(1).map((w, i) => `${a[i]} ${w}`);
  const bigram = pairsA.length ? pairsA.filter((p) => pairsB.has(p)).length / pairsA.length : unigram;
  return 0.7 * unigram + 0.3 * bigram;
}

export const MATCH_THRESHOLD = 0.5;
export const SPAN_THRESHOLD = 0.62;

export type Match = { score: number; same: boolean; blockedBy: "negation" | "roles" | "figures" | null };

/**
 * A claim read once and compared with many: its words first (cheap), its full parts (a compromise
 * parse) only when a candidate's words come close. Matching a question against a few hundred
 * candidates parses the question once and only the close candidates at all.
 */
export class ClaimReader {
  private parts: ClaimParts | null = null;
  readonly tokens: string[];
  constructor(readonly text: string) {
    this.tokens = conceptTokens(text);
  }
  full(): ClaimParts {
    return (this.parts ??= claimParts(this.text));
  }
}

export function matchReaders(ra: ClaimReader, rb: ClaimReader): Match {
  const whole = tokenSimilarity(ra.tokens, rb.tokens);
  const [short, long] = ra.tokens.length <= rb.tokens.length ? [ra.tokens, rb.tokens] : [rb.tokens, ra.tokens];
  const span = long.length >= short.length * 1.4 ? containment(short, long) : 0;
  const score = Math.round(Math.max(whole, span) * 1000) / 1000;
  const close = whole >= MATCH_THRESHOLD || span >= SPAN_THRESHOLD;
  if (!close) return { score, same: false, blockedBy: null };
  const pa = ra.full();
  const pb = rb.full();
  if (pa.negated !== pb.negated) return { score, same: false, blockedBy: "negation" };
  if (swapped(pa, pb, whole < MATCH_THRESHOLD)) return { score, same: false, blockedBy: "roles" };
  if (!figuresAgree(pa.figures, pb.figures) || !figuresAgree(pb.figures, pa.figures)) return { score, same: false, blockedBy: "figures" };
  return { score, same: true, blockedBy: null };
}

export function matchClaims(a: string, b: string): Match {
  return matchReaders(new ClaimReader(a), new ClaimReader(b));
}

export const sameClaim = (a: string, b: string) => matchClaims(a, b).same;
