import nlp, { read } from "./nlp";
import datePlugin, { type DatesMethods } from "compromise-dates";
import { splitSentences } from "./sentences";
import { topSentences } from "./ranking";
import { ANSWERER, INTERVIEW_CUE, readDialogue } from "./dialogue";
import { claimPieces } from "./frames";
import { CHECKWORTHY_THRESHOLD, classifyClaim, type ClaimType } from "./claim-types";
import {
  newSpeakerContext,
  noteGenders,
  noteOpeningOrganisation,
  noteOrganisations,
  notePeople,
  noteRoles,
  noteRecords,
  noteSubject,
  resolveSpeaker,
  speakerName,
  type SpeakerContext,
} from "./speakers";

// compromise's `plugin()` is typed `any`, so the date methods need one cast at use.
nlp.plugin(datePlugin);
type Doc = ReturnType<typeof nlp>;
type DatedDoc = Doc & DatesMethods;

export type Reason = {
  code: "number" | "date" | "comparison" | "attribution" | "entity" | "legal";
  label: string;
  evidence: string[];
};
/** A candidate claim: a span of the article with its type, check-worthiness, reasons and claimant. */
export type SentenceScore = {
  start: number;
  end: number;
  text: string;
  score: number;
  type: ClaimType;
  reasons: Reason[];
  claimant: string | null;
};

/** What scoring one part of a long article hands to the next: who spoke last, who was named. */
export type ScoringContext = SpeakerContext & { outlet: string | null; atStart: boolean };

// The reasons shown with a suggestion; how check-worthy it is comes from its type (lib/intake/claim-types.ts).
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
  /\b(?:(?<!\bnothing (?:[\w'’-]+ )?)(?:more|less|fewer|greater|higher|lower)(?: [\w'’-]+){0,4} than|compar(?:e|ed|es|ing|ison)|twice as|doubled|tripled|halved|as (?:many|much) as|best|worst|record (?:high|low))\b/gi;
const LEGAL =
  /\b(?:violat(?:ion|ions|e|es|ed|ing)(?: of)?|in breach of|breach(?:es|ed)?|sanctions?|sanctioned|illegal(?:ly)?|unlawful(?:ly)?|unconstitutional|treaty|treaties|obligated|prohibited|banned|court|ruling|legislation|because|due to|as a result of|resulted in|led to|leads to|caused|causes)\b/gi;
// "the two leaders", "both countries": a reference to things already named, not a count.
const REFERENCE_NUMBER = /^(?:one|two|three|both)$/i;
const ORDINAL = /^(?:first|second|third|\w+th|\d+(?:st|nd|rd|th))$/i;
const ORDINAL_RUN =
  /\b(?:its|their|the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|(?:[2-9]|\d{2,3})(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive)\s+)?(?:day|week|month|year|quarter|season|term)\b(?:\s+(?:running|in a row))?/gi;

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
  // A single letter is layout; a single digit ("6 cubic metres", "4 miners") is a figure.
  const cleaned = items.map(clean).filter((s) => s.length > 1 || /\d/.test(s));
  const lower = cleaned.map((s) => s.toLowerCase());
  return cleaned.filter((s, i) => lower.indexOf(lower[i]) === i && !lower.some((o, j) => j !== i && o.length > lower[i].length && o.includes(lower[i])));
}

function regexHits(text: string, re: RegExp): string[] {
  return [...text.matchAll(re)].map((m) => m[0]);
}

type Found = Partial<Record<Reason["code"], string[]>> & { people: string[]; event: boolean; verb: boolean };

function extract(text: string): Found {
  const doc = read(text) as DatedDoc;
  const people = (doc.people().out("array") as string[]).filter((p) => !MONTH_ONLY.test(clean(p)));
  const entities = [...people, ...doc.organizations().out("array"), ...doc.places().out("array")].flatMap((e: string) => e.split(","));
  const calendar = uniq([...doc.dates().out("array"), ...regexHits(text, DAY_MONTH)]);
  const dates = uniq([...calendar, ...doc.durations().out("array")]);
  // A year or day inside a date phrase is already scored as a date; counting it again as a quantity
  // would double-weight the same words. A duration ("11 years in prison") is a quantity.
  const inDate = (n: string) => /^\d{1,4}(?:[-–]\d{1,4})?$/.test(n) && calendar.some((d) => d.includes(n));
  // "the two leaders", "one of the parties": references, not counts.
  const references = [
    ...(doc.match("(the|both|these|those) [(one|two|three)] #Plural", 0).out("array") as string[]),
    ...(doc.match("[one] of", 0).out("array") as string[]),
  ];
  const numbers = uniq(doc.numbers().out("array")).filter(
    // "6 cubic metres a second": "a second" is a rate's unit of time ("a third" is a share).
    (n) =>
      !inDate(n) && !ORDINAL.test(n) && !/^a\s+second$/i.test(n) && !(REFERENCE_NUMBER.test(n) && references.some((r) => r.toLowerCase() === n.toLowerCase())),
  );
  // "entered its ninth day", "for the third consecutive year": how long a run has lasted is a count ("the first
  // day" is none).
  const runs = regexHits(text, ORDINAL_RUN);
  return {
    number: uniq([...numbers, ...runs]),
    date: dates,
    comparison: uniq([...doc.match("(#Comparative|#Superlative)").out("array"), ...regexHits(text, COMPARISON)]),
    legal: uniq(regexHits(text, LEGAL)),
    entity: uniq(entities),
    people,
    // "signed", "has shipped", "did not supply", "was firing": something said to have happened;
    // "calls for", "provides for", "says": what a text lays down.
    event:
      doc.has("#PastTense") ||
      doc.has("(has|have|did) not? #Verb") ||
      doc.has("(was|were) #Gerund") ||
      /\b(?:calls? for|provides? for|says|states|stipulates|requires|obliges|commits)\b/.test(text),
    verb: doc.has("#Verb"),
  };
}

/** One candidate claim from a piece of a sentence (lib/intake/frames.ts). */
function candidate(span: { start: number; end: number; text: string }, speaker: string | null, quoted: boolean, ctx: ScoringContext): SentenceScore {
  const found = extract(span.text);
  notePeople(found.people, ctx);
  noteOrganisations(span.text, ctx);
  if (speaker) found.attribution = [quoted ? "quoted" : "reported"];
  const reasons: Reason[] = ORDER.filter((code) => (found[code]?.length ?? 0) > 0).map((code) => ({
    code,
    label: LABELS[code],
    evidence: code === "attribution" ? [] : (found[code] ?? []),
  }));
  // Unattributed, the article states it in its own voice: the outlet is the claimant.
  const claimant = (speaker ? resolveSpeaker(speaker, ctx) : null) ?? (quoted ? null : ctx.outlet);
  const { type, score } = classifyClaim(span.text, {
    numbers: found.number?.length ?? 0,
    dates: found.date?.length ?? 0,
    entities: found.entity?.length ?? 0,
    // A named speaker's "We traced it to a single traveller" is about what they named before.
    definite: /^[“"‘]?(?:(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s|\p{Ll})/u.test(span.text) || (!!speaker && !!claimant),
    event: found.event,
    verb: found.verb,
    words: span.text.split(/\s+/).length,
    question: /\?["”’]?$/.test(span.text),
  });
  return { ...span, score, type, reasons, claimant };
}

export type ScoreOptions = { outlet?: string | null; context?: Partial<SpeakerContext>; atStart?: boolean };

const RULED = /^(?:ruling|finding|concluding)\s+that\s+/i;

/**
 * Every candidate claim of the article's body, in reading order. A long article is scored in parts
 * (lib/intake/pool.ts): each starts with the speakers the previous part ended on (`context`).
 */
export function scoreSentencesFrom(text: string, options: ScoreOptions = {}): { scores: SentenceScore[]; context: SpeakerContext } {
  const ctx: ScoringContext = {
    ...newSpeakerContext(options.context?.last ?? null, options.context?.names ?? []),
    lastOrganisation: options.context?.lastOrganisation ?? null,
    lastCompany: options.context?.lastCompany ?? null,
    kinds: { ...options.context?.kinds },
    records: { ...options.context?.records },
    genders: { ...options.context?.genders },
    roles: { ...options.context?.roles },
    interviewee: options.context?.interviewee ?? null,
    answering: options.context?.answering ?? false,
    outlet: options.outlet ?? null,
    atStart: options.atStart ?? true,
  };
  const scores: SentenceScore[] = [];
  // “…,” Haddad said. “Two doses are 97% effective.”: a quotation standing alone right after an
  // attributed one is the same speaker's.
  let previousSpeaker: string | null = null;
  const { lines, labels, questions, interview } = readDialogue(text, ctx);
  let line = -1;
  // The one an interview is with: named in its introduction (the lines before the first question), in the sentence
  // that says who was asked ("Example Wire spoke to Ana Ruiz …") or else first; never someone a question names.
  const introPeople: string[] = [];
  let askedPerson: string | null = null;
  let answerer: string | null = null;
  let introOver = !!ctx.interviewee;
  // The last speaker the introduction named: a question's own attribution ("The city auditor says …") is not one.
  let introLast: string | null = ctx.interviewee ? null : ctx.last;
  const person = (n: string) => read(n).has("#Person");
  const interviewed = () => {
    if (!introOver) introLast = ctx.last;
    introOver = true;
    return (askedPerson ?? introPeople[0] ?? null)?.replace(/[.,;:]+$/, "") ?? null;
  };
  for (const sentence of splitSentences(text, lines)) {
    const at = lines.findIndex((l) => l.start <= sentence.start && sentence.start < l.end);
    if (interview && at !== line) {
      line = at;
      const question = questions.has(lines[at]?.start ?? -1);
      // The one the interview is with: the person its introduction named (see interviewed()).
      if (question) ctx.interviewee ??= interviewed() ?? introLast ?? null;
      ctx.answering = !question && !!ctx.interviewee;
    }
    const lineStart = lines[at]?.start ?? -1;
    const label = labels.get(lineStart) ?? null;
    // A transcript's introduction ends at its first labelled line; its "A:" answers are the person it named.
    if (labels.has(lineStart) && !introOver) answerer = interviewed();
    if (label === ANSWERER) ctx.interviewee ??= answerer ?? introLast ?? null;
    const said = labels.has(lineStart) ? { by: label === ANSWERER ? (ctx.interviewee ?? null) : label } : null;
    // "The interview has been edited for length and clarity.": the desk's note on the text, no claim.
    const pieces = EDITORS_NOTE.test(sentence.text) ? [] : claimPieces(sentence.text);
    // Role words in the frame too ("Spokeswoman Hanne Strand said"), and the organisation the sentence opens with.
    noteGenders(sentence.text, ctx);
    noteRoles(sentence.text, ctx);
    noteSubject(sentence.text, ctx);
    noteRecords(sentence.text, ctx);
    const standalone = /^[“"«]/.test(sentence.text) && pieces.every((p) => !p.speaker);
    for (const piece of pieces) {
      // "The court overturned the permit, ruling that the authorities had failed …": what the body the sentence
      // opens with ruled or found, without the participle.
      const ruled = !piece.speaker && ctx.subject ? RULED.exec(text.slice(sentence.start + piece.start, sentence.start + piece.end)) : null;
      const ruledBy = ruled ? ctx.subject : null;
      const start = sentence.start + piece.start + (ruled?.[0].length ?? 0);
      const end = sentence.start + piece.end;
      const speaker =
        piece.speaker ?? ruledBy ?? (said ? said.by : ((standalone ? previousSpeaker : null) ?? (ctx.answering ? (ctx.interviewee ?? null) : null)));
      scores.push(candidate({ start, end, text: text.slice(start, end) }, speaker, piece.quoted || standalone, ctx));
    }
    previousSpeaker = pieces.find((p) => p.speaker)?.speaker ?? (standalone ? previousSpeaker : null);
    if (!introOver) {
      // Named as a speaker, or only named ("Mayor Lena Brandt, who …, sat down with the Courier"), in reading order.
      // Read only where an interview or a transcript will ask who was asked: a parse of each sentence more otherwise.
      const named = [...(interview || labels.size > 0 ? introNames(sentence.text) : []), ...ctx.names];
      for (const n of named) if (!introPeople.includes(n) && person(n)) introPeople.push(n);
      const cue = sentence.text.search(INTERVIEW_CUE);
      if (cue >= 0) {
        // Who was asked: the person named before the cue ("Mayor Lena Brandt … sat down with the Courier"); after it
        // only when the outlet asks ("Example Wire spoke to Maria Berg"). "She spoke with Courier reporter Sarah Jones"
        // and "Last week she spoke with Prime Minister John Smith" name someone else: the one already met stays.
        const before = sentence.text.slice(0, cue);
        const mentioned = (n: string, text: string) => person(n) && text.includes(n.split(/\s+/).at(-1) ?? n);
        const subject = [...named].reverse().find((n) => mentioned(n, before));
        askedPerson =
          subject ?? (/\b(?:she|he|they)\b/i.test(before) ? askedPerson : ([...named].reverse().find((n) => mentioned(n, sentence.text)) ?? askedPerson));
      }
    }
    noteOpeningOrganisation(sentence.text, ctx);
  }
  return {
    scores,
    context: {
      last: ctx.last,
      names: ctx.names,
      lastOrganisation: ctx.lastOrganisation ?? null,
      lastCompany: ctx.lastCompany ?? null,
      kinds: ctx.kinds ?? {},
      records: ctx.records ?? {},
      genders: ctx.genders ?? {},
      roles: ctx.roles ?? {},
      interviewee: ctx.interviewee ?? null,
      answering: ctx.answering ?? false,
    },
  };
}

const EDITORS_NOTE =
  /^(?:(?:This|The)\s+(?:interview|conversation|transcript|exchange|Q&A)\s+(?:has\s+been|was|is|have\s+been)\s+(?:lightly\s+)?(?:edited|condensed|shortened)|(?:Lightly\s+)?(?:Edited|Condensed)\s+(?:and\s+(?:edited|condensed)\s+)?for\s+(?:length|clarity|brevity))\b/i;

/** The full names of people a sentence names, titles stripped ("Mayor Lena Brandt" → "Lena Brandt"), in order. */
function introNames(text: string): string[] {
  const people = (read(text).people().out("array") as string[]).map((p) => speakerName(p.replace(/[.,;:]+$/, "")));
  return people.filter((n): n is string => !!n && /\s/.test(n) && n.split(/\s+/).every((t) => /^\p{Lu}/u.test(t)));
}

export function scoreSentences(text: string, options: ScoreOptions = {}): SentenceScore[] {
  return scoreSentencesFrom(text, options).scores;
}

export function rankSuggestions(text: string, limit = 20, options: ScoreOptions = {}): SentenceScore[] {
  return topSentences(scoreSentences(text, options), limit);
}
