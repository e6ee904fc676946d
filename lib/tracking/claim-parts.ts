import { INSTITUTION_WORD } from "../intake/institutions";
import { titleWord } from "../intake/speakers";
import { LRUCache } from "lru-cache";
import { readTags } from "../intake/nlp";
import {
  beforeNextYear,
  claimWords,
  END_OF_YEAR,
  keptReads,
  normalizeClaimText,
  NUMBER_WORDS,
  stemWord,
  STOP_WORDS as STOP,
  tokenSimilarity,
} from "./similarity";
import { broader, known, opposed, partsOfSpeech, synonymous } from "./wordnet";

/**
 * Matching by the parts of a claim: what it says (its words), each figure with what it counts, whether
 * it is negated, and who does what to whom. Wording close enough is not a match when:
 * - one says the opposite ("did not supply") — negation;
 * - the roles are swapped ("Russia supplied North Korea" against "North Korea supplied Russia");
 * - a figure counts something else or differs ("100 countries" against "100 countries and
 *   organisations", "50 countries" against "60 countries"); "nearly 50 countries" is 50 countries.
 * A short claim also matches a longer sentence that contains it ("span").
 */
/** A figure, what it counts and, for a share, the words of that which say whose it is ("Germany's"). */
type Figure = { value: number; approx: boolean; counts: string[]; owners?: string[] };
export type ClaimParts = {
  tokens: readonly string[];
  /** Capitalised words after the first: names, also those compromise does not know. */
  named: string[];
  /** What a count runs from ("since the ceasefire collapsed"), or null. */
  since: readonly string[] | null;
  /** What a change is measured against: "from a year earlier" (year) or "from April" (month). */
  base: "year" | "month" | null;
  /** "below the level needed" (down) against "high enough" (up). */
  polarity: "up" | "down" | null;
  negated: boolean;
  figures: Figure[];
  /** The first word when it is a name ("Brazil's economy grew"): `named` leaves it out. */
  lead: string[];
} & Roles;

/**
 * Words news copy uses for the same thing, folded onto one: capitals for their states ("Pyongyang"
 * ships to "Moscow"), and the handful of verbs and nouns of supplying, supporting, visiting and
 * breaching. Keys are stems (lib/tracking/similarity.ts), so inflections are listed where the stemmer
 * keeps them apart. Only near-certain equivalents: a thesaurus would blur distinct claims.
 */
const CONCEPTS: Record<string, string[]> = {
  "north-korea": ["pyongyang", "north-korean"],
  russia: ["moscow", "kremlin", "russian"],
  china: ["beijing", "chinese"],
  ukraine: ["kyiv", "ukrainian"],
  switzerland: ["swiss", "burgenstock"],
  supply: [
    "donate",
    "donated",
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
  violate: ["violated", "violating", "violation", "breach", "breache", "breached", "breaching"],
  sign: ["signed", "signing", "conclude", "concluded", "agree", "agreed"],
  include: ["included", "including", "among"],
  good: ["goods", "product"],
  large: ["big", "massive", "huge"],
  // The other side of a supply: "Russia received shells from North Korea" (roles are turned round, see roles()).
  receive: ["received", "receiving", "obtain", "obtained", "acquire", "acquired", "import", "imported", "bought", "buy"],
  poland: ["polish"],
  portugal: ["portuguese"],
  africa: ["african"],
  kenya: ["kenyan"],
  soldier: ["troop", "servicemen"],
  shell: ["round"],
  oil: ["petroleum"],
  rescue: ["rescued", "rescuing", "save", "saved"],
  world: ["worldwide", "global", "globally"],
  arrest: ["arrested", "detain", "detained"],
  protest: ["protester", "demonstration", "demonstrator", "rally"],
  reduce: ["reduced", "reducing", "lowered"],
  sentence: ["sentenced", "jailed", "jail", "imprisoned"],
  former: ["ex"],
  britain: ["uk", "british"],
  last: ["final"],
  plant: ["station"],
  close: ["closed", "closing", "shut", "shutting"],
  resign: ["resigned", "quit"],
  hire: ["hired", "hiring", "recruit", "recruited", "recruiting"],
  ceasefire: ["truce", "armistice"],
  collapse: ["collapsed", "collapsing"],
  job: ["role", "position", "post", "workforce", "staff"],
  cut: ["eliminated", "eliminate", "shed", "axed", "axe", "slashed"],
  death: ["die", "died", "dead", "deaths", "kill", "killed", "killing"],
  banned: ["ban", "prohibited", "forbidden", "illegal", "outlawed"],
  allowed: ["allow", "permit", "permitted", "lawful"],
  veto: ["vetoed", "vetoing", "block", "blocked", "blocking"],
  rise: [
    "rose",
    "risen",
    "rising",
    "climb",
    "climbed",
    "climbing",
    "increase",
    "increased",
    "grew",
    "grow",
    "growing",
    "jump",
    "jumped",
    "raise",
    "raised",
    "expanded",
    "expand",
  ],
  fall: [
    "fell",
    "fallen",
    "falling",
    "drop",
    "dropped",
    "decline",
    "declined",
    "decrease",
    "decreased",
    "ease",
    "eased",
    "shrank",
    "shrink",
    "shrunk",
    "contracted",
  ],
  unemployment: ["jobless", "unemployed"],
  burglary: ["break"],
  electricity: ["power"],
  lawmaker: ["parliament", "parliamentarian", "legislator", "legislature", "mp"],
  ceiling: ["cap", "capped", "capping", "limit", "limited"],
  yearly: ["annual", "annually"],
  vaccine: ["vaccinated", "vaccination", "vaccinate", "jab"],
  approve: ["approved", "pass", "passed", "adopt", "adopted"],
  // "found the mayor guilty" is "convicted the mayor".
  convicted: ["convict", "guilty"],
  // "the foreign-funding law", "bill", "act" or "legislation".
  law: ["bill", "act", "legislation", "statute"],
  // "The economy grew 2.3%" is "GDP expanded by 2.3%".
  gdp: ["economy"],
  // What a company sells is its revenue ("Third-quarter sales"); its profit is another thing.
  revenue: ["sale", "turnover"],
};
// Concepts that are actions: a word after a figure is never one of these ("40 ships", "300 visits").
const ACTIONS = new Set([
  "supply",
  "receive",
  "support",
  "visit",
  "violate",
  "sign",
  "include",
  "veto",
  "rise",
  "fall",
  "approve",
  "cut",
  "collapse",
  "rescue",
]);
const CONCEPT = new Map(Object.entries(CONCEPTS).flatMap(([concept, words]) => [[concept, concept], ...words.map((w) => [w, concept] as [string, string])]));
// "Welsh adults" are adults in Wales: a country's adjective is its name, where the two are not of one family
// by their endings ("Brazil", "Brazilian" are: see familyName). Not "Polish" or "Turkish" (polish, turkey).
const COUNTRY_OF: Record<string, string> = {
  welsh: "wales",
  spanish: "spain",
  french: "france",
  dutch: "netherlands",
  swiss: "switzerland",
  british: "britain",
  norwegian: "norway",
  swedish: "sweden",
  danish: "denmark",
  finnish: "finland",
  greek: "greece",
  portuguese: "portugal",
  irish: "ireland",
  scottish: "scotland",
  english: "england",
  chinese: "china",
  japanese: "japan",
  icelandic: "iceland",
  german: "germany",
  italian: "italy",
  belgian: "belgium",
  hungarian: "hungary",
  vietnamese: "vietnam",
  thai: "thailand",
  filipino: "philippines",
  peruvian: "peru",
  argentine: "argentina",
  argentinian: "argentina",
};
const COUNTRY = new Map(Object.entries(COUNTRY_OF).map(([adjective, country]) => [stemWord(adjective), stemWord(country)]));
const concept = (token: string) => CONCEPT.get(token) ?? COUNTRY.get(token) ?? token;
const COUNTRY_NAMES = new Set(COUNTRY.values());

/**
 * "French troops are stationed in Britain" against "British troops are stationed in France": once a
 * country's adjective is its name, the words are the same and only their order tells the countries' parts.
 * Two countries side by side ("Germany and France signed") may come in either order.
 */
function countriesTraded(a: ClaimParts, b: ClaimParts): boolean {
  const order = (p: ClaimParts) => p.tokens.filter((t) => COUNTRY_NAMES.has(t));
  const [oa, ob] = [order(a), order(b)];
  if (oa.length !== 2 || ob.length !== 2 || oa[0] === oa[1] || oa[0] !== ob[1] || oa[1] !== ob[0]) return false;
  const adjacent = (p: ClaimParts) => Math.abs(p.tokens.indexOf(order(p)[0]) - p.tokens.indexOf(order(p)[1])) === 1;
  return !adjacent(a) && !adjacent(b) && a.passive === b.passive;
}

// "the Kenyan capital" is Nairobi: a capital named by its country's adjective.
const CAPITAL_OF: Record<string, string> = {
  kenyan: "nairobi",
  indian: "delhi",
  french: "paris",
  german: "berlin",
  british: "london",
  russian: "moscow",
  chinese: "beijing",
  japanese: "tokyo",
  ukrainian: "kyiv",
  polish: "warsaw",
  portuguese: "lisbon",
  spanish: "madrid",
  italian: "rome",
  turkish: "ankara",
  egyptian: "cairo",
  nigerian: "abuja",
  brazilian: "brasilia",
  canadian: "ottawa",
  australian: "canberra",
  iranian: "tehran",
  pakistani: "islamabad",
  afghan: "kabul",
  iraqi: "baghdad",
  syrian: "damascus",
  saudi: "riyadh",
  ethiopian: "addis",
  sudanese: "khartoum",
  argentine: "buenos",
  colombian: "bogota",
  venezuelan: "caracas",
  belarusian: "minsk",
  dutch: "amsterdam",
  belgian: "brussels",
  swiss: "bern",
  austrian: "vienna",
  swedish: "stockholm",
  norwegian: "oslo",
  danish: "copenhagen",
  finnish: "helsinki",
  greek: "athens",
  hungarian: "budapest",
  czech: "prague",
  romanian: "bucharest",
  irish: "dublin",
  mexican: "mexico",
  peruvian: "lima",
  chilean: "santiago",
};

/** A claim's content words, each folded onto its concept; "North Korea" is one token. Kept (lib/tracking/similarity.ts). */
export const conceptTokens = keptReads<readonly string[]>(4_000, readConceptTokens);

function readConceptTokens(text: string): string[] {
  const stems = normalizeClaimText(text);
  const tokens = stems
    .flatMap((t, i) =>
      t === "capital" && Object.hasOwn(CAPITAL_OF, stems[i - 1]) ? [] : [Object.hasOwn(CAPITAL_OF, t) && stems[i + 1] === "capital" ? CAPITAL_OF[t] : t],
    )
    .map(concept);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "12" && tokens[i + 1] === "month") {
      // "the 12 months to March" is "the year to March".
      out.push("year");
      i++;
    } else if (tokens[i] === "chief" && tokens[i + 1] === "executive") {
      out.push("ceo");
      i++;
    } else if (tokens[i] === "north" && (tokens[i + 1] === "korea" || tokens[i + 1] === "korean")) {
      out.push("north-korea");
      i++;
    } else out.push(tokens[i]);
  }
  return out;
}

// "won't", "hasn't", "can't": a denial inside a word (a word boundary never comes before its "n").
const NEGATION =
  /\b(?:not|cannot|no|never|none|nor|neither|without|\w*n['’]t|denied|denies|deny|refused|rejected|turn(?:s|ed)? down|declined(?=\s+(?:to|the|an?)\b)|false|untrue|failed to|fails to|fail to|lacks|lacked|lacking|(?<!\b(?:a|the|of|for)\s)lack(?!\s+of\b)|(?:is|are|was|were|remains?|remained|running|runs|ran)\s+short\s+of|(?:nothing|little)\s+to\s+do\s+with|rul(?:ed|es|e|ing)\s+out|dismiss(?:ed|es|ing)?\s+(?:the\s+)?(?:prospect|idea|possibility|suggestion|notion)s?)\b/gi;
const APPROX = /^(?:nearly|almost|about|around|roughly|some|approximately|more|over|up|close|at|least|than|less|under|fewer)$/;
// A comma before a space, a semicolon, a colon, a bracket or a dash between spaces: a word put in their place ends a count.
const CLAUSE_BREAK = /,(?=\s)|[;:()]|\s[–—]\s/g;
const BREAK = "clausebreak";
// Words that end what a figure counts: "100 countries that supported …", "50 countries in the group".
const COUNT_STOP = new Set([
  BREAK,
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
// Verbs in the third person that follow "and" after a count: "… in 14 countries and makes boilers".
const VERB_S =
  /^(?:makes|runs|operates|employs|sells|produces|says|plans|owns|holds|serves|builds|supplies|exports|imports|provides|offers|includes|expects|faces|wants|needs|uses|covers|controls|manages|has|is|was|remains|became|becomes)$/;
// "… 2,214 euros and said …", "… three years and would …": a verb of saying or a modal after "and" starts another clause.
const CLAUSE_VERB = /^(?:said|say|says|told|tell|tells|added|add|adds|would|will|could|can|may|might|should|must|shall)$/;
const VERBISH =
  /^(?:\w+ed|\w+ing|is|are|was|were|has|have|had|took|met|made|lost|won|sold|spent|left|built|sent|gave|fell|rose|grew|kept|led|began|became|signed|support|visit|sign|supply|include|violate)$/;
// Words between a figure and what it counts: "11,000 North Korean soldiers", "214 confirmed cases".
const DESCRIPTOR = new Set([
  "north",
  "south",
  "korean",
  "north-korea",
  "russia",
  "china",
  "ukraine",
  "poland",
  "portugal",
  "africa",
  "kenya",
  "confirmed",
  "registered",
  "new",
  "additional",
  "artillery",
]);
// "1,200 German positions", "14 Nordic towns", "120 premature deaths": a word that says which or whose, not what.
const QUALIFIER = /^(?:nordic|scandinavian|baltic|european|asian|arab|latin|western|eastern|northern|southern|premature|civilian)$/;
const describes = (raw: string | undefined, word: string | undefined) =>
  DESCRIPTOR.has(word ?? "") || (raw !== undefined && (Object.hasOwn(CAPITAL_OF, raw) || QUALIFIER.test(raw)));
// "600 million Africans" are 600 million people.
const PEOPLE = /^(?:people|persons?|residents?|citizens?|inhabitants?|\w+ans)$/;

// "people visited", "people voted": the people, named by the act, as the other claim may name them.
const AGENT_NOUN: [RegExp, string][] = [
  [/^visit(?:ed|s|ing)?$/, "visitors"],
  [/^attend(?:ed|s|ing)?$/, "attendees"],
  [/^subscrib(?:ed|es|ing)$/, "subscribers"],
  [/^appl(?:ied|ies|ying)$/, "applicants"],
  [/^(?:flew|flown|flying)$/, "passengers"],
];
const agentNoun = (verb: string | undefined) => AGENT_NOUN.find(([re]) => re.test(verb ?? ""))?.[1];

const COUNT_CHANGER = /^(?:attempted|suspected|alleged|unconfirmed|probable|possible)$/;

const ESTIMATE = /\b(?:put|puts|putting|estimated?|estimates|valued|values|pegged|priced|projected|forecast)\b/;

// A word WordNet lists under this part of speech alone ("receive" a verb, "newly" an adverb).
const only = (word: string | undefined, pos: "verb" | "adv" | "adj") => {
  const parts = word ? partsOfSpeech(word) : [];
  return parts.length > 0 && parts.every((p) => p === pos);
};
// "of what they lost", "of those who …": a clause, which says what a share is of in words of its own.
const SHARE_CLAUSE = /^(?:what|which|who|whom|whose|where|when|how|whatever|they|it|he|she|we|you|i)$/;
// "36% of those screened": words that alone say nothing of what a share is of.
const SHARE_FILLER = /^(?:those|people|ones)$/;
/** The figures of a text with the one to three words after each (what it counts). */
function figures(text: string): ClaimParts["figures"] {
  // What a figure counts ends with its clause: "24.8 percent of the vote, a sharp fall" counts the vote.
  const raw = claimWords(text.replace(CLAUSE_BREAK, ` ${BREAK} `));
  // What a figure counts is a noun: "40 ships" are ships, not the concept of supplying.
  const noun = (w: string) => {
    const c = concept(stemWord(w));
    return ACTIONS.has(c) ? stemWord(w) : c;
  };
  const words = raw.map((w) => (COUNT_STOP.has(w) || UNIT_SKIP.has(w) || APPROX.test(w) ? w : noun(w)));
  // The words written with a possessive "'s": whose a share is, not what it is of.
  const owners = new Set([...text.matchAll(/([\p{L}-]+)['’]s\b/gu)].flatMap((m) => claimWords(m[1]).map(noun)));
  const out: ClaimParts["figures"] = [];
  words.forEach((w, i) => {
    if (!/^\d+(?:\.\d+)?$/.test(w)) return;
    // "stands at 6.75%" is exact; "put the debt at 120%", "estimated at" is an estimate.
    // "close to 40" and "up to 40" are rough; "will close 40 branches" is not.
    const before = words[i - 1] === "to" && /^(?:close|up)$/.test(words[i - 2] ?? "") ? words[i - 2] : words[i - 1];
    const approx =
      i > 0 &&
      APPROX.test(before) &&
      (before !== "close" || words[i - 1] === "to") &&
      (before !== "at" || ESTIMATE.test(raw.slice(Math.max(0, i - 4), i - 1).join(" ")));
    // What it counts: the word after it, and the one after "and"/"or" ("100 countries and organisations").
    const counts: string[] = [];
    let at = i + 1;
    while (at < i + 3 && describes(raw[at], words[at]) && !PEOPLE.test(raw[at]) && words[at + 1] && !COUNT_STOP.has(words[at + 1])) at++;
    // "2.3 million people visited" are 2.3 million visitors: the people named by what they did.
    const agent = PEOPLE.test(raw[at] ?? "") ? agentNoun(raw[at + 1]) : undefined;
    const next = agent ? noun(agent) : PEOPLE.test(raw[at] ?? "") ? "people" : words[at];
    // "3,100 attempted murders" are no murders: a word that changes what is counted is part of it.
    if (COUNT_CHANGER.test(raw[at] ?? "") && words[at + 1] && !COUNT_STOP.has(words[at + 1])) {
      out.push({ value: Number(w), approx, counts: [raw[at], words[at + 1]] });
      return;
    }
    // "31,000 this summer": a time after the figure, not what it counts.
    if (next && !COUNT_STOP.has(next) && !/^\d/.test(next) && !VERBISH.test(next) && !/^(?:this|last|next|each|every)$/.test(next)) {
      counts.push(next);
      const more = words[at + 2];
      // "14 countries and makes boilers": a verb after "and" starts another clause.
      if (
        UNIT_SKIP.has(words[at + 1]) &&
        more &&
        !COUNT_STOP.has(more) &&
        !/^\d/.test(more) &&
        !VERBISH.test(more) &&
        !VERB_S.test(raw[at + 2] ?? "") &&
        !CLAUSE_VERB.test(more)
      )
        counts.push(more);
      // "2% of global clean energy investment" counts what follows "of".
      if (next === "percent" && words[at + 1] === "of") {
        // "of refugees globally", "of the newly created jobs": an adverb in "-ly" says how, not what.
        const tailAt = [...Array(Math.max(0, Math.min(words.length, at + 9) - (at + 2))).keys()]
          .map((k) => at + 2 + k)
          .filter((k) => !(/ly$/.test(raw[k]) && only(raw[k], "adv")));
        const tail = tailAt.map((k) => words[k]);
        const tailRaw = tailAt.map((k) => raw[k]);
        // "9.1 per cent of the vote on Sunday, spent …": what the share is of ends where a time begins.
        const end = tail.findIndex(
          (x, k) =>
            x === BREAK ||
            VERBISH.test(x) ||
            /^(?:is|are|was|were|be|been|do|does|did|not|never|lack|lacks|lacked|while|whereas|but|although|though|and|or|as|after|because|during|since|said|say|says|told|think|thought|believe|want|wanted|ahead|behind|versus|against|up|down|compared|should|would|could|must|may|might|will|can|shall|get|gets|got|come|comes|came|go|goes|went|within|through|across|into|via|between|among)$/.test(
              x,
            ) ||
            (k > 0 && /^(?:on|in|at|last|this|next)$/.test(x) && TIME_WORDS.test(tail[k + 1] ?? "")) ||
            // "of what they lost", "of farms receive …", "of the newly created jobs": a clause or a verb ends it.
            SHARE_CLAUSE.test(x) ||
            only(tailRaw[k], "verb"),
        );
        // "4.7% of its GDP" is "4.7% of GDP": a possessive says whose, which the claim's subject says too
        // ("6% of the study's participants" are its participants; "of Germany's electricity" is electricity).
        // "36% of those screened" names nothing the claim does not: "those" and "people" alone are no "what".
        counts.push(
          ...(end < 0 ? tail : tail.slice(0, end))
            // "half of all new homes" is "half of new homes": "all" says no more than the share does.
            // A filler ("those") is kept here and dropped below only when it is all there is.
            .filter((x) => SHARE_FILLER.test(x) || (!COUNT_STOP.has(x) && !/^\d/.test(x) && !/^(?:its|their|his|her|our|your|my|all|this|these|that)$/.test(x)))
            .slice(0, 3)
            .filter((x, _k, kept) => !(SHARE_FILLER.test(x) && kept.length === 1)),
        );
        const own = counts.filter((x) => owners.has(x));
        if (own.length > 0) {
          out.push({ value: Number(w), approx, counts, owners: own });
          return;
        }
      }
    }
    out.push({ value: Number(w), approx, counts });
  });
  // A tally counts votes on both sides, however it is written: "by nine votes to six", "a 9-6 decision".
  if (VOTE_CONTEXT.test(text)) {
    const at = (w: string) => out.findIndex((f) => String(f.value) === w);
    for (let i = 0; i + 2 < words.length; i++) {
      // "cut his sentence from 12 to 8 years" is a change, not a tally.
      if (words[i - 1] === "from") continue;
      const [x, y] = words[i + 1] === "to" ? [words[i], words[i + 2]] : /^votes?$/.test(words[i + 1]) && words[i + 2] === "to" ? [words[i], words[i + 3]] : [];
      if (!x || !y || !/^\d{1,3}$/.test(x) || !/^\d{1,3}$/.test(y)) continue;
      for (const k of [at(x), at(y)]) if (k >= 0) out[k] = { ...out[k], counts: ["vote"] };
    }
  }
  return out;
}
const VOTE_CONTEXT = /\b(?:votes?|voted|decision|ruling|verdict|majority|judges|justices|ballots?)\b/i;

/** Proper nouns before and after the main verb: who does what to whom. Asides (", while …,") are left out. */
type Roles = {
  /** Named parties before and after the main verb, the doer first. */
  subjects: string[];
  objects: string[];
  /** Every noun before and after the main verb ("a smuggling network paid bribes to the officer"). */
  subjectNouns: string[];
  objectNouns: string[];
  /** The same, as written, for two claims with the same verb ("Lyon bought the stadium from the club"). */
  nounsBefore: string[];
  nounsAfter: string[];
  /** The doer comes after the verb ("received from", a passive with "by"). */
  turned: boolean;
  /** Named parties in order, and the main verb's concept: for swapped roles. */
  parties: string[];
  /** Its named parties come joined by "and" ("Kim Jong Un and Vladimir Putin"). */
  coordinated: boolean;
  action: string | null;
  passive: boolean;
  /** Passive without "by": the subject is what is done to, the doer (if any) named after the verb. */
  agentless: boolean;
  /** Passive without "by" that names who got it after the verb ("was handed to Ostria"): a doer's slot in the active. */
  recipient: boolean;
};

type Term = { normal: string; text?: string; post?: string; tags: ReadonlySet<string> };
/**
 * The tagged words of a text, each text read once in a while: matching a quote against its 50 candidates
 * asked the tagger for the quote's words again for every candidate (12,841 reads of 3,396 texts for the
 * benchmark's 1,032 claim pages, 56% of the matching time). Only the words are kept, not the tagger's
 * document: a few kilobytes a text.
 */
const termsRead = new LRUCache<string, readonly Term[]>({ max: 500 });
function termsOf(text: string): readonly Term[] {
  let terms = termsRead.get(text);
  if (!terms) {
    terms = (readTags(text).docs as Term[][]).flat().map(({ normal, text, post, tags }) => ({ normal, text, post, tags }));
    termsRead.set(text, terms);
  }
  return terms;
}

const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i|ch|ss)$/u;

function roles(text: string): Roles {
  // Asides and a clause put in front ("Since the truce broke down, …") are not where the roles are.
  const unfronted = text
    .replace(/,\s*(?:while|which|who|although|though|whereas)\b[^,]*,/gi, " ")
    // "the solar start-up" is a noun: its "start" is no verb.
    .replace(/(\p{Ll})-(\p{Ll})/gu, "$1$2")
    // "Kestrel Ridge's own engineers warned …": "own" after an owner is no verb.
    .replace(/(\p{L}['’]s|\p{L}s['’]|\b(?:its|their|his|her|our|my|your))\s+own\s+/giu, "$1 ");
  const isVerb = (t: Term) => t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Copula") && !/^(?:be|been|being|worth)$/.test(t.normal);
  const fronted = unfronted.replace(/^(?:Since|After|When|While|Although|Because|As|If|By|In|On|Over|During|Last|This)\b[^,]{0,80},\s*/, "");
  // "Since 2022 Russia has been delivering drones to Iran, in breach of …": what came before the comma was the
  // clause itself, not a clause put in front, when what is left has no verb.
  const main = fronted !== unfronted && !termsOf(fronted).some(isVerb) ? unfronted : fronted;
  const terms = termsOf(main);
  // "Cargo bound for Marrowick will be rerouted", "reserves held abroad were sold": a participle after its noun
  // describes it; the clause's verb comes after an auxiliary.
  // The auxiliary within a few words, with no comma, relative pronoun or other verb before it: "Landlords sued tenants
  // who had been evicted" keeps "sued".
  const reduced = (i: number) => {
    if (!terms[i].tags.has("PastTense") || !terms[i - 1]?.tags.has("Noun") || /,/.test(terms[i].post ?? "")) return false;
    for (let k = i + 1; k < Math.min(terms.length, i + 7); k++) {
      const t = terms[k];
      if (t.tags.has("Auxiliary") || t.tags.has("Copula") || t.tags.has("Modal")) return terms.slice(k + 1, k + 4).some(isVerb);
      if (/^(?:that|which|who|whom|whose)$/.test(t.normal) || isVerb(t) || /,/.test(t.post ?? "")) return false;
    }
    return false;
  };
  const first = terms.findIndex(isVerb);
  // "The wildfire that swept through the ranges was started by a power line": the verb of a clause that says which
  // wildfire is not the claim's; the next verb is.
  const relative = first > 1 && /^(?:that|which|who)$/.test(terms[first - 1].normal) && terms[first - 2].tags.has("Noun");
  const next = (from: number) => terms.findIndex((t, i) => i > from && isVerb(t));
  const skipped = first >= 0 && relative && !reduced(first) && next(first) >= 0;
  const verb = first >= 0 && (reduced(first) || skipped) ? next(first) : first;
  // The subject's words stop where that clause begins: "the ranges" the wildfire swept through are not its subject.
  const subjectEnd = skipped ? first - 1 : verb;
  if (verb < 0) {
    const nouns = { subjectNouns: [], objectNouns: [], nounsBefore: [], nounsAfter: [] };
    const nominal = nominalTransfer(main, []);
    if (nominal) return { ...nominal, ...nouns };
    return {
      ...nouns,
      subjects: [],
      objects: [],
      turned: false,
      parties: [],
      coordinated: false,
      action: null,
      passive: false,
      agentless: false,
      recipient: false,
    };
  }
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
  // "Russia received shells from North Korea" is North Korea supplying Russia: the doer comes second.
  const [before, after] = [names(terms.slice(0, subjectEnd)), names(terms.slice(verb + 1))];
  // "… was blocked by a Russian veto": the main verb is passive and the doer comes after "by".
  const beforeVerb = /^(?:was|were|be|been|being|is|are)$/.test(terms[verb - 1]?.normal ?? "");
  const passive = beforeVerb && terms.slice(verb + 1, verb + 8).some((t) => t.normal === "by");
  // "800 jobs will be cut at Kestrel Foods": passive, its doer named after the verb without "by".
  const agentless =
    beforeVerb &&
    !passive &&
    (terms[verb].tags.has("PastTense") ||
      terms[verb].tags.has("Participle") ||
      /(?:ed|en)$/.test(terms[verb].normal) ||
      /^(?:cut|set|put|hit|shut|held|sold|built|paid|made|struck)$/.test(terms[verb].normal));
  const converse = (action === "receive") !== passive;
  const nouns = (list: typeof terms) => [
    ...new Set(
      list
        // "United beat City": a capitalised word compromise reads as an adjective is a name ("German" is
        // a demonym, which qualifies a noun).
        .filter(
          (t) =>
            (t.tags.has("Noun") || (t.tags.has("Adjective") && /^\p{Lu}/u.test(t.text ?? "") && !DEMONYM.test(t.text ?? ""))) &&
            !t.tags.has("Pronoun") &&
            !t.tags.has("Date") &&
            !t.tags.has("Value") &&
            !COUNT_STOP.has(t.normal),
        )
        .map((t) => concept(stemWord(t.normal.replace(/'s$/, "")))),
    ),
  ];
  const [nounsBefore, nounsAfter] = [nouns(terms.slice(0, subjectEnd)), nouns(terms.slice(verb + 1))];
  // "North Korea's supplies of shells to Russia violate sanctions": the subject is a supply said as a noun, and its
  // doer and recipient are the claim's roles, not the two names before "violate".
  const given = nominalTransfer(main, terms.slice(0, verb));
  if (given) return { ...given, subjectNouns: nounsBefore, objectNouns: nounsAfter, nounsBefore, nounsAfter };
  return {
    subjects: converse ? after : before,
    objects: converse ? before : after,
    subjectNouns: converse ? nounsAfter : nounsBefore,
    objectNouns: converse ? nounsBefore : nounsAfter,
    nounsBefore,
    nounsAfter,
    turned: converse,
    parties: converse ? names(termsOf(text)).reverse() : names(termsOf(text)),
    coordinated: /\p{Lu}[\p{L}’'-]*\s+(?:and|or|&)\s+\p{Lu}/u.test(text),
    action: action === "receive" ? "supply" : action,
    passive,
    agentless,
    recipient:
      agentless &&
      // Right after the verb ("was handed to Ostria", "was handed over to"), not in a clause further on ("… it delivered to Moscow").
      terms
        .slice(verb + 1, verb + 5)
        .some(
          (t, i, after) =>
            i <= 1 && t.normal === "to" && (after[i + 1]?.tags.has("ProperNoun") || (after[i + 1]?.normal === "the" && after[i + 2]?.tags.has("ProperNoun"))),
        ),
  };
}

// A supply said as a noun, its doer owning it and its recipient after "to": "North Korea's large-scale supplies of
// weapons and ammunition to Russia", "Iran's drone deliveries to Moscow". Names are runs of capitalised words.
const NOMINAL_TRANSFER =
  /(?<![\p{L}’'-])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(supplies|supply|deliveries|delivery|shipments|shipment|exports|transfers|sales)\s+(?:of\s+(?:[\p{L}-]+,?\s+){1,8}?)?to\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u;

/** The roles of a supply said as a noun in the words before the main verb (all of them when there is none). */
function nominalTransfer(main: string, before: readonly Term[]): Omit<Roles, "subjectNouns" | "objectNouns" | "nounsBefore" | "nounsAfter"> | null {
  const m = NOMINAL_TRANSFER.exec(main);
  if (!m) return null;
  // It must sit before the main verb: "… said Russia's supplies to Syria" after the verb is an object, not the claim's subject.
  const reach = before.map((t) => t.text ?? t.normal).join(" ");
  if (before.length > 0 && !reach.includes(m[3].split(/\s+/)[0])) return null;
  const name = (words: string) =>
    concept(
      words
        .toLowerCase()
        .replace(/^the\s+/, "")
        .replace(/\s+/g, "-"),
    );
  const [doer, recipient] = [name(m[1]), name(m[3])];
  if (doer === recipient) return null;
  return {
    subjects: [doer],
    objects: [recipient],
    turned: false,
    parties: [doer, recipient],
    coordinated: false,
    action: concept(stemWord(m[2].toLowerCase())),
    passive: false,
    agentless: false,
    recipient: false,
  };
}

const YEAR_BASE = /\b(?:(?:from|than|on) (?:a|the) year (?:earlier|before|ago)|year[- ]on[- ]year|annual|yearly|from (?:a|the) year-earlier)\b/i;
const MONTH_BASE =
  /\b(?:from (?:the previous month|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|month[- ]on[- ]month|monthly)\b/i;
const DOWN = /\b(?:below|short of|insufficient|not enough|too low)\b|\bunder\b(?!\s+(?:\$?\d|the\b|a\b))/i;
// "three times the ten-year average" is above it.
// "went further than the advice" against "fell short of it"; "came in higher than economists expected" against "below
// expectations".
const UP =
  /\b(?:above|enough|sufficient|exceed(?:s|ed)?|too high|(?:went|goes|go|going|gone)\s+(?:further|beyond)|(?:higher|stronger|faster|hotter)\s+than\s+(?:[\w']+\s+){0,3}(?:expect|forecast|predict)\w*|(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+(?:the|as)\b)/i;

/** Words written with a capital after the first ("in the UK", "Nordvik"): names compromise may not know. */
const namedWords = (text: string) => (text.match(/(?<=\s)\p{Lu}[\p{L}’'-]*/gu) ?? []).map((w) => concept(stemWord(w.replace(/[’']s$/, "").toLowerCase())));

/** The first word, when the tagger reads it as a place or a name: a capital there is no evidence by itself. */
function leadName(text: string): string[] {
  const first = /^\s*(\p{Lu}[\p{L}’'-]*)/u.exec(text)?.[1];
  if (!first || STOP.has(first.toLowerCase())) return [];
  const term = termsOf(first)[0];
  const bare = first.replace(/[’']s$/, "").toLowerCase();
  // A capitalised word no dictionary holds ("Lind secured …") is a name too.
  return ["Place", "Country", "ProperNoun", "Person"].some((t) => term?.tags.has(t)) || !known(bare)
    ? [concept(stemWord(first.replace(/[’']s$/, "").toLowerCase()))]
    : [];
}

/** "Brazil" and "Brazilian", "Orlesia" and "Orlesian": one name and the word made from it. */
function familyName(a: string, b: string): boolean {
  return a !== b && sameFamily(a, b, /^(?:n|an|ian|ean|ese|ish|i)$/);
}

/** The shorter word, less a final "e" or "y", begins the longer, and the rest is one of the endings. */
function sameFamily(a: string, b: string, endings: RegExp): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.length > 4 ? short.replace(/[ey]$/, "") : short;
  return stem.length >= 4 && long.startsWith(stem) && endings.test(long.slice(stem.length));
}

/** Whether a text says the opposite of what its words say: an odd number of negations. */
// "not only" ("not just", "not merely", "not simply", "not solely"), and "a level not seen in 17 years" (the
// highest in 17 years), deny nothing: "supplies weapons, not just dual-use goods" affirms the weapons.
const NO_DENIAL = /\bnot (?:only|just|merely|simply|solely)\b|\b(?:levels?|highs?|lows?)\s+not\s+(?:been\s+)?seen\s+(?:in|since|for)\b|\bnever before seen\b/gi;
/** The words that deny, idioms that deny nothing left out ("not only", "a level not seen since"). */
const denials = (text: string) => text.replace(NO_DENIAL, "").match(NEGATION) ?? [];
const negatedText = (text: string) => denials(text).length % 2 === 1;
// "no bigger outbreak", "has not recorded a larger one": a comparative denied right before what it compares,
// and no "than" after it ("not higher than in 1990", "no more than a third" deny a comparison, not that one is the
// greatest). Only adjectives of degree: "no longer", "a later date", "any more", "no other" say something else.
const DENIED_COMPARATIVE = /\b(no|never|not)\s+(?:[\w'’-]+\s+)?(?:(?:a|an|any)\s+)?(?:[\w'’-]+\s+)?(better|worse|[a-z]{2,}er)\s+(?!than\b)[a-z]/gi;
const NOT_A_DEGREE =
  /^(?:longer|later|earlier|other|further|former|after|over|under|ever|never|rather|either|neither|whether|together|however|member|number|order|power|water|matter|quarter|winter|summer|border|manner|officer|minister|leader|worker|player|river|center|centre|paper|letter|cancer|corner|chapter|partner|customer|computer)$/;
const SUPERLATIVE = /\b(best|worst|[a-z]{2,}est)\b/gi;
// A superlative is said of a span ("since 2000", "in 30 years", "on record", "ever"); so is its "none greater".
const SCOPE = /\bsince\b|\bin\s+(?:\d+|\w+)\s+(?:years|decades)\b|\bon record\b|\bever\b|\bknow(?:n|s)?\b|\brecord(?:ed|s)\b/i;
const GRADE_BASE: Record<string, string> = { better: "good", best: "good", worse: "bad", worst: "bad" };
/** "bigger" and "biggest" are "big"; "larger" is "large"; "busier" is "busy". */
function gradeBase(word: string): string[] {
  const w = word.toLowerCase();
  if (Object.hasOwn(GRADE_BASE, w)) return [GRADE_BASE[w]];
  const stem = w.replace(/(?:er|est)$/, "");
  const forms = [stem, `${stem}e`];
  if (/(.)\1$/.test(stem)) forms.push(stem.slice(0, -1));
  if (stem.endsWith("i")) forms.push(`${stem.slice(0, -1)}y`);
  return forms;
}
/**
 * The greatest said as "none greater": "the largest outbreak since 2000" against "Ireland has not recorded a
 * bigger outbreak since 2000". One claim denies a comparative of the same or a synonymous adjective as the other's
 * superlative, both over a span of time; the other denies nothing. Returns the denying claim with that one denial
 * taken out, to be read for any other denial it holds; null when there is none of this kind.
 */
function greatestRestated(denier: string, other: string): string | null {
  if (negatedText(other) || !SCOPE.test(denier) || !SCOPE.test(other)) return null;
  const greatest = [...other.matchAll(SUPERLATIVE)].filter((m) => !NOT_A_DEGREE.test(m[1].toLowerCase())).flatMap((m) => gradeBase(m[1]));
  for (const m of denier.matchAll(DENIED_COMPARATIVE)) {
    if (NOT_A_DEGREE.test(m[2].toLowerCase())) continue;
    const compared = gradeBase(m[2]);
    if (compared.some((c) => greatest.some((g) => g === c || (g.length > 2 && c.length > 2 && related(g, c)))))
      return denier.slice(0, m.index) + denier.slice(m.index + m[1].length);
  }
  return null;
}
/**
 * Clauses that deny, each read on its own: "The minimum wage will not rise …, as the law failed to pass"
 * denies twice, in two clauses, and does not make an even count that affirms.
 */
const deniedClauses = (text: string) => text.split(/[,;]\s+|\s+(?=(?:as|because|since|while|after|when|but)\s)/i).filter(negatedText).length;
/**
 * "signed the law without objection" against "refused to sign the law, citing objections": each negates
 * once, but not the same thing. "without", "no" and "none" deny a noun ("no access", "without
 * electricity"); the verb's own denials ("not", "refused", "failed to") are counted apart as well.
 */
const verbNegated = (text: string) => denials(text).filter((w) => !/^(?:no|none|without)$/i.test(w)).length % 2 === 1;

const shorterOf = (a: ClaimReader, b: ClaimReader) => (a.tokens.length <= b.tokens.length ? a : b);
const longerOf = (a: ClaimReader, b: ClaimReader) => (a.tokens.length <= b.tokens.length ? b : a);

/**
 * Whether the part of a longer sentence that holds the short claim is negated: "the study found that
 * children … scored lower, although the authors cautioned it did not prove cause" negates its aside,
 * not the finding. Only an aside that a contrast or a relative opens ("although", "but", "which") and
 * that shares no word with the short claim is left out; a denial in its own clause ("The ministry
 * denied, on Tuesday, that …") is read.
 */
function negatedWhere(short: ClaimReader, long: ClaimReader): boolean {
  const own = new Set(short.tokens.filter((w) => !/^\d/.test(w)));
  // "… were killed in the region and dozens more were detained without charge": the denial is another clause's.
  const parts = long.text.split(/(?=,?\s*\b(?:although|though|but|while|whereas|which|and)\b)/i);
  const kept = parts.filter(
    (part, i) => i === 0 || !/^,?\s*(?:although|though|but|while|whereas|which|and)\b/i.test(part) || conceptTokens(part).some((w) => own.has(w)),
  );
  if (!negatedText(kept.join(" "))) return false;
  // "Henrik Österberg, whose Social Democrats recorded their worst result …, told supporters … that he would not
  // resign": a denial in a clause after the repeat is not the repeat's. One before it ("denied, on Tuesday, that …") is.
  const segments = long.text.split(/[,;]\s*/);
  const shared = segments.map((seg) => conceptTokens(seg).filter((w) => own.has(w)).length);
  const best = shared.indexOf(Math.max(...shared));
  // "After a session that ended without agreement, X said its offer remained": a clause put in front is not the repeat's.
  const fronted = /^(?:After|Before|When|Whilst|While|Since|Although|Though|As|Despite|Following|Until|Once|Because)\b/;
  if (own.size > 0 && shared[best] >= Math.ceil(own.size * 0.7))
    return negatedText(
      segments
        .slice(0, best + 1)
        .filter((seg, i) => i === best || !fronted.test(seg))
        .join(", "),
    );
  return true;
}

/** `known`: parts of this same text already read (ClaimReader keeps its tokens and figures), not read twice. */
export function claimParts(text: string, known: { tokens?: readonly string[]; figures?: ClaimParts["figures"] } = {}): ClaimParts {
  const down = DOWN.test(text);
  const up = UP.test(text.replace(/\bnot enough\b/gi, ""));
  return {
    tokens: known.tokens ?? conceptTokens(text),
    named: namedWords(text),
    since: /\bsince\b/i.test(text) ? conceptTokens(text.replace(/^[\s\S]*?\bsince\b/i, "").split(/[,;]/)[0]) : null,
    base: YEAR_BASE.test(text) ? "year" : MONTH_BASE.test(text) ? "month" : null,
    polarity: down && !up ? "down" : up && !down ? "up" : null,
    negated: negatedText(text),
    figures: known.figures ?? figures(text),
    lead: leadName(text),
    ...roles(text),
  };
}

// What a figure counts, in order ("countries and organisations"); a share's "of" part in any order.
// Two words for what a figure counts: the same, or WordNet synonyms ("votes" and "ballots").
const sameThing = (x: string, y: string) => x === y || related(x, y);
// "54 per cent" alone is the share the other claim says of what ("54% of the vote"), when it names that
// elsewhere: see shareUnsaid.
// Whose a share is, when both name it ("of Germany's electricity", "of the electricity in Germany"), is left out on
// both sides.
const sameCount = (a: string[], b: string[], ownersA: readonly string[] = [], ownersB: readonly string[] = []) => {
  if (a[0] !== "percent" || b[0] !== "percent") return a.length === b.length && a.every((w, i) => sameThing(w, b[i]));
  // Only an owner both name: "of the women's vote" is not "of the vote", "the firm's sales" not "the client's".
  const whose = new Set([...ownersA, ...ownersB].filter((w) => a.includes(w) && b.includes(w)));
  const [x, y] = whose.size > 0 ? [a.filter((w) => !whose.has(w)), b.filter((w) => !whose.has(w))] : [a, b];
  // A share of nothing named is any share; one whose "what" was only an owner is not ("the world's displaced people").
  return Math.min(a.length, b.length) === 1 || (x.length === y.length && x.length > 1 && x.every((w) => y.some((v) => sameThing(w, v))));
};
const sameFigure = (f: Figure, g: Figure) => sameCount(f.counts, g.counts, f.owners, g.owners);

/** Two figures say the same when they count the same thing and agree (within 10% when one is approximate). */
function figuresAgree(a: ClaimParts["figures"], b: ClaimParts["figures"]): boolean {
  const near = nearValue;
  // A figure that counts nothing named ("reached 127,000") against another such figure of the other claim
  // ("reached 12,700"): two values of the same thing, unless one of the other's figures is near it.
  const bare = (f: ClaimParts["figures"][number]) => f.counts.length === 0 && !isYear(f);
  // "more than half the ballots, 53 per cent": a rough figure that another of the claim's own states exactly.
  const restated = (f: ClaimParts["figures"][number]) =>
    f.approx && a.some((g) => g !== f && !g.approx && g.counts[0] === f.counts[0] && nearValue(f.value, g.value, true));
  for (const fa of a) {
    if (restated(fa)) continue;
    if (bare(fa) && b.some(bare) && !b.some((fb) => near(fa.value, fb.value, fa.approx || fb.approx))) return false;
    if (fa.counts.length === 0) continue;
    const sameThing = b.filter((fb) => sameFigure(fa, fb));
    if (sameThing.some((fb) => near(fa.value, fb.value, fa.approx || fb.approx))) continue;
    // The same figure counting something else ("50 countries" against "50 times"), or the same
    // thing counted differently ("50 countries" against "60 countries", "100 countries and organisations").
    const related = b.filter((fb) => fb.counts.length > 0 && (fb.counts[0] === fa.counts[0] || near(fa.value, fb.value, fa.approx || fb.approx)));
    if (sameThing.length > 0 || related.length > 0) return false;
  }
  return true;
}

/**
 * The same party first in both, doing it in one and done to in the other: "Bellandi suspended the president of the
 * Union" against "Bellandi was suspended as president of the Union", "Ostria invaded Velmar" against "Ostria was
 * invaded". Not when the passive's party only owns what was done to ("Kestria's rates were raised").
 */
function voiceTurned(a: ClaimParts, b: ClaimParts, aText: string, bText: string): boolean {
  if (!a.action || !b.action || a.agentless === b.agentless || a.passive || b.passive) return false;
  if (a.action !== b.action && !synonymous(a.action, b.action)) return false;
  const [active, passive, activeText, passiveText] = a.agentless ? [b, a, bText, aText] : [a, b, aText, bText];
  const before = passiveText.split(/\b(?:was|were|is|are|be|been|being)\b/)[0];
  if (/\p{L}['’]s?\b/u.test(before.replace(/['’](?!s\b)/g, ""))) return false;
  // A name the tagger does not know opens the sentence as its subject ("Velmar paid …", "Velmar was paid …").
  const opening = (text: string) => /^\s*(\p{Lu}[\p{L}-]+)\s/u.exec(text)?.[1].toLowerCase();
  const first = opening(activeText);
  return active.subjects.some((p) => passive.subjects.includes(p)) || (!!first && !STOP.has(first) && first === opening(passiveText));
}

/** One claim is a passive without "by" that names no one in the doer's slot: the other's roles cannot be swapped with it. */
const doerUnsaid = (a: ClaimParts, b: ClaimParts) => a.agentless !== b.agentless && !a.recipient && !b.recipient;

function swapped(a: ClaimParts, b: ClaimParts, inside: boolean): boolean {
  const inter = (x: string[], y: string[]) => x.some((w) => y.includes(w));
  // A passive without "by" has what was done to as its subject, and no doer after the verb ("Bellandi has been
  // suspended as president of the Padel Union"): against the active it reads as a swap, and is none.
  if (!doerUnsaid(a, b) && inter(a.subjects, b.objects) && inter(a.objects, b.subjects) && !inter(a.subjects, b.subjects)) return true;
  // Inside a longer sentence, the sentence's own subject is not the claim's: only a plain swap counts.
  if (inside) return false;
  // Someone else did it to someone else: "Putin visited North Korea" against "Kim Jong Un visited Russia".
  const all = (x: ClaimParts) => x.subjects.length > 0 && x.objects.length > 0;
  // Only in the same voice: "800 jobs will be cut at Kestrel Foods" names the doer where the active names the place.
  if (all(a) && all(b) && a.agentless === b.agentless && !inter(a.subjects, b.subjects) && !inter(a.objects, b.objects)) return true;
  // The same two or more parties, the same action, another one first: "China … is sending" against
  // "Russia … is sending". A passive ("… by North Korea") puts the doer last, so it is not compared.
  if (a.passive || b.passive || a.agentless !== b.agentless || a.action === null || a.action !== b.action) return false;
  const sameParties = a.parties.length >= 2 && a.parties.length === b.parties.length && a.parties.every((p) => b.parties.includes(p));
  if (sameParties && a.parties[0] !== b.parties[0]) return true;
  // "joined Nordvik after a decade at Sentra" against "joined Sentra after a decade at Nordvik": the same
  // doer, the same places, in other slots. Parties joined by "and" may come in any order.
  const sameObjects = a.objects.length >= 2 && a.objects.length === b.objects.length && a.objects.every((p) => b.objects.includes(p));
  return sameObjects && a.objects.some((p, i) => b.objects[i] !== p) && !a.coordinated && !b.coordinated;
}

// Where a new clause with its own subject may begin; not at every comma ("…, at 906,000", "At around 3.6%, the …")
// nor at every "and" ("trade between Russia and North Korea", "called after protests and held on a Sunday").
const CLAUSE_SPLIT =
  /;\s|\s[–—]\s|,?\s(?:while|whereas|where|as|although|though|adding that)\s|,\s(?:and|but)\s|\s(?:and|but)\s(?=(?:said|says|added|told|the|its|their|his|her)\s)/i;
/** The clause of a long sentence that holds most of a short claim's words, its figures aside. */
function holdingClause(long: string, short: readonly string[]): string {
  let best = long;
  let most = -1;
  const words = short.filter((w) => !/^\d/.test(w) && w !== "percent");
  for (const clause of long.split(CLAUSE_SPLIT)) {
    const held = containment(words, conceptTokens(clause));
    if (held > most) [best, most] = [clause, held];
  }
  return best;
}

/** Share of a's words and word pairs that b holds: how much of a short claim a long sentence contains. */
function containment(a: readonly string[], b: readonly string[]): number {
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
/**
 * Two claims whose words share less can still be the same when the same figures anchor them: every
 * figure that is not a year agrees, at least one does, and they name the same party ("Consumer prices in
 * Poland rose 3.4% in May" and "Polish annual inflation eased to 3.4 percent in May").
 */
export const ANCHORED_THRESHOLD = 0.15;

/** A whole number that reads as a year ("2024"), and a figure as written with thousands separators ("3,412"). */
const calendarYear = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2100;
const written = (figure: string) => Number(figure.replace(/,/g, ""));

// A year, or a span of time ("in five years", "the first six months"): when, not what is claimed.
const TIME_UNIT = new Set(["year", "month", "week", "day", "decade", "hour", "minute", "time"]);
const isYear = (f: ClaimParts["figures"][number]) => (calendarYear(f.value) && !f.approx) || TIME_UNIT.has(f.counts[0] ?? "");
/** Digits after the point: "6.75" has two. */
const decimals = (x: number) => (String(x).split(".")[1] ?? "").length;
/**
 * "6.75%" rounded to one place is "6.8%": a figure written to fewer decimal places agrees with the other rounded to
 * them. Whole numbers are not rounded ("1,240" is not "1,200" unless one says "about").
 */
const rounded = (x: number, y: number) => {
  const places = Math.min(decimals(x), decimals(y));
  if (places === 0 || decimals(x) === decimals(y)) return false;
  // Half up, as reports round: 6.75 is 6.8, and 0.25 is 0.3, not 0.2.
  const [fine, coarse] = decimals(x) > decimals(y) ? [x, y] : [y, x];
  const scale = 10 ** places;
  return Math.round(fine * scale + 1e-9) === Math.round(coarse * scale);
};
const nearValue = (x: number, y: number, approx: boolean) => (approx ? Math.abs(x - y) <= 0.1 * Math.max(x, y) : x === y || rounded(x, y));

/**
 * What `anchored` asks of the figures alone: every figure that is not a year has a partner near it on the
 * other side, and one counts the same thing (or a tally agrees). Read before the whole parse: most
 * candidates that share a figure count something else with it.
 */
function figuresAnchor(figuresA: ClaimParts["figures"], figuresB: ClaimParts["figures"]): boolean {
  const fa = figuresA.filter((f) => !isYear(f));
  const fb = figuresB.filter((f) => !isYear(f));
  if (fa.length === 0 || fb.length === 0) return false;
  const partner = (f: ClaimParts["figures"][number], others: ClaimParts["figures"]) => others.some((o) => nearValue(f.value, o.value, f.approx || o.approx));
  if (!fa.every((f) => partner(f, fb)) || !fb.every((f) => partner(f, fa))) return false;
  // At least one figure counts the same thing on both sides: "40 ships" and "40 schools" anchor nothing.
  // A tally ("84 to 61") counts nothing named, but two or more figures that agree exactly are as good.
  const tally = fa.length >= 2 && fa.length === fb.length && fa.every((f, i) => !f.approx && !fb[i].approx && f.value === fb[i].value);
  return tally || fa.some((f) => f.counts.length > 0 && fb.some((o) => sameFigure(f, o) && nearValue(f.value, o.value, f.approx || o.approx)));
}

function anchored(a: ClaimParts, b: ClaimParts): boolean {
  if (!figuresAnchor(a.figures, b.figures)) return false;
  const fa = a.figures.filter((f) => !isYear(f));
  const fb = b.figures.filter((f) => !isYear(f));
  const names = (p: ClaimParts) =>
    new Set([...p.parties, ...p.named, ...p.lead, ...p.tokens.filter((t) => (Object.hasOwn(CONCEPTS, t) && !ACTIONS.has(t)) || t.includes("-"))]);
  const nb = names(b);
  // Two figures that agree are anchor enough; one needs a party named in both, or is a figure few claims
  // hold ("71.4 per cent", "212 million") about a word both share ("turnout").
  // What the figures count ("euro") is no shared word: it comes with the figure. Nor may the claims name
  // different years ("the 2019 election" against "Sunday's vote").
  const countWords = new Set([...fa, ...fb].flatMap((f) => f.counts));
  // Nor is a verb of change ("rose", "raised"): it says what happened to the figure, not whose it is.
  const shared = a.tokens.filter(
    (w) =>
      b.tokens.includes(w) &&
      !countWords.has(w) &&
      !/^\d/.test(w) &&
      !STOP.has(w) &&
      !IDLE_WORDS.has(w) &&
      !MEASURE_WORDS.has(w) &&
      !TIME_WORDS.test(w) &&
      !ACTIONS.has(w),
  );
  const years = (p: ClaimParts) =>
    p.figures
      .filter(isYear)
      .map((f) => f.value)
      .sort()
      .join(" ");
  const rare = years(a) === years(b) && fa.some((f) => significantDigits(f.value) >= 3 && fb.some((o) => o.value === f.value && sameFigure(f, o)));
  // "Brazil" and "Brazilian" name one party.
  return Math.min(fa.length, fb.length) >= 2 || [...names(a)].some((n) => nb.has(n) || [...nb].some((m) => familyName(n, m))) || (rare && shared.length > 0);
}

// Years as written: "in 2019", "2020–24"; not "2,000 migrants", "$2050" or "1950 per cent".
const YEAR_WRITTEN = /(?<![\d,.$€£])\b(?:19|20)\d\d\b(?![,.]?\d)(?!\s*(?:%|percent|per cent))/g;
// "by the end of 2027" is "before 2028", as the words are compared (lib/tracking/similarity.ts).
const calendarYears = (text: string) => new Set([...text.replace(END_OF_YEAR, beforeNextYear).matchAll(YEAR_WRITTEN)].map((m) => m[0]));

/**
 * "The last stoppage, in 2019, lasted 34 days" against "…, in 2009, …": claims that both name years, none
 * of them the same, are of other times. Inside a longer sentence, the short claim's years must all be there.
 */
function yearsApart(short: string, long: string, inside: boolean): boolean {
  const [ys, yl] = [calendarYears(short), calendarYears(long)];
  if (ys.size === 0 || yl.size === 0) return false;
  // "in 2024 and 2025" against "in 2024": two years claimed, or one.
  const joined = (t: string, other: Set<string>) =>
    [...t.matchAll(/(?<!\bbetween\s+)\b((?:19|20)\d\d)\s*(?:,|and|&)\s*((?:19|20)\d\d)\b/gi)].some((m) => other.has(m[1]) !== other.has(m[2]));
  if (!inside && (joined(short, yl) || joined(long, ys))) return true;
  return inside ? [...ys].some((y) => !yl.has(y)) : ![...ys].some((y) => yl.has(y));
}

// "another 500 beds", "an extra 150 places", "10,000 more nurses": a figure added to what there is.
const ADDED =
  /\b(?:another|(?:an?\s+)?(?:additional|further|extra))\s+(?:about|some|nearly|around|roughly)?\s*[$€£]?\d|\d[\d,.]*\s*(?:million|billion|bn|m)?\s+(?:more|additional|extra|further)\b(?!\s+than)/i;
// "6,500 new teachers" may be "6,500 additional teachers"; "rose by 150" is "an extra 150".
const ADDED_ALIKE = /\d[\d,.]*\s*(?:million|billion|bn|m)?\s+new\b|\b(?:rose|risen|grew|grown|increased|up|climbed|jumped)\s+by\b/i;
/** "The hospital has 500 beds" against "The hospital needs another 500 beds": what there is, or what is added to it. */
const addedOnce = (a: string, b: string) => ADDED.test(a) !== ADDED.test(b) && !ADDED_ALIKE.test(a) && !ADDED_ALIKE.test(b);

// "last year", "the coming season": a period named by where it lies from now.
const PERIOD_FROM_NOW = /\b(last|next|this|past|coming|previous)\s+(year|month|week|quarter|season|decade|term|summer|winter|spring|autumn|weekend)\b/gi;
const FROM_NOW: Record<string, string> = { past: "last", previous: "last", coming: "next" };
/** "a deficit of 4% this year" against "4% last year": the same kind of period, another one. */
function periodsApart(a: string, b: string): boolean {
  const periods = (t: string) => new Map([...t.matchAll(PERIOD_FROM_NOW)].map((m) => [m[2].toLowerCase(), FROM_NOW[m[1].toLowerCase()] ?? m[1].toLowerCase()]));
  const [pa, pb] = [periods(a), periods(b)];
  return [...pa].some(([unit, which]) => pb.has(unit) && pb.get(unit) !== which);
}

/** "grew by 3.1% in 2024" against "grew by 3.1% between 2020 and 2024": one year, or a period ending in it. */
const ADDED_UP = /\b(?:cumulative(?:ly)?|in total|altogether|a total of)\b/i;
function rangeAdded(a: string, b: string): boolean {
  const inA = calendarYears(a);
  // "2020–24" and "2020/21" name the second year too.
  for (const m of a.matchAll(/\b((?:19|20)\d)\d\s*[-–/]\s*(\d\d)\b/g)) inA.add(m[1].slice(0, 2) + m[2]);
  // Only against a single year ("in 2024"), not "in the five years to 2024"; and a span of more than a year:
  // "rose 5% in 2024" is "rose 5% from 2023 to 2024".
  const single = (year: string) => new RegExp(`\\b(?:in|during)\\s+${year}\\b`).test(a);
  return [
    ...b.matchAll(/\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|through|thru)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b/g),
  ].some((m) => {
    const [from, to] = m[1] ? [m[1], m[2]] : [m[3], m[4].length === 2 ? m[3].slice(0, 2) + m[4] : m[4]];
    // "… by a cumulative 5.25 points between 2023 and 2024" adds up two years, even next to each other.
    if (Number(to) - Number(from) < (ADDED_UP.test(b) ? 1 : 2)) return false;
    return inA.has(from) !== inA.has(to) && ((inA.has(to) && single(to)) || (inA.has(from) && single(from)));
  });
}

/** "71.4" and "212,000,000" have three significant digits; "43" and "2,300,000" two. */
const significantDigits = (n: number) => String(n).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;

/** The word a figure is about: the first content word of its clause ("Rents … have risen 38%"). */
function figureSubjects(text: string, nearest = false, units?: Map<number, string>): Map<number, string> {
  const out = new Map<number, string>();
  let before: string | undefined;
  for (const clause of text.split(/,\s|;|\bwhile\b|\bwhereas\b|\band\b/i)) {
    const words = normalizeClaimText(clause).map(concept);
    // "Sales climbed to NOK 14.6bn, an increase of 12 percent", "…, from 3.6% in February": a change or a
    // comparison hung on a clause is its subject's ("…, rising 12% in Bergen" may be another subject's).
    const opening = words.find((w) => !/^\d/.test(w));
    const first = opening && before && HUNG_ON_CLAUSE.test(clause) ? before : opening;
    before = first;
    const found = figures(clause);
    for (const f of found) {
      // "puts the Social Democrats on 31%": the nearest word before the figure that is no verb, nor the unit
      // of another figure ("rose 12% to 14.6 billion": not "percent").
      const at = words.findIndex((w) => w === String(f.value));
      const near = words
        .slice(0, Math.max(0, at))
        .reverse()
        .find((w) => !/^\d/.test(w) && !VERBISH.test(w) && !ACTIONS.has(w) && !found.some((g) => g.counts[0] === w));
      const subject = nearest ? near : first;
      if (subject && !isYear(f)) out.set(f.value, subject);
      units?.set(f.value, f.counts[0] ?? "");
    }
  }
  return out;
}

const HUNG_ON_CLAUSE =
  /^\s*(?:(?:an?|the)\s+(?:increase|rise|jump|gain|drop|fall|decline|decrease|cut|reduction)\s+of|(?:(?:up|down)\s+)?from|up|down|compared\s+(?:with|to)|against|versus|after(?=\s+(?:about|some|nearly|almost|an?\s+)?[$€£]?\d))\b/i;

// "rose to 8%, up from 5%" against "rose to 5%, up from 8%": the value and what it is compared with trade places.
const BASELINE = /\b(?:from|after|compared\s+(?:with|to))\s+(?:about|some|nearly|almost|around|an?\s+)?[$€£]?(\d[\d,]*(?:\.\d+)?)/gi;
function baselineSwapped(a: string, b: string): boolean {
  const read = (t: string) => {
    const base = new Set([...t.matchAll(BASELINE)].map((m) => written(m[1])));
    const all = [...t.matchAll(/(?<![\d.])\d[\d,]*(?:\.\d+)?/g)].map((m) => written(m[0]));
    return { base, other: new Set(all.filter((v) => !base.has(v) && !calendarYear(v))) };
  };
  const [x, y] = [read(a), read(b)];
  return [...x.base].some((v) => y.other.has(v)) && [...y.base].some((v) => x.other.has(v));
}

/**
 * "Rents have risen 38% while wages have risen 14%" against the other way round: the figures change hands.
 * Read with the nearest word before each figure, only an exchange both ways counts (x is S's in one claim
 * and T's in the other, and a figure T's in the first is S's in the other): the nearest word is often no
 * subject ("aid to some 160,000 farms" against "drought aid totalling 1.1 billion"). Read with each clause's
 * first word, a figure that goes to a subject the first claim never names while its subject keeps another
 * figure ("Revenue rose 12% to 14.6 billion" against "… while costs rose 12%") has changed hands too.
 */
function figuresSwapped(a: string, b: string, nearest = false): boolean {
  if (!nearest && figuresSwapped(a, b, true)) return true;
  const unitsB = new Map<number, string>();
  const sa = figureSubjects(a, nearest);
  const sb = figureSubjects(b, nearest, unitsB);
  const bySubject = (m: Map<number, string>, subject: string) => [...m].filter(([, s]) => s === subject).map(([v]) => v);
  const named = nearest ? null : new Set(normalizeClaimText(a).map(concept));
  for (const [value, subject] of sa) {
    const other = sb.get(value);
    if (!other || other === subject) continue;
    const kept = bySubject(sb, subject).filter((v) => v !== value);
    // Read by the nearest word, a subject that keeps another figure of the same kind has traded ("31%, 22% and
    // 15%" handed round three parties); one of another kind has not ("aid to some 160,000 farms", "aid totalling
    // 1.1 billion zlotys").
    const sameKind = nearest && kept.some((v) => unitsB.get(v) === unitsB.get(value));
    if (kept.some((v) => sa.get(v) === other) || sameKind || (named && !named.has(other) && kept.length > 0)) return true;
  }
  return false;
}

/**
 * "moved 3 million euros from the club to two private accounts" against "… from two private accounts to the
 * club": what went from one place to the other went the other way.
 */
// A place or party: no comma, colon or semicolon, and a full stop only inside a figure or an abbreviation ("3.5%", "U.S.").
const END = String.raw`(?:[^,.;:]|\.(?=\d|\p{Lu}\.))`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+(${END}{1,60}?)\s+to\s+(${END}{1,60})`, "giu");
const TO_FROM = new RegExp(String.raw`\bto\s+(${END}{1,60}?)\s+from\s+(${END}{1,60})`, "giu");
function directionReversed(a: string, b: string): boolean {
  const words = (t: string) => new Set(normalizeClaimText(t).map(concept));
  // "to Y from X" is "from X to Y".
  const ends = (t: string) => [
    ...[...t.matchAll(FROM_TO)].map((m) => [words(m[1]), words(m[2])]),
    ...[...t.matchAll(TO_FROM)].map((m) => [words(m[2]), words(m[1])]),
  ];
  const meet = (x: Set<string>, y: Set<string>) => [...x].some((w) => y.has(w));
  return ends(a).some(([fromA, toA]) => ends(b).some(([fromB, toB]) => meet(fromA, toB) && meet(toA, fromB) && !meet(fromA, fromB) && !meet(toA, toB)));
}

export type Match = { score: number; same: boolean; blockedBy: "negation" | "roles" | "figures" | "wording" | null };

/**
 * Values that exclude each other: one put in place of another in otherwise close wording is another
 * claim ("killed" for "wounded", "convicted" for "acquitted", "per year" for "in total", "rose" for
 * "fell", "banned" for "allowed"). Only these: a word changed for one outside its class ("rescued" for
 * "saved", "crowded" for "busy") is how paraphrases are written. Words are stems, folded by CONCEPTS.
 */
const CONTRASTS: string[][] = [
  ["rise", "fall"],
  ["higher", "lower"],
  ["larger", "smaller"],
  ["bigger", "smaller"],
  ["greater", "smaller", "lesser"],
  ["better", "worse"],
  ["faster", "slower"],
  ["above", "below"],
  ["highest", "lowest"],
  ["largest", "smallest"],
  ["most", "least"],
  ["first", "last"],
  // Ordinals are written as figures by then ("first" is "1st"): "the first quarter" is not the fourth or the last.
  ["1st", "2nd", "3rd", "4th"],
  // "the last quarter" may be the fourth: it is only another than the first three.
  ["1st", "2nd", "3rd", "last"],
  ["convicted", "acquitted", "cleared", "innocent", "admitted"],
  ["death", "wounded", "injured", "missing", "rescue", "displaced", "arrest", "evacuated", "affected"],
  ["case", "death", "infection", "hospitalisation", "hospitalization"],
  ["rise", "cut"],
  ["rise", "reduce"],
  // "fewer" and "less" say the same; either is not "more".
  ["more", "fewer"],
  ["more", "less"],
  ["banned", "allowed", "permitted", "legal"],
  ["approve", "rejected", "vetoed"],
  ["sign", "veto"],
  // What a company earns is not what it sells: "a net profit of 210 million" against "revenue of 210 million".
  ["profit", "revenue"],
  ["won", "lost"],
  ["held", "collapse"],
  ["succeeded", "failed"],
  ["surplus", "deficit"],
  ["support", "opposed", "oppose"],
  // "is in line with the agreement" against "breaches the agreement"; "attended" against "stayed away from".
  ["violate", "comply"],
  ["attend", "attended", "skipped", "boycotted", "missed"],
  ["gained", "lost"],
  ["earned", "lost"],
  // "added 500 flights" against "scrapped 500 flights"; a rate left alone against one moved.
  // Each pair is two values of one class: "scrapped" and "cancelled", "cut" and "reduce" say the same.
  ...["scrapped", "cancelled", "cut", "suspended", "withdrew", "withdrawn", "fall"].map((w) => ["added", w]),
  // A bill passed against one defeated; a rate paused against one moved.
  ["approve", "defeated"],
  ...["rise", "reduce", "cut", "hiked", "lifted"].map((w) => ["paused", w]),
  // ("hold" elections is no rate held: against "fell apart" it says nothing.)
  ...["unchanged", "hold", "steady"].flatMap((still) =>
    ["rise", "reduce", "cut", "hiked", "lifted", ...(still === "hold" ? [] : ["fall"])].map((moved) => [still, moved]),
  ),
  // "The president signed the law" against "refused to sign the law".
  ["sign", "refused"],
  // "topped 2 million" (more than) against "fell short of 2 million".
  ["more", "short"],
  // "revenue beat expectations" against "fell short of" or "missed" them.
  ...["beat", "beating", "exceed", "exceeded", "topped", "surpassed", "outperformed"].flatMap((over) =>
    ["short", "missed", "undershot", "trailed"].map((under) => [over, under]),
  ),
  ["supply", "produced", "manufactured"],
  ["arrest", "charged", "convicted", "released"],
  ["began", "ended"],
  ["opened", "closed"],
  ["year", "quarter", "month", "week", "day", "total", "decade"],
  ["yearly", "quarterly", "monthly", "weekly", "daily"],
  ["true", "false"],
];
const CONTRAST_CLASSES = new Map<string, number[]>();
CONTRASTS.forEach((words, i) => words.forEach((w) => CONTRAST_CLASSES.set(w, [...(CONTRAST_CLASSES.get(w) ?? []), i])));

/** A value of one class in one claim and another value of the same class in the other, in close wording. */
function contrasted(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  const onlyA = [...sa].filter((w) => !sb.has(w));
  const onlyB = [...sb].filter((w) => !sa.has(w));
  return onlyA.some((w) => (CONTRAST_CLASSES.get(w) ?? []).some((c) => onlyB.some((x) => x !== w && (CONTRAST_CLASSES.get(x) ?? []).includes(c))));
}

// Words of the report, not of the claim ("said", "according to"); hedges of a figure ("over", "more
// than"); verbs and nouns that carry no claim of their own ("took place", "made", "the number of").
const IDLE_WORDS = new Set([
  ...["said", "say", "says", "saying", "told", "according", "added", "announced", "reported", "confirmed", "stated"],
  ...["nearly", "almost", "about", "around", "roughly", "some", "over", "more", "than", "just", "least", "up", "estimated"],
  ...["make", "made", "making", "take", "took", "taken", "place", "saw", "see", "number", "total"],
]);

// Endings that make another word of the same family ("elect", "election"; "Italy", "Italian").
const FAMILY_ENDING = /^(?:d|ed|s|es|ing|ion|ation|ment|er|ers|or|al|ian|an|n|ese|ish|i|ity)$/;

/** Two words of one family ("elect", "election"; "fine", "fined") or WordNet relatives ("cut", "reduce"). */
export const related = (a: string, b: string): boolean => {
  if (sameFamily(a, b, FAMILY_ENDING) || synonymous(a, b)) return true;
  // A concept stands for the words folded onto it ("receive" for "bought"): any of them may be the
  // synonym of a word no concept holds. Two concepts are two things ("fall" is not "cut").
  const isConcept = (w: string) => Object.hasOwn(CONCEPTS, w);
  const [folded, plain] = isConcept(a) ? [a, b] : [b, a];
  return isConcept(folded) && !isConcept(plain) && CONCEPTS[folded].some((member) => synonymous(member, plain));
};

/**
 * b's words, each that a does not hold put as a's word when the two are related ("reduce" for "cut"),
 * so that a paraphrase in synonyms scores as close as one in the same words. The changed words are
 * still judged (substituted, the figures, the roles).
 */
function alignedTo(a: readonly string[], b: readonly string[]): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  const free = [...sa].filter((w) => !sb.has(w) && !/^\d/.test(w) && !STOP.has(w));
  return b.map((w) => (sa.has(w) || /^\d/.test(w) || STOP.has(w) ? w : (free.find((x) => related(x, w) || broader(x, w)) ?? w)));
}

/**
 * Close wording with a word put in place of another that is neither its synonym nor of its family:
 * "upheld the ban" against "struck down the ban", "killed 140 children" against "infected 140
 * children", "record high" against "record low". A paraphrase replaces words by synonyms, or says the
 * claim in other words altogether; a near copy with one word changed says another thing. A name WordNet
 * does not know is left to the other checks (roles, figures).
 */
export function substituted(a: readonly string[], b: readonly string[], converse = false, counted: Set<string> = new Set()): boolean {
  // What a figure counts ("312 votes") is judged with the figure, not as a word put in place of another.
  const content = (w: string) => !/^\d/.test(w) && !STOP.has(w) && !IDLE_WORDS.has(w);
  const sa = new Set(a.filter(content));
  const sb = new Set(b.filter(content));
  const onlyA = [...sa].filter((w) => !sb.has(w) && !counted.has(w));
  const onlyB = [...sb].filter((w) => !sa.has(w) && !counted.has(w));
  const shared = [...sa].filter((w) => sb.has(w)).length;
  if (onlyA.length === 0 || onlyB.length === 0 || onlyA.length > 3 || onlyB.length > 3 || shared < 2) return false;
  // "The gap was widening" against "… narrowing": an antonym in a short claim too.
  if (onlyA.some((w) => onlyB.some((o) => opposed(w, o)))) return true;
  if (shared < 3) return false;
  // "shipped to Russia" and "Russia received": the same act seen from its other end.
  // A broader term ("deal" for "agreement", "scorched" for "burned") and another measure of the same thing
  // ("the smoking rate", "the share who smoke") say it too.
  const explains = (x: string, y: string) =>
    related(x, y) || broader(x, y) || (MEASURE_WORDS.has(x) && MEASURE_WORDS.has(y)) || (converse && [x, y].includes("supply") && [x, y].includes("receive"));
  const unexplainedA = onlyA.filter((w) => !onlyB.some((o) => explains(w, o)));
  const unexplainedB = onlyB.filter((w) => !onlyA.some((o) => explains(w, o)));
  // A near copy: one word changed for another. More changed words are another way of saying it, and the other
  // checks (figures, roles, negation) judge it.
  const near = unexplainedA.length + unexplainedB.length <= 2;
  return near && unexplainedA.some(known) && unexplainedB.some(known);
}

/**
 * The longer claim names a second place or party beside one of the shorter's: "killed 23 people in
 * Vietnam" against "killed 23 people in Vietnam and the Philippines" counts something else.
 */
function widened(short: ClaimReader, long: ClaimReader): boolean {
  if (!short.tokens.some((w) => /^\d/.test(w))) return false;
  const own = new Set(short.tokens);
  if (listed(short, long)) return true;
  for (const m of long.text.matchAll(/([\p{L}’'-]{1,40})\s+(?:and|or|as well as)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]{0,40})/gu)) {
    // "trade between Russia and North Korea" is the pair the shorter claim also names.
    if (short.text.toLowerCase().includes(m[0].toLowerCase())) continue;
    // "the Competition and Markets Authority" is one institution's name, not two things.
    const rest = long.text.slice((m.index ?? 0) + m[0].length);
    if (INSTITUTION_NAME_GOES_ON.test(rest)) continue;
    const [before, after] = [m[1], m[2]].map((w) => concept(stemWord(w.toLowerCase())));
    if (own.has(before) && !own.has(after) && !STOP.has(after)) return true;
  }
  return false;
}

// What follows "X and Y" when the three are one institution's name: "… Markets Authority".
const INSTITUTION_NAME_GOES_ON = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,2}${INSTITUTION_WORD.source.replace(/^\\b/, "")}`, "u");

// A figure and what it counts, then "and" and a second figure with its own count: "38 technology companies and 12
// universities", "120 lorries as well as 40 buses".
const NUMBER = String.raw`(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)`;
const FIGURES_JOINED = new RegExp(String.raw`(?<![\w.,])(\d[\d,.]*)\s+(?:[\p{L}’'-]+\s+){1,3}?(?:and|as well as|plus)\s+(${NUMBER})\s+\p{L}`, "giu");
/**
 * One claim counts a second thing beside the figure both hold: "represents 38 technology companies" against
 * "represents 38 technology companies and 12 universities". Its whole is another (50 members, not 38), even when the
 * shorter claim's words run on inside it.
 */
function figureJoined(a: string, b: string): boolean {
  const said = (text: string, figure: string) => new RegExp(String.raw`(?<![\w.,])${figure.replace(/[.]/g, "\\.")}(?![\w]|[.,]\d)`, "i").test(text);
  for (const m of b.matchAll(FIGURES_JOINED)) if (said(a, m[1]) && !said(a, m[2])) return true;
  return false;
}

// Things listed after a preposition, in lower case: "of drug plants and medical device makers", "of kidney failure,
// dialysis or death". Names in capitals are widened()'s.
const ITEM = String.raw`[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}`;
const LISTED_AFTER = new RegExp(String.raw`\b(?:of|on|in|at|for|against|among|from)\s+(?:the\s+)?(${ITEM}(?:,\s+${ITEM})*,?\s+(?:and|or)\s+${ITEM})`, "gu");
/** The tagged words of a text (read in their sentence) that stand between two offsets. */
function wordsAt(text: string, from: number, to: number): Term[] {
  const out: Term[] = [];
  let at = 0;
  for (const t of termsOf(text)) {
    const found = t.text ? text.indexOf(t.text, at) : -1;
    if (found < 0) continue;
    at = found + (t.text?.length ?? 0);
    if (found >= from && found < to) out.push(t);
  }
  return out;
}
/**
 * The longer claim counts one more kind of thing in the figure both give: "carried out 214 inspections of drug plants"
 * against "… of drug plants and medical device makers", "cut the risk of death by 33 percent" against "the risk of
 * kidney failure, dialysis or death". One item is the shorter claim's, another's head word is not in it.
 */
function kindAdded(short: ClaimReader, long: ClaimReader): boolean {
  const own = new Set(short.tokens);
  for (const m of long.text.matchAll(LISTED_AFTER)) {
    // "recalled 120,000 jars of baby food and alerted regulators": "and" opens a clause there, not another item.
    const last = m[1].split(/\s+(?:and|or)\s+/).at(-1) ?? "";
    const end = (m.index ?? 0) + m[0].length;
    // The tagger reads "informed food inspectors" as an adjective: a word in -ed or -ing opening the item is taken for
    // a verb too, and "last year" for no verb.
    const words = wordsAt(long.text, end - last.length, end).filter((t) => !TIME_WORDS.test(t.normal) && !t.tags.has("Date"));
    if (/^(?:that|which|who|then|also)\b/.test(last) || words.some((t) => t.tags.has("Verb")) || /^[\p{Ll}-]+(?:ed|ing)\b/u.test(last)) continue;
    const items = m[1]
      .split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
      .map((item) => conceptTokens(item).filter((w) => !/^\d/.test(w) && !TIME_WORDS.test(w)))
      .filter((item) => item.length > 0);
    // Another item's head, its last word, is not the shorter claim's ("home-help agencies" beside "care homes").
    if (items.some((item) => item.every((w) => own.has(w))) && items.some((item) => !own.has(item[item.length - 1]))) return true;
  }
  return false;
}

/** Each figure of a text with the head noun of the phrase after it: "60 rural drug shops" counts shops. */
function countedHeads(text: string): Map<string, string> {
  const terms = termsOf(text);
  const out = new Map<string, string>();
  terms.forEach((t, i) => {
    // A share ("77% effective") says how much, not how many of what.
    if (!t.tags.has("Value") || t.tags.has("Percent") || !/^\d/.test(t.normal)) return;
    let head: Term | undefined;
    for (let k = i + 1; k < Math.min(terms.length, i + 7); k++) {
      const w = terms[k];
      // The tagger takes "plants" after "power" for a verb: a plural after a noun or an adjective is a noun.
      const plural = /s$/.test(w.normal) && !w.tags.has("PastTense") && !!head && (head.tags.has("Noun") || head.tags.has("Adjective"));
      if ((w.tags.has("Verb") && !plural && !w.tags.has("Hyphenated")) || w.tags.has("Pronoun") || w.tags.has("Date") || w.tags.has("Value")) break;
      if (!(w.tags.has("Noun") || w.tags.has("Adjective") || plural)) break;
      // "38 drones overnight", "effective against": a time or a preposition (the tagger may call it an adjective) ends it.
      if (
        TIME_WORDS.test(w.normal) ||
        /^(?:overnight|daily|weekly|ago|yearly|annually|against|of|in|on|at|for|with|from|to|by|than|per|over|under|across)$/.test(w.normal)
      )
        break;
      head = w;
      // A comma or a full stop after the word ends the phrase; a hyphen ("coal-fired") does not.
      if (/[^\s-]/.test(w.post ?? "")) break;
    }
    // "housing units", "places": a word for one of anything names no other thing than "homes".
    if (head && head !== terms[i + 1] && !/^(?:units?|items?|pieces?|places?|ones?)$/.test(head.normal))
      out.set(t.normal.replace(/,/g, ""), concept(stemWord(head.normal)));
  });
  return out;
}
/**
 * The same figure, the same first word after it, another thing counted at the phrase's end: "14 of the 60 rural
 * drug shops inspected" against "14 of the 60 rural districts inspected". What the figure counts is the phrase's
 * head; the word after the figure may only describe it.
 */
function headsDiffer(a: string, b: string): boolean {
  const [ha, hb] = [countedHeads(a), countedHeads(b)];
  for (const [value, head] of ha) {
    const other = hb.get(value);
    if (other && other !== head && !related(other, head) && !synonymous(other, head)) return true;
  }
  return false;
}

// "<what> was <figure>": the thing a figure is, said before the verb that gives it ("Inflation in Chile was 3.8%").
const FIGURE_IS =
  /^(.{2,80}?)\s+(?:was|is|were|are|stood at|stands at|remained|remains|came in at|reached)\s+(?:at\s+)?(?:(?:about|around|nearly|almost|roughly|some|just|over|under)\s+)?[$€£]?\d/i;
// A reporting frame before the subject of "<what> was <figure>": "researchers reported that", "According to the bank,".
const SUBJECT_FRAME =
  /^(?:.*\b(?:said|says|reported|reports|found|finds|showed|shows|announced|estimated|estimates|noted|added|stated|confirmed|concluded|wrote|writes)\s+(?:on\s+\w+\s+)?that\s+|according\s+to\s+[^,]{1,80},\s+)/i;
// Words that say how a figure is given, not of what: "annual inflation" and "headline inflation" are inflation.
const SAME_THING = /^(?:headline|official|annual|annualised|annualized|yearly|overall|average|total|year|consumer|price)$/;
/**
 * The same figure of a narrower thing: "Inflation in Chile was 3.8%" against "Core inflation in Chile was 3.8%".
 * Each says what has the figure before "was"; one adds a word to the other's. A copula has no verb for the roles to
 * compare (subjectDiffers), and the tagger may read the added word as one ("Core").
 */
function figureOfNarrower(a: string, b: string): boolean {
  const [ma, mb] = [FIGURE_IS.exec(a), FIGURE_IS.exec(b)];
  if (!ma || !mb) return false;
  // What has the figure starts after a frame: "In a paper published on Thursday, researchers reported that the vaccine
  // was 91%", "According to the bank, core inflation was …". Only a frame: "Among women, unemployment" and "Inflation
  // that excludes food" keep what narrows them.
  const thing = (before: string) => before.replace(SUBJECT_FRAME, "");
  const [wa, wb] = [conceptTokens(thing(ma[1])), conceptTokens(thing(mb[1]))];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0 || !short.every((w) => long.includes(w))) return false;
  const extra = long.filter((w) => !short.includes(w) && !MEASURE_WORDS.has(w) && !TIME_WORDS.test(w) && !SAME_THING.test(w) && !/^\d/.test(w));
  return extra.length > 0;
}

/** "met the standard in reading" against "in reading, writing and maths": a list where the shorter has one item. */
function listed(short: ClaimReader, long: ClaimReader): boolean {
  if (!short.tokens.some((w) => /^\d/.test(w))) return false;
  const own = new Set(short.tokens);
  for (const m of long.text.matchAll(
    /\b(?:in|of|for|on|at|across|among)\s+([\p{Ll}’'-]{1,40}),\s+([\p{Ll}’'-]{1,40}),?\s+(?:and|or)\s+([\p{Ll}’'-]{1,40})/gu,
  )) {
    const [first, ...rest] = [m[1], m[2], m[3]].map((w) => concept(stemWord(w)));
    if (own.has(first) && rest.some((w) => !own.has(w) && !STOP.has(w))) return true;
  }
  return false;
}

// Where a thing is: "… at its Rostova engine plant", "… in the northern provinces".
const PLACE_NOUN =
  /^(?:plant|factory|site|mine|port|office|branch|unit|division|region|province|county|district|city|town|village|country|school|hospital|prison|camp|north|south|east|west|northern|southern|eastern|western|capital|border|coast)s?$/;

/**
 * The shorter claim word for word with a place added: "Kestrel Motors will cut 2,300 jobs" against "… jobs at
 * its Rostova engine plant". The figure then counts a part of the whole. A time added ("in 2024") is no place.
 */
function placeAdded(short: ClaimReader, long: ClaimReader): boolean {
  if (!short.tokens.some((w) => /^\d/.test(w))) return false;
  const [ws, wl] = [claimWords(short.text), claimWords(long.text)];
  let i = 0;
  while (i < ws.length && ws[i] === wl[i]) i++;
  let j = 0;
  while (j < ws.length - i && ws[ws.length - 1 - j] === wl[wl.length - 1 - j]) j++;
  if (i + j !== ws.length || i === 0) return false;
  const added = wl.slice(i, wl.length - j);
  if (added.length < 2 || added.length > 6 || !/^(?:at|in|across|among)$/.test(added[0])) return false;
  // ", in a blow to Detroit": an aside after a comma, not where the thing is.
  if (new RegExp(`,\\s*${added[0]}\\s+${added[1].replace(/[^\\p{L}\\d]/gu, ".")}`, "iu").test(long.text)) return false;
  const capitalised = new Set(claimWordsOfNames(long.text));
  return added.slice(1).some((w) => !TIME_WORDS.test(w) && !/^\d/.test(w) && !/^(?:q[1-4]|h[12])$/.test(w) && (PLACE_NOUN.test(w) || capitalised.has(w)));
}

/** The words of a text that are written with a capital inside it (names), in claimWords' form. */
const claimWordsOfNames = (text: string) => [...text.matchAll(/(?<=\s)\p{Lu}[\p{L}’'-]*/gu)].flatMap((m) => claimWords(m[0]));

// Where a thing is: a preposition of place, then up to five words to the next break ("at its plant in Leuven",
// "across the Port of Kelmar", "on Gloucester Road").
const WHERE =
  /\b(?:at|in|on|across|throughout|outside|inside)\s+((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)(?=\s*(?:[,.;:]|$|\s(?:last|this|next|since|after|before|when|while|during|over|from|to|by|for|with|as|and|but)\b|\s\d))/giu;
/** The places a text puts its figure in, after "at", "in", "across" …: each its names, or its word for a place. */
function placesOf(text: string): string[][] {
  const names = new Set(claimWordsOfNames(` ${text}`));
  const out: string[][] = [];
  for (const m of text.matchAll(WHERE)) {
    // "the Zambian capital", "New Zealand's largest city": a place told by what it is, which may be the other's name.
    if (/\b(?:capital|largest|biggest|second|third|main|home)\b/i.test(m[1])) continue;
    const words = conceptTokens(m[1]).filter((w) => !TIME_WORDS.test(w) && !/^\d/.test(w));
    // The place is its name where it has one ("its brewery in Dundee" is Dundee), else its word for a place.
    const named = words.filter((w) => names.has(w));
    const place = named.length > 0 ? named : words.filter((w) => PLACE_NOUN.test(w));
    if (place.length > 0) out.push(place);
  }
  return out;
}
/**
 * The same figure in another place: "employs 1,200 people at its plant in Leuven" against "at its plants across
 * Belgium", "surveyed 400 shop owners on Gloucester Road" against "across Bristol". Both say where, and no word of
 * either's place is anywhere in the other claim.
 */
function elsewhere(a: ClaimReader, b: ClaimReader): boolean {
  const [pa, pb] = [placesOf(a.text), placesOf(b.text)];
  if (pa.length === 0 || pb.length === 0) return false;
  // A place's word anywhere in the other claim ("at Halvorsen Foods" where the other names the company; "European"
  // and "Europe" share their first five letters) is the same place said otherwise.
  const alike = (w: string, v: string) => w === v || related(w, v) || (w.length >= 5 && v.length >= 5 && w.slice(0, 5) === v.slice(0, 5));
  const found = (places: string[][], tokens: readonly string[]) => places.some((p) => p.some((w) => tokens.some((v) => alike(w, v))));
  return !found(pa, b.tokens) && !found(pb, a.tokens);
}

/** "over the past five years" against "over the past year": a span of time counted in one, not the other. */
const otherSpan = (a: ClaimParts, b: ClaimParts) =>
  a.figures.some(
    (f) => f.value !== 1 && TIME_UNIT.has(f.counts[0] ?? "") && b.tokens.includes(f.counts[0]) && !b.figures.some((g) => g.counts[0] === f.counts[0]),
  );

// "has grown to 640,000" against "has grown by 640,000": a level against a change of that size.
// A currency may be written with its country's letters: "C$3.4 billion", "US$20 million".
const LEVEL_OR_CHANGE = /\b(to|by)\s+(?:about|some|nearly|almost|around|more than|over|just over|roughly)?\s*(?:[a-z]{1,3}\$|[$€£])?(\d[\d,]*(?:\.\d+)?)/gi;
function levelAgainstChange(a: string, b: string): boolean {
  // A year after "to" or "by" ("in the four years to 2024", "by 2024") is when, not a level or a change.
  const read = (t: string) =>
    new Map([...t.matchAll(LEVEL_OR_CHANGE)].map((m) => [written(m[2]), m[1].toLowerCase()] as const).filter(([value]) => !calendarYear(value)));
  const [x, y] = [read(a), read(b)];
  return [...x].some(([value, word]) => y.has(value) && y.get(value) !== word);
}

// "fell 9% on Monday" against "fell 9% in the past month": a day against a period.
const DAY = /\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today(?!['’]s)|yesterday)\b/i;
// "The ONS said on Tuesday that …": the day something was said is not when it happened.
const SAID_ON =
  /\b(?:said|says|showed|announced|reported|confirmed|told\s+\w+)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\b/gi;
const PERIOD =
  /\b(?:(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks?|months?|years?|quarters?|decades?)|(?:this|last)\s+(?:week|month|year|quarter)|so far this|year[- ]to[- ]date)\b/i;
export function dayAgainstPeriod(a: string, b: string): boolean {
  const [x, y] = [a.replace(SAID_ON, ""), b.replace(SAID_ON, "")];
  return (DAY.test(x) && !PERIOD.test(x) && PERIOD.test(y) && !DAY.test(y)) || (DAY.test(y) && !PERIOD.test(y) && PERIOD.test(x) && !DAY.test(x));
}

// "$41 million a day" is a rate; "$41 million since the strike began" a total. Only a period a few words after a
// figure makes it a rate: "a year earlier" is when, "once a month" after no figure is how often something else happens.
const RATE =
  /\b\d[\d.,]*(?:\s+\S+){0,4}?\s+(?:(?<!\b(?:in|into|within|for|over)\s)(?:a|an|per|each|every)\s+(day|week|month|year)(?![-\s]+(?:earlier|ago|before|after|later|previously|back|long|old|of|into)\b)|(dai)ly|(week|month|year)ly|b(p)d|per\s+(annum))\b/gi;
// Any mention of a period as a rate, the other claim's side: said anywhere, in any form ("every day of the strike").
const PERIOD_WORD =
  /\b(?:(?:a|an|per|each|every)\s+(day|week|month|year)|(dai)ly|(week|month|year)ly|b(p)d|(annual)(?:ly)?|per\s+(annum)|(year)[-\s]on[-\s]year)\b/gi;
const periodsIn = (text: string, re: RegExp) =>
  new Set([...text.matchAll(re)].map((m) => (m[1] ?? m[3] ?? (m[5] || m[6] || m[7] ? "year" : "day")).toLowerCase()));
/**
 * The same figure, once as a total and once as a rate ("a day"), or as rates over other periods: a period right after
 * one claim's figure that the other claim nowhere says ("annual rent increases … 2%" is "2% … yearly").
 */
export const rateAgainstTotal = (a: string, b: string) => {
  const [wa, wb] = [claimWords(a).join(" "), claimWords(b).join(" ")];
  const unsaid = (x: string, y: string) => {
    const said = periodsIn(y, PERIOD_WORD);
    return [...periodsIn(x, RATE)].some((p) => !said.has(p));
  };
  return unsaid(wa, wb) || unsaid(wb, wa);
};

const sharesFigure = (a: ClaimParts, b: ClaimParts) =>
  a.figures.some((f) => !isYear(f) && b.figures.some((g) => nearValue(f.value, g.value, f.approx || g.approx)));

/**
 * The same verb and the same words after it, but another subject: "Youth unemployment in South Africa
 * stands at 45%" against "Unemployment in South Africa stands at 45%".
 */
function subjectDiffers(a: ClaimParts, b: ClaimParts): boolean {
  if (a.action === null || a.action !== b.action || a.turned !== b.turned) return false;
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((w) => y.includes(w));
  if (!same(a.nounsAfter, b.nounsAfter) || a.nounsBefore.length === 0 || b.nounsBefore.length === 0) return false;
  // "Average rents" are rents: a word for how a thing is measured names no other subject.
  const measured = (x: string[]) => x.filter((w) => !MEASURE_WORDS.has(w));
  return !same(measured(a.nounsBefore), measured(b.nounsBefore));
}

const RELATION = new Set(["on", "against", "to", "from", "over", "with", "by", "than", "versus", "v", "into"]);

/**
 * The same words with two of them traded across a relation: "the opposition leader's attack on the
 * governor" against "the governor's attack on the opposition leader", "the ministry's lawsuit against
 * the union" against the other way round.
 */
function tradedAcross(a: string, b: string): boolean {
  const words = (t: string) => claimWords(t).map((w) => concept(stemWord(w)));
  const wa = words(a);
  const wb = words(b);
  const once = (list: string[], w: string) => list.indexOf(w) >= 0 && list.indexOf(w) === list.lastIndexOf(w);
  const content = [...new Set(wa)].filter((w) => !STOP.has(w) && !/^\d/.test(w) && once(wa, w) && once(wb, w));
  for (const x of content)
    for (const y of content) {
      const [ax, ay, bx, by] = [wa.indexOf(x), wa.indexOf(y), wb.indexOf(x), wb.indexOf(y)];
      // Traded across a relation close by ("X's attack on the Y"), not words far apart in the sentence.
      if (!(ax < ay && by < bx) || ay - ax > 5 || bx - by > 5) continue;
      // Nothing but a relation and its article between them: no verb, no figure ("rose to 7.6 million people").
      const relationBefore = (list: string[], from: number, to: number) =>
        list.slice(Math.max(from + 1, to - 2), to).some((w) => RELATION.has(w)) &&
        !list.slice(from + 1, to).some((w) => /^\d/.test(w) || ACTIONS.has(w) || VERBISH.test(w));
      if (relationBefore(wa, ax, ay) && relationBefore(wb, by, bx)) return true;
    }
  return false;
}

/**
 * Two names traded in the same frame: "Serbia handed the suspect over to the Bosnian authorities" against
 * "Bosnia handed the suspect over to the Serbian authorities". A demonym counts as its country's name
 * ("Serbian" is Serbia), and a name at the start of a sentence counts though no tagger calls it one.
 */
function namesTraded(a: string, b: string): boolean {
  return namesTradedInFrame(a, b) || namesTradedAroundTitles(a, b);
}

const foldName = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/(?<=[ie]a)n$/, "");

function namesTradedInFrame(a: string, b: string): boolean {
  const names = (t: string) =>
    [...t.matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu)]
      .filter((m) => !(m.index === 0 && STOP.has(m[0].toLowerCase())))
      .map((m) => ({ name: foldName(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const [na, nb] = [names(a), names(b)];
  if (na.length !== 2 || nb.length !== 2 || na[0].name === na[1].name) return false;
  if (na[0].name !== nb[1].name || na[1].name !== nb[0].name) return false;
  // The same words between the two names: the frame is the same, only who stands where has changed.
  const between = (t: string, n: typeof na) => t.slice(n[0].end, n[1].start).toLowerCase().replace(/\s+/g, " ").trim();
  return between(a, na) === between(b, nb) && !/\bby\b/.test(between(a, na));
}

/**
 * "Judge Ondřej Šimek dissented from the ruling backed by court president Karel Hrubý" against "Court
 * president Karel Hrubý dissented from the ruling backed by judge Ondřej Šimek": the same two people in
 * each other's place, with their titles moved along. A title before a name is no part of it; the claims
 * hold the same other words, and one's words between the names begin the other's.
 */
function namesTradedAroundTitles(a: string, b: string): boolean {
  const names = (t: string) =>
    [...t.matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu)].flatMap((m) => {
      const words = m[0].split(/\s+/);
      const titled = words.findIndex((w) => !titleWord(w));
      if (titled < 0) return [];
      const start = (m.index ?? 0) + (titled > 0 ? words.slice(0, titled).join(" ").length + 1 : 0);
      return [{ name: foldName(words.slice(titled).join(" ")), start, end: (m.index ?? 0) + m[0].length }];
    });
  // Only names both claims hold: "Court president Karel Hrubý" opens with a capital that names nobody.
  const [ra, rb] = [names(a), names(b)];
  const na = ra.filter((n) => rb.some((m) => m.name === n.name));
  const nb = rb.filter((n) => ra.some((m) => m.name === n.name));
  if (na.length !== 2 || nb.length !== 2 || na[0].name === na[1].name) return false;
  if (na[0].name !== nb[1].name || na[1].name !== nb[0].name) return false;
  const between = (t: string, n: typeof na) =>
    t
      .slice(n[0].end, n[1].start)
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w && !titleWord(w))
      .join(" ");
  const rest = (t: string) =>
    t
      .toLowerCase()
      .replace(/[.,;:!?]/g, "")
      .split(/\s+/)
      .filter((w) => w && !titleWord(w) && !na.some((x) => x.name.split(" ").includes(foldName(w))))
      .sort()
      .join(" ");
  const [fa, fb] = [between(a, na), between(b, nb)];
  // "is tied with", "met": the same claim either way round.
  if (/\b(?:with|and|met|meets|versus|vs|level|neck)\b/.test(`${fa} ${fb}`)) return false;
  return fa.split(" ").length >= 2 && fb.split(" ").length >= 2 && (fa.startsWith(fb) || fb.startsWith(fa)) && rest(a) === rest(b);
}

// "The capital saw a 12% drop in recorded crime": the place is the verb's subject, what changed its object.
const lightVerb = (text: string) =>
  /\b(?:saw|sees|see|seen|recorded|registered|experienced|suffered|posted|witnessed|reported)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:rise|fall|drop|increase|decrease|decline|jump|surge|slump|cut|reduction|growth|fall)\s+(?:in|of)\b/i.test(
    text,
  );

/** Near-identical wording with the nouns around the verb traded: "a network paid bribes to the officer". */
/**
 * Verbs that say one event from either side: "the airport handled 18.4 million passengers" is "18.4 million
 * passengers passed through the airport", "the outbreak infected 1,400 children" is "1,400 children caught
 * measles". With one of a pair in each claim, nouns in the other order are the same claim, not a swap.
 */
const CONVERSE: [RegExp, RegExp][] = [
  [/\binfect(?:s|ed|ing)?\b/i, /\b(?:caught|catch(?:es|ing)?|contract(?:s|ed|ing)?)\b/i],
  [/\bhandl(?:e|es|ed|ing)\b/i, /\bpass(?:es|ed|ing)? through\b/i],
  [/\bcarr(?:y|ies|ied|ying)\b/i, /\b(?:fl(?:ew|y|ies|own|ying)|travell?(?:ed|ing)?) (?:with|on)\b/i],
  [/\bspill(?:s|ed|t|ing)?\b/i, /\bleak(?:s|ed|ing)? (?:from|out of)\b/i],
  [/\bspen(?:d|ds|t|ding)\b/i, /\bcost(?:s|ing)?\b/i],
  [/\bemploy(?:s|ed|ing)?\b/i, /\bwork(?:s|ed|ing)? (?:for|at)\b/i],
  [/\b(?:welcom|attract)(?:e|es|ed|ing|s)\b/i, /\bvisit(?:s|ed|ing)?\b/i],
  [/\bhost(?:s|ed|ing)?\b/i, /\battend(?:s|ed|ing)?\b/i],
  [/\blen(?:d|ds|t|ding)\b/i, /\bborrow(?:s|ed|ing)?\b/i],
  [/\bsuppl(?:y|ies|ied|ying)\b/i, /\b(?:get|gets|got|draws?|drew)\b[^.;,]{0,40}\bfrom\b/i],
];
/** The words of such a pair of verbs as the two claims write them ("handled", "passed through"), or none. */
function converseWords(a: string, b: string): string[] {
  for (const [x, y] of CONVERSE)
    for (const [one, other] of [
      [x, y],
      [y, x],
    ]) {
      // One side of the pair in each claim, not both in one ("borrowed … from the bank, which lent it").
      const [ma, mb] = [one.exec(a), other.exec(b)];
      if (ma && mb && !other.test(a) && !one.test(b)) return [ma[0], mb[0]].map((verb) => concept(normalizeClaimText(verb)[0] ?? ""));
    }
  return [];
}

function nounsSwapped(a: ClaimParts, b: ClaimParts): boolean {
  const inter = (x: string[], y: string[]) => x.some((w) => y.includes(w));
  const only = (x: string[], y: string[]) => x.filter((w) => !y.includes(w));
  // A passive without "by" names no doer: what comes after its verb is no swapped subject.
  if (doerUnsaid(a, b) && !a.passive && !b.passive) return false;
  // The same verb in both (and the same voice): compare the nouns where they are written.
  const written = a.action === b.action && a.turned === b.turned;
  const [as, ao, bs, bo] = written
    ? [a.nounsBefore, a.nounsAfter, b.nounsBefore, b.nounsAfter]
    : [a.subjectNouns, a.objectNouns, b.subjectNouns, b.objectNouns];
  return inter(only(as, ao), only(bo, bs)) && inter(only(ao, as), only(bs, bo)) && !inter(only(as, ao), only(bs, bo));
}

/**
 * "sold dollars to buy crowns" against "sold crowns to buy dollars", "converted euros into dollars": two things
 * traded one for the other, in the other order.
 */
const EXCHANGE = /\b([a-z][a-z-]+)\s+(?:to\s+(?:buy|purchase|acquire)|in\s+exchange\s+for|into|for)\s+(?:(?:the|its|their|some|more)\s+)?([a-z][a-z-]+)\b/gi;
const TRADE =
  /\b(?:sold|sell|sells|selling|bought|buy|buys|buying|swapped|swap|swaps|exchanged|exchange|exchanges|converted|convert|converts|traded|trade|trades)\b/i;
const SPAN_OF_TIME = /^(?:year|month|week|day|hour|decade|minute|time)s?$/;
export function exchangeTurned(a: string, b: string): boolean {
  if (!TRADE.test(a) || !TRADE.test(b)) return false;
  const pairs = (t: string) =>
    [...t.matchAll(EXCHANGE)]
      .filter((m) => !SPAN_OF_TIME.test(m[1].toLowerCase()) && !SPAN_OF_TIME.test(m[2].toLowerCase()))
      .map((m) => [stemWord(m[1].toLowerCase()), stemWord(m[2].toLowerCase())] as const);
  const pb = pairs(b);
  return pairs(a).some(([x, y]) => x !== y && !STOP.has(x) && !STOP.has(y) && pb.some(([u, v]) => u === y && v === x));
}

/**
 * "Nordvik Air's pilots rejected the company's offer" against "Nordvik Air rejected its pilots' demand":
 * the doer's owner does it, and the doer is done to. Same verb, same voice; the head of one subject is
 * the other's owner, and the first doer turns up after the verb.
 */
function possessorShift(a: ClaimParts, b: ClaimParts, aText: string, bText: string): boolean {
  if (a.action === null || a.action !== b.action || a.turned !== b.turned || a.passive || b.passive) return false;
  const shift = (x: ClaimParts, y: ClaimParts, xText: string, yText: string) => {
    const [hx, hy] = [x.nounsBefore.at(-1), y.nounsBefore.at(-1)];
    return (
      !!hx &&
      !!hy &&
      hx !== hy &&
      y.nounsAfter.includes(hx) &&
      !y.nounsBefore.includes(hx) &&
      x.nounsBefore.includes(hy) &&
      // An owner is written as one: "Nordvik Air's pilots", then "its pilots".
      /\p{L}(?:['’]s|s['’])\s/u.test(xText) &&
      /\b(?:its|their|his|her)\b/i.test(yText)
    );
  };
  return shift(a, b, aText, bText) || shift(b, a, bText, aText);
}

// Where a comparison turns: "… twice as high as …", "… faster than …", "Ruiz trails Pham". A hedge on a
// figure ("more than 100", "as many as 5,000") compares nothing.
// "8.4 percent, nearly twice the national rate" and "the national rate is almost double the district's": a multiple of
// the other side, before "the" (not "doubled", not "twice as high as", read by "as … as"; not "three times its average":
// the subject against its own).
const COMPARED_TO =
  /\b(?:(?:twice|double|triple|treble|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?=(?:the|that|those)\b)|than(?!\s+(?:about|around|some)?\s*[$£€]?\d)|as\s+\w+\s+as(?!\s+[$£€]?\d)|compared\s+(?:with|to)|ahead\s+of|behind|trails?|trailed|trailing|outpaced|outnumbered|outperformed|overtook|overtaken|outstripp(?:ed|ing)|outstrips?|(?<!\b(?:was|were|been|being|is|are)\s)(?:exceed(?:s|ed)?|surpass(?:es|ed)?)(?!\s+(?:the\s+)?(?:about|around|some)?\s*[$£€]?\d))\b/i;

/** "Exports to Japan are twice as high as exports to Korea" against the other way round: the sides trade places. */
function comparedSwapped(a: string, b: string): boolean {
  const sides = (t: string) => {
    const m = COMPARED_TO.exec(t);
    return m ? [conceptTokens(t.slice(0, m.index)), conceptTokens(t.slice(m.index + m[0].length))] : null;
  };
  const [sa, sb] = [sides(a), sides(b)];
  if (!sa || !sb) return false;
  const content = (w: string) => !/^\d/.test(w) && !STOP.has(w) && !IDLE_WORDS.has(w);
  const moved = (from: number, to: number) => sa[from].some((w) => content(w) && !sa[to].includes(w) && sb[to].includes(w) && !sb[from].includes(w));
  // "Night-shift workers slept less than day workers" against the other way round: the shorter side's
  // words ("day workers") may stand on both sides, so one word moved and the sides held in each other will do.
  const content0 = (x: readonly string[]) => x.filter(content);
  const heldIn = (x: readonly string[], y: readonly string[]) => content0(x).length > 0 && content0(x).every((w) => y.includes(w));
  const held = heldIn(sa[1], sb[0]) && heldIn(sb[1], sa[0]) && !heldIn(sa[1], sb[1]) && !heldIn(sb[1], sa[1]);
  return (moved(0, 1) && moved(1, 0)) || ((moved(0, 1) || moved(1, 0)) && held);
}

// "voted for" against "voted against": the same act, the other side.
const STANCE = String.raw`\b(?:vot|argu|campaign|lobb|spok|speak|rul|decid|testif|sid)\w*\s+`;
// "ruled for the second time", "voted for three hours", "sided for years": a time, not a side.
const NOT_A_SIDE = String.raw`(?!\s+(?:the\s+|a\s+)?(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|another|further|once|years?|months?|weeks?|days?|hours?|decades?|minutes?|now|good|ever)\b)`;
// "voted to strike" is a vote for it.
const FOR = new RegExp(
  `${STANCE}(?:for|in favou?r of)\\b${NOT_A_SIDE}|\\b(?:vot|sid)\\w*\\s+with\\b${NOT_A_SIDE}|\\bvot(?:ed|es|e)\\s+to\\s+(?!\\d|(?:reject|block|oppose|scrap|abolish|repeal|end|cancel|veto|overturn|strike\\s+down|suspend|halt|ban|remove|oust|expel)\\b)`,
  "i",
);
const AGAINST = new RegExp(`${STANCE}against\\b`, "i");
/** The side a claim takes in a vote or a ruling: "for", "against", or null for neither or both. */
const stanceSide = (t: string): "for" | "against" | null => {
  const [pro, con] = [FOR.test(t), AGAINST.test(t)];
  return pro === con ? null : pro ? "for" : "against";
};
// "Most municipalities" against "fewer than one in ten municipalities", "most of the fires" against "only a small share
// of them": how many, said in words, on the two sides of a half.
// "Most" of a number of things ("most municipalities", "most of the fires"), not "the most productive region".
const MOST =
  /\b(?:(?<!\b(?:the|at|'s|’s)\s)most\s+(?:of\b|(?!\w+(?:est|ive|ant|ent|ous|ful|able|ible|al|ic|ly|ed|ing)\b)\w+s\b)|(?:a|the)\s+(?:vast\s+|large\s+|clear\s+)?majority|the\s+bulk|(?:nearly|almost|virtually)\s+all)\b/i;
// "Few" of them, not "the past few years".
const FEW =
  /\b(?:(?<!\b(?:a|past|last|next|every|these|those|the|first|final|coming|recent|quite)\s)few|(?:a\s+)?(?:small|tiny)\s+(?:share|part|proportion|fraction|number|minority)|a\s+minority|a\s+handful|(?:fewer|less)\s+than\s+(?:[1-9]|[1-3]\d)(?:\.\d+)?\s+percent)\b/i;
const quantity = (t: string) => {
  const words = claimWords(t).join(" ");
  const [most, few] = [MOST.test(words), FEW.test(words)];
  return most === few ? null : most ? "most" : "few";
};
const quantifiersOpposed = (a: string, b: string) => {
  const [qa, qb] = [quantity(a), quantity(b)];
  return qa !== null && qb !== null && qa !== qb;
};
const stanceFlipped = (a: string, b: string) => {
  const [sa, sb] = [stanceSide(a), stanceSide(b)];
  return sa !== null && sb !== null && sa !== sb;
};

// A business's result: "made a net loss", "was profitable", "in the red".
const result = (noun: string, adjective: string, idiom: string) =>
  new RegExp(
    String.raw`\b(?:(?:made|makes|make|posted|posts|reported|reports|recorded|booked|returned to|swung to|turned)\s+(?:a\s+|an\s+)?(?:net\s+|pre-tax\s+|operating\s+|annual\s+|quarterly\s+)?${noun}|(?:is|are|was|were|remained|remains|became|been)\s+${adjective}|${idiom})\b`,
    "i",
  );
// Acts that undo each other, which WordNet does not list as antonyms: "added 95,000 jobs" against "lost 95,000
// jobs", "was allowed to keep operating" against "was ordered to stop operating", "has been suspended"
// against "has continued".
const OPPOSITE_ACTS: [RegExp, RegExp][] = [
  [
    /\b(?:add(?:ed|s|ing)?|gain(?:ed|s|ing)?|creat(?:ed|es|ing)|hir(?:ed|es|ing))\b/i,
    /\b(?:lost|los(?:es|ing)|shed(?:s|ding)?|eliminat(?:ed|es|ing)|ax(?:ed|es|ing)|laid off|lays? off)\b/i,
  ],
  // Not "kept" against "halting", nor "resumed" against "…, which were halted": only going on against stopping.
  [/\b(?:continu(?:ed|es|e|ing)|remain(?:ed|s)? open)\b/i, /\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|ceas(?:ed|es|ing))\b/i],
  // "made a net loss" against "was profitable", "in the red" against "in the black".
  // Only a result said of the whole business: not "the loss of 450 jobs", "profit-taking", "non-profit".
  [result("profits?", "profitable", "in the black"), result("loss(?:es)?", "(?:loss-making|unprofitable)", "in the red")],
  // "has fallen for five consecutive years" against "has grown for five consecutive years", "are still rising" against
  // "have started to come down". Only verbs: "the fall in pollution" names a change both may speak of. A claim that
  // says both ("rose even as the national total fell") is left to the other checks.
  [
    /\b(?:r[io]s(?:e|en|es|ing)|rose|gr[eo]w(?:n|s|ing)?|grew|increas(?:ed|es|ing)|climb(?:ed|s|ing)|jump(?:ed|s|ing)|soar(?:ed|s|ing))\b/i,
    /\b(?:fallen|falls|falling|fell|declin(?:ed|es|ing)|dropp(?:ed|ing)|shr(?:ank|unk|inks|inking)|decreas(?:ed|es|ing)|c(?:o|a)me down|coming down)\b(?!\s+short\b)/i,
  ],
  // "was allowed to keep operating" against "was ordered to stop operating".
  [
    /\b(?:allowed|permitted|cleared|free)\s+to\s+(?:keep|continue|carry on|remain open|reopen)\b/i,
    /\b(?:ordered|forced|told|required)\s+to\s+(?:stop|close|halt|shut|cease|suspend)\b/i,
  ],
  // A court "upheld the fine" against "overturned the fine", "quashed the conviction", "set aside the ruling".
  [
    /\b(?:upheld|uphold(?:s|ing)?)\b/i,
    // Acts of a court, not "the decision revoking the licence": no participle, no "revoked".
    /\b(?:overturn(?:ed|s)?|quash(?:ed|es)?|str(?:uck|ikes?)\s+down|sets?\s+aside|annull?(?:ed|s)?)\b/i,
  ],
  // "came last among the five largest airlines" against "topped the ranking of the five biggest airlines".
  [
    // Not "was last held", "bottom of the table in May" in an aside, "topped the polls" against "led the polls".
    /\b(?:came|finished|ranked|placed)\s+(?:last|bottom)\b/i,
    /\b(?:topped|(?:came|finished|ranked|placed)\s+(?:top|first))\b/i,
  ],
  // "has offered its pilots a 9 percent rise" against "the pilots' union has demanded a 9 percent rise": one side
  // gives, the other asks.
  [/\b(?:offered|offering|proposed|proposing)\b/i, /\b(?:demanded|demanding|(?:ask|call)(?:ed|ing)\s+for|requested|requesting|sought|seeking)\b/i],
];
// "switched off" against "switched on", "opted out" against "opted in", "scaled down" against "scaled up".
// Only verbs whose particle says which way ("cut off" and "cut on Wednesday", "broke down" and "broke up" do not).
const PARTICLE = /\b(switch|turn|power|opt|scale|ramp|log|plug)(?:ed|d|s|ing|ped|ged)?\s+(on|off|in|out|up|down)\b(?!\s+(?:to\s+)?\d)/gi;
const PARTICLE_PAIRS: Record<string, string> = { on: "off", off: "on", in: "out", out: "in", up: "down", down: "up" };
function actsOpposed(a: string, b: string): boolean {
  const one = (t: string, [x, y]: [RegExp, RegExp]) => (x.test(t) === y.test(t) ? null : x.test(t));
  if (OPPOSITE_ACTS.some((pair) => one(a, pair) !== null && one(b, pair) !== null && one(a, pair) !== one(b, pair))) return true;
  const particles = (t: string) => [...t.matchAll(PARTICLE)].map((m) => [m[1].toLowerCase(), m[2].toLowerCase()] as const);
  const pb = particles(b);
  return particles(a).some(([verb, p]) => pb.some(([v, q]) => v === verb && q === PARTICLE_PAIRS[p]));
}

// "South Sudan" and "Sudan", "New York" and "York", "Northern Ireland" and "Ireland": another place.
const PLACE_PREFIX = /\b(North|South|East|West|Northern|Southern|Eastern|Western|New|Central|Upper|Lower|Greater)\s+(\p{Lu}[\p{L}'’-]+)/gu;
function otherPlace(a: string, b: string): boolean {
  const places = (t: string) => {
    const prefixed = [...t.matchAll(PLACE_PREFIX)];
    const inPlaces = new Set(prefixed.map((m) => (m.index ?? 0) + m[0].length - m[2].length));
    return {
      prefixed: new Set(prefixed.map((m) => `${m[1]} ${m[2]}`)),
      bare: new Set([...t.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].filter((m) => !inPlaces.has(m.index ?? 0)).map((m) => m[0])),
    };
  };
  const [pa, pb] = [places(a), places(b)];
  // A place with a prefix in one claim whose bare name stands alone only in the other.
  const against = (x: typeof pa, y: typeof pa) =>
    [...y.prefixed].some((place) => {
      const name = place.split(" ")[1];
      return !x.prefixed.has(place) && x.bare.has(name) && !y.bare.has(name);
    });
  return against(pa, pb) || against(pb, pa);
}

// "unemployment" and "the unemployment rate": words for how a thing is measured, not another thing.
const MEASURE_WORDS = new Set(["rate", "level", "share", "amount", "figure", "proportion", "percentage", "percent", "total", "overall", "average"]);
const TIME_WORDS =
  /^(?:year|month|week|day|last|this|next|earlier|ago|annual|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// "ran 12 percent more trains" against "carried 12 percent more passengers": one change of two counts. Only where both
// name what is compared ("exports rose 18%" is "18 per cent more rice abroad").
const PERCENT_MORE = /\b(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(more|fewer|less)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/i;
// What is compared: the first word after "more" that is a noun, past adjectives ("more foreign tourists", "more electric cars").
function comparedNoun(words: string): string | null {
  for (const w of words.toLowerCase().split(/\s+/)) {
    if (only(w, "adj")) continue;
    return !COUNT_STOP.has(w) && partsOfSpeech(w).includes("noun") && !only(w, "verb") ? stemWord(w) : null;
  }
  return null;
}
function comparedOther(a: string, b: string): boolean {
  const [ma, mb] = [PERCENT_MORE.exec(a), PERCENT_MORE.exec(b)];
  if (!ma || !mb || ma[1] !== mb[1] || (ma[2] === "more") !== (mb[2] === "more")) return false;
  const [na, nb] = [comparedNoun(ma[3]), comparedNoun(mb[3])];
  // Words of one kind ("passengers" / "travellers", "wheat" / "grain") are one thing counted.
  // Nor one the other claim names elsewhere ("5 percent more cargo containers", "more electricity from wind").
  const said = (noun: string, text: string) => claimWords(text).some((w) => stemWord(w) === noun);
  return !!na && !!nb && na !== nb && !related(na, nb) && !synonymous(na, nb) && !broader(na, nb) && !broader(nb, na) && !said(na, b) && !said(nb, a);
}

// "set by the ministry, not by Rail Nord" against "Rail Nord decided it, not the ministry": who did it and who did not, traded.
// Not "not only", "not just", "not least", "not yet": they deny nothing.
const DENIED_TAIL = /,\s+not\s+(?!(?:only|just|least|even|yet|always|merely|simply)\b)(?:by\s+|from\s+|to\s+|with\s+)?(.{2,60}?)[.!]?$/i;
function deniedTraded(a: string, b: string): boolean {
  const [da, db] = [DENIED_TAIL.exec(a), DENIED_TAIL.exec(b)];
  if (!da || !db) return false;
  const words = (t: string) => claimWords(t).filter((w) => !STOP.has(w));
  const [wa, wb] = [words(da[1]), words(db[1])];
  const [restA, restB] = [new Set(words(a.slice(0, da.index))), new Set(words(b.slice(0, db.index)))];
  return wa.length > 0 && wb.length > 0 && wa.join(" ") !== wb.join(" ") && wa.every((w) => restB.has(w)) && wb.every((w) => restA.has(w));
}

// "ahead of schedule" against "behind schedule": only of a schedule, a plan or a target ("pulled ahead of its rivals" is
// "left its rivals behind").
const AHEAD_OF_PLAN = /\bahead\s+of\s+(?:the\s+|its\s+|their\s+)?(?:schedule|plan|target|timetable)\b/i;
const BEHIND_PLAN = /\bbehind\s+(?:the\s+|its\s+|their\s+)?(?:schedule|plan|target|timetable)\b/i;
const scheduleOpposed = (a: string, b: string) =>
  (AHEAD_OF_PLAN.test(a) && BEHIND_PLAN.test(b) && !BEHIND_PLAN.test(a)) || (AHEAD_OF_PLAN.test(b) && BEHIND_PLAN.test(a) && !BEHIND_PLAN.test(b));

// "the highest total in its history" against "fell short of its all-time record": a record set, and one missed.
const RECORD_MISSED =
  /\b(?:fell|falls?|falling|was|were|is|are|remained|remains|stayed|stays|came\s+in)\s+(?:just\s+|well\s+|slightly\s+)?short\s+of\s+(?:(?:its|the|their|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:record|all-time\s+high|peak)\b/i;
// A record claimed, not one missed in other words ("narrowly missed the record", "just below the record").
const RECORD_SET = /\b(?:highest|record|all-time\s+high)\b/i;
const MISSED_OTHERWISE =
  /\b(?:missed|below|under|shy\s+of|short\s+of|second[- ](?:highest|best|largest|biggest)|close\s+to|failed\s+to\s+(?:beat|break|match|set))\b/i;
const recordMissed = (a: string, b: string) => {
  if (RECORD_MISSED.test(a) === RECORD_MISSED.test(b)) return false;
  const other = RECORD_MISSED.test(a) ? b : a;
  return RECORD_SET.test(other) && !MISSED_OTHERWISE.test(other);
};

// A plan, a wish or a possibility: "hopes to carry 50 million passengers", "expects revenue of …", "could reach 500".
// Not intake's `isPrediction` (lib/intake/claim-types.ts), which types a suggestion: it counts "will" and "next
// year" as well, which here are TO_COME (both claims may speak of the future), and leaves wishes out.
const PLANNED =
  /\b(?:(?:hopes?|hoped|hoping|plans?|planned|planning|aims?|aimed|aiming|wants?|wanted|wanting|intends?|intended|seeks?|seeking|sought|expects?|expected|propos(?:es|ed|ing)|targets?|targeted|wish(?:es|ed)?)\s+(?:\w+\s+){0,3}?to\s+\w+|could|may|might|(?:is|are|was|were)\s+(?:asking|demanding|seeking)|expects?\s+(?!to\b)\w+)\b/i;
// What is to come in both, however each says it ("will hire" against "plans to recruit").
const TO_COME = /\b(?:will|shall|(?:is|are|set|due)\s+to)\b/i;
/**
 * Of two claims of about one length, one says what someone plans, wants or expects, or what may happen, and the
 * other what happened or is: "The airline hopes to carry 50 million passengers next year" against "The airline
 * carried some 50 million passengers". Not when either speaks of the future anyway ("will", "is to").
 */
const plannedOnce = (a: string, b: string) => PLANNED.test(a) !== PLANNED.test(b) && !TO_COME.test(a) && !TO_COME.test(b);

// "2024 was the first year in which temperatures exceeded 1.5C" claims a first; "were 1.55C above" a value.
// "the first trip to Pyongyang" goes somewhere: only "to" before a verb ("the first country to ban") claims a first.
const FIRST_WHEN = /\b(?:first|1st)\s+(?!(?:quarter|half)\b)(?:[\w-]+\s+){0,2}?(?:in which|to(?!\s+(?:the|a|an|his|her|its|their)\b)(?!\s+\p{Lu})\s+\p{Ll})/iu;

// "sold 85,000 tickets" against "sold 85,000 tickets on its first day": counted over a shorter time,
// even when the longer claim holds the shorter's words in a row.
const FIRST_SPAN =
  /\b(?:on|in|during|over)\s+(?:its|the|their|his|her)\s+(?:first|opening|last|final)\s+(?:day|days|week|weeks|weekend|month|months|hours?)\b/i;
const shorterSpan = (a: ClaimReader, b: ClaimReader) => a.tokens.some((w) => /^\d/.test(w)) && FIRST_SPAN.test(a.text) !== FIRST_SPAN.test(b.text);

// What may happen to people or things, by kind: "killed or injured" counts two kinds, "dead or injured" the same two.
const OUTCOMES: RegExp[] = [
  /^(?:killed|dead|died)$/i,
  /^(?:injured|hurt|wounded)$/i,
  /^(?:arrested|detained|held)$/i,
  /^(?:abducted|kidnapped)$/i,
  /^(?:damaged)$/i,
  /^(?:destroyed|razed|flattened)$/i,
  /^(?:delayed)$/i,
  /^(?:cancell?ed)$/i,
  /^(?:displaced|evacuated)$/i,
  /^(?:missing)$/i,
];
const outcome = (word: string) => OUTCOMES.findIndex((re) => re.test(word));

// "Each of its two plants processes 42,000 tonnes" is twice "processes 42,000 tonnes at two plants": a figure for
// each one, not for all. "each year" is only when.
const EACH =
  /\b(?:each|every|per|apiece)\b(?!\s+(?:working\s+)?(?:year|month|week|weekday|weekend|day|quarter|season|time|other|night|morning|evening|spring|summer|autumn|winter|hour|minute|cent)s?\b)/i;
/** One claim gives a figure for each of several (a figure and how many there are), the other for all of them. */
const eachOnce = (a: ClaimParts, b: ClaimParts, aText: string, bText: string) =>
  EACH.test(aText) !== EACH.test(bText) &&
  // "Each of the 12 victims" and "All 12 victims" are one claim: "all" or "both" on the other side reads alike.
  !/\b(?:all|both)\b/i.test(EACH.test(aText) ? bText : aText) &&
  [a, b].every((p) => p.figures.filter((f) => !isYear(f)).length >= 2);
/** "killed or injured" against "killed": one counts what happened to them in a second way beside the other's. */
function alternativeAdded(a: string, b: string): boolean {
  const kinds = (t: string) => new Set((t.match(/\p{L}+/gu) ?? []).map(outcome).filter((k) => k >= 0));
  const added = (x: string, y: string) => {
    const inY = kinds(y);
    return [...x.matchAll(/\b(\p{L}+)\s+or\s+(?:\p{L}+ly\s+)?(\p{L}+)\b/gu)].some(([, one, other]) => {
      const [k1, k2] = [outcome(one), outcome(other)];
      return k1 >= 0 && k2 >= 0 && k1 !== k2 && inY.has(k1) !== inY.has(k2);
    });
  };
  return added(a, b) || added(b, a);
}

/**
 * The same words and figure with one or two words put next to them in one claim only: "spent $3
 * billion on defence" against "on defence procurement", "unemployment" against "youth unemployment".
 * The figure then counts a narrower thing.
 */
function narrowed(ra: ClaimReader, rb: ClaimReader, names: Set<string>): boolean {
  const [a, b] = [ra.tokens, rb.tokens];
  if (!a.some((w) => /^\d/.test(w) && !/^(?:19|20)\d\d$/.test(w))) return false;
  const content = (w: string) => !/^\d/.test(w) && !STOP.has(w) && !IDLE_WORDS.has(w) && !TIME_WORDS.test(w) && !MEASURE_WORDS.has(w);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shortSet = new Set(short);
  // A first name beside a surname ("Pieter van Dam", "Van Dam") names the same person, and a verb or
  // an adverb ("took" for "accepted", "really") is how it is said: only a noun or an adjective, which
  // qualifies a thing, narrows it.
  const longText = (a.length <= b.length ? rb : ra).text;
  // What is said of the thing after "is" ("the coalition … is united") is a predicate, not a narrower thing.
  const terms = termsOf(longText);
  const qualifiers = new Set(
    terms
      // "broadcasting revenue": a gerund before a noun qualifies it too.
      .filter(
        (t, at) =>
          ((t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Verb") && !t.tags.has("Adverb")) ||
          (at > 0 && t.tags.has("Gerund") && !!terms[at + 1]?.tags.has("Noun")),
      )
      .filter((t) => {
        const at = terms.indexOf(t);
        const afterCopula = terms.slice(Math.max(0, at - 2), at).some((p) => p.tags.has("Copula"));
        // "is united (against …)" ends its phrase: a predicate. "is lung cancer" puts "lung" before a noun: a narrower thing.
        const next = terms[at + 1];
        return !afterCopula || (next !== undefined && (next.tags.has("Noun") || next.tags.has("Adjective")));
      })
      .map((t) => concept(stemWord(t.normal))),
  );
  // A name beside another ("Pieter" before "van Dam") is the same person's; a place added ("in Europe") narrows.
  const nameBesideName = (w: string) => {
    const i = long.indexOf(w);
    return names.has(w) && [long[i - 1], long[i + 1]].some((n) => n !== undefined && names.has(n));
  };
  const extra = long.filter((w) => content(w) && !shortSet.has(w) && !nameBesideName(w));
  if (!extra.every((w) => qualifiers.has(w))) return false;
  const missing = short.filter((w) => content(w) && !long.includes(w));
  if (missing.length > 0 || extra.length === 0 || extra.length > 2 || short.filter(content).length < 3) return false;
  // A near copy: the shorter claim's words in the same order. A paraphrase says it in another order.
  const kept = long.filter((w) => content(w) && shortSet.has(w));
  const order = short.filter(content);
  if (kept.join(" ") !== order.join(" ")) return false;
  // Put next to a word both hold: a modifier of what the claim is about, not a tail ("…, officials said").
  // Two words added side by side ("applicants with top grades") are one modifier.
  return extra.every((w) => {
    const i = long.indexOf(w);
    const beside = (n: string | undefined) => n !== undefined && content(n) && (shortSet.has(n) || (extra.includes(n) && n !== w));
    return (
      [long[i - 1], long[i + 1]].some(beside) &&
      extra.some((x) => [long[long.indexOf(x) - 1], long[long.indexOf(x) + 1]].some((n) => n !== undefined && shortSet.has(n) && content(n)))
    );
  });
}

/**
 * "Ruiz won 54% of the vote" against "Turnout was 54%": a bare share is the other's share only when it
 * names what that share is of somewhere ("more than half the ballots, 54 per cent"); a name is not enough.
 */
const WHOLE_OF_IT = new Set(["size", "value"]);
// What a measure is a share of, said in its name: turnout is the share of voters who cast a ballot.
const SHARE_NAMED: Record<string, Set<string>> = {
  turnout: new Set(["voter", "ballot", "cast", "elector", "electorate", "vote", "eligible", "registered"]),
};
function shareUnsaid(x: ClaimParts, y: ClaimParts): boolean {
  const names = new Set([...x.named, ...x.lead, ...x.parties]);
  return x.figures.some((f) => {
    if (f.counts[0] !== "percent" || f.counts.length < 2) return false;
    if (!y.figures.some((g) => g.value === f.value && g.counts.length === 1 && g.counts[0] === "percent")) return false;
    // "lost two-fifths of its size" is "shrunk by 40%": a share of the whole of the subject says no more.
    // "40% of capacity" is "40 per cent full".
    const of = f.counts.slice(1).filter((w) => !names.has(w) && !WHOLE_OF_IT.has(w) && !(w === "capacity" && y.tokens.includes("full")));
    // Words both claims hold ("the election") are the setting, not what the share is of.
    const own = y.tokens.filter((t) => !x.tokens.includes(t));
    // "58.4% of voters cast ballots" is turnout; "58.4% of voters backed the plan" is not.
    // A share of the votes cast is a vote share, not turnout: turnout's base is the voters.
    const turnout = of.some((w) => /^(?:cast|ballot|vote)$/.test(w)) && of.some((w) => /^(?:voter|elector|electorate|eligible|registered)$/.test(w));
    if (turnout && y.tokens.some((t) => Object.hasOwn(SHARE_NAMED, t) && of.every((w) => SHARE_NAMED[t].has(w)))) return false;
    return of.length > 0 && !of.some((w) => own.some((t) => t === w || related(t, w)));
  });
}

/** "84 votes to 61" against "61 votes to 84", "beat Lyon 3-1" against "1-3": a tally the other way round. */
function talliesTurned(a: string, b: string): boolean {
  const tallies = (t: string) =>
    [
      ...claimWords(t)
        .join(" ")
        .matchAll(/\b(\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)\b/g),
    ].map((m) => [m[1], m[2]]);
  const tb = tallies(b);
  return tallies(a).some(([x, y]) => x !== y && tb.some(([u, v]) => u === y && v === x));
}

/** Content words of a phrase, as claims are compared. */
const phraseWords = (phrase: string) => conceptTokens(phrase).filter((w) => !/^\d/.test(w) && !STOP.has(w) && !IDLE_WORDS.has(w));
/** One word of x is one of y's, of its family or its synonym, or the two begin alike ("industrial", "industrialisation"). */
const overlaps = (x: readonly string[], y: readonly string[]) =>
  x.some((w) => y.some((v) => v === w || related(v, w) || (w.length >= 6 && v.length >= 6 && w.slice(0, 6) === v.slice(0, 6))));

/**
 * x says of whom or of which part its figure holds and y does not: "households … use a stove installed
 * before 1998" against "use a stove", "Turnout among voters under 30" against "Turnout", "spent 95
 * million on new players, including Benetti" against "paid 95 million to sign Benetti".
 */
function qualifiedOnce(x: ClaimReader, y: ClaimReader): boolean {
  const before = /\b(?:before|prior to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(\d{4})\b/i.exec(x.text);
  if (before && !/\b(?:before|prior to|by the end of)\b/i.test(y.text) && !y.tokens.includes(before[1])) return true;
  const among = /\bamong\s+(?!them\b|whom\b|others\b|other\b)([^,;.]{1,60})/i.exec(x.text);
  if (among && !/\bamong\b/i.test(y.text)) {
    // "among voters under 30 in the … election was 41%": the group ends where a place, a time or the verb begins.
    const group = among[1].split(/\b(?:in|at|on|for|during|across|was|were|is|are|has|have|had|rose|fell|stood|reached|said)\b/i)[0];
    const who = phraseWords(group);
    // Only a group bounded by a figure ("voters under 30"): "among women" may be "female" in the other claim.
    if (who.length > 0 && /\d/.test(group) && !overlaps(who, y.tokens)) return true;
  }
  const including = /\bincluding\s+([^,;.]{1,80})/i.exec(x.text);
  if (including && !/\d/.test(including[1]) && !/\b(?:including|among them|among whom|such as|of whom|of which|one of them|one of whom)\b/i.test(y.text)) {
    const part = phraseWords(including[1]);
    if (part.length > 0 && part.every((w) => y.tokens.includes(w))) return true;
  }
  return false;
}

/** What a figure is measured against ("effective against severe disease"), in both claims and in other words. */
function otherTarget(a: string, b: string): boolean {
  const target = (t: string) => {
    const m = /\bagainst\s+([^,;.“”"]{2,60})/i.exec(t);
    return m ? phraseWords(m[1].split(/\b(?:in|on|at|during|since|after|before|from|by)\b/i)[0]) : [];
  };
  const [x, y] = [target(a), target(b)];
  return x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w)) && !overlaps(x, y);
}

/** "1.55C above pre-industrial levels" against "above the 1991–2020 average": measured against another base. */
function otherBase(a: string, b: string): boolean {
  const base = (text: string) => {
    const m = /\b(?:above|below|than|compared (?:with|to)|relative to)\s+(?!\d)((?:[a-z0-9-]+\s?){1,8})/.exec(claimWords(text).join(" "));
    return m ? phraseWords(m[1]) : [];
  };
  const [x, y] = [base(a), base(b)];
  // Only a base that names a period ("the 1991–2020 average"): forecasts and expectations are said many ways.
  const dated = (text: string) => /\b(?:above|below|than|compared (?:with|to)|relative to)\s+(?:the\s+)?[^,;.]{0,20}\b(?:19|20)\d\d\b/i.test(text);
  return x.length > 0 && y.length > 0 && (dated(a) || dated(b)) && !overlaps(x, y);
}

/**
 * A claim read once and compared with many: its words first (cheap), its full parts (a compromise
 * parse) only when a candidate's words come close. Matching a question against a few hundred
 * candidates parses the question once and only the close candidates at all.
 */
export class ClaimReader {
  private parts: ClaimParts | null = null;
  private figuresRead: ClaimParts["figures"] | null = null;
  readonly tokens: readonly string[];
  readonly text: string;
  constructor(text: string) {
    // A claim is a sentence or two: the rules here are read on at most 2,000 characters, so no input makes them slow.
    this.text = text.slice(0, 2000);
    this.tokens = conceptTokens(this.text);
  }
  /** The claim's figures alone: a fraction of the whole parse. */
  figures(): ClaimParts["figures"] {
    return (this.figuresRead ??= this.parts?.figures ?? figures(this.text));
  }
  full(): ClaimParts {
    return (this.parts ??= claimParts(this.text, { tokens: this.tokens, figures: this.figuresRead ?? undefined }));
  }
  /** Whether the whole parse has run (the costly part of matching). */
  get parsed(): boolean {
    return this.parts !== null;
  }
}

// "was bought by", "were turned down by": a passive names the doer after what was done to it.
// "the ruling backed by X" too.
// "was won by", "is run by" too; not "passed the budget by 312 votes".
const PASSIVE_BY = /\b(?:(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?\w+|\w+(?:ed|en|t|wn))\s+(?:(?:down|up|out|off|over|away|back)\s+)?by\b(?!\s+\d)/i;
// "X is tied with Y" says what "Y is tied with X" says.
const SYMMETRIC = /\b(?:tied|level|drew|draw|met|meets|clashed|talks|merged|partnered|married|border(?:s|ed)?)\s+(?:\S+\s+){0,2}with\b/i;
// "for the second time", "for weeks": when, not who.
const WHEN_WORD = /^(?:first|second|third|last|next|final|time|times|year|month|week|day|decade|hour|minute|\d+(?:st|nd|rd|th))$/;
const fronted = (text: string, ...parts: string[][]) => {
  const m = /^([^,]{2,60}),\s/.exec(text);
  if (!m) return false;
  const front = conceptTokens(m[1]);
  return parts.some((part) => part.every((w) => front.some((f) => sameWord(f, w))));
};
// "Kestrian" is Kestria's, "Vellmarkian" Vellmark's.
const sameWord = (x: string, y: string) => x === y || sameFamily(x, y, /^(?:n|an|ian|ean|ese|ish|i|s)$/);
/**
 * The same words with two of their parts exchanged: "moved money from the fund to 14 shell companies"
 * against "from 14 shell companies to the fund", "the company bought a stake in its rival" against "the
 * rival bought a stake in the company", "staffing has fallen while sailings have risen" against the
 * reverse. Not a passive ("Y was bought by X"), and parts side by side only across a relation ("left
 * public hospitals for jobs in Norway"), not "Russia and North Korea" against "North Korea and Russia".
 */
// A cause or a sequence between two clauses: "Traffic grew after the toll was cut".
const CLAUSE_ORDER = /^(.+?)\s+(?:after|before|because|once|until|as a result of)\s+(.+)$/i;
/**
 * The two clauses of a sequence or a cause traded: "Traffic on the coastal road grew after the toll was cut" against
 * "The toll on the coastal road was cut after traffic grew". Each clause of one holds most of the other's
 * other clause, more than it holds of its own counterpart (a place both name, "on the coastal road", is shared by all).
 */
function clausesTraded(a: string, b: string): boolean {
  const [ma, mb] = [CLAUSE_ORDER.exec(a.replace(/[.!]\s*$/, "")), CLAUSE_ORDER.exec(b.replace(/[.!]\s*$/, ""))];
  if (!ma || !mb) return false;
  const [a1, a2, b1, b2] = [ma[1], ma[2], mb[1], mb[2]].map((t) => conceptTokens(t).filter((w) => !/^\d/.test(w)));
  if ([a1, a2, b1, b2].some((t) => t.length < 2)) return false;
  const held = (x: readonly string[], y: readonly string[]) => x.filter((w) => y.includes(w)).length / Math.min(x.length, y.length);
  return held(a1, b2) >= 0.6 && held(a2, b1) >= 0.6 && held(a1, b1) < held(a1, b2) && held(a2, b2) < held(a2, b1);
}
function transposed(a: ClaimReader, b: ClaimReader): boolean {
  const [ta, tb] = [a.tokens, b.tokens];
  if (ta.length !== tb.length || ta.length < 3 || PASSIVE_BY.test(a.text) !== PASSIVE_BY.test(b.text) || SYMMETRIC.test(a.text) || SYMMETRIC.test(b.text))
    return false;
  let i = 0;
  while (i < ta.length && sameWord(ta[i], tb[i])) i++;
  let j = ta.length - 1;
  while (j > i && sameWord(ta[j], tb[j])) j--;
  if (i >= j) return false;
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((w, k) => sameWord(w, y[k]));
  const span = j - i + 1;
  for (let first = 1; first < span; first++) {
    for (let last = 1; first + last <= span; last++) {
      const one = ta.slice(i, i + first);
      const other = ta.slice(j + 1 - last, j + 1);
      const middle = ta.slice(i + first, j + 1 - last);
      if (same(one, other) || !same(tb.slice(i, j + 1), [...other, ...middle, ...one])) continue;
      if ([one, other].some((part) => part.every((w) => WHEN_WORD.test(w) || TIME_WORDS.test(w)))) return false;
      // Side by side, a part is moved, not exchanged ("At the summit, Macron pledged …"); a long part is a clause.
      if (middle.length === 0 || one.length > 3 || other.length > 3) return false;
      // "During the heatwave, 1,200 people died in Spain" / "In Spain, … during the heatwave": a phrase put in front.
      return !fronted(a.text, one, other) && !fronted(b.text, one, other);
    }
  }
  return false;
}

// A cause and what it caused: "X was caused by Y", "X because of Y", "Y led to X".
const CAUSED_BY =
  /\s(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:largely\s+|mainly\s+|partly\s+)?(?:caused|driven|triggered|prompted|fuell?ed|brought\s+about)\s+by\s|\s(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|result(?:ed|s)?\s+from|stem(?:med|s)?\s+from)\s/i;
const CAUSED = /\s(?:caused|causes|led\s+to|leads\s+to|resulted\s+in|results\s+in|triggered|prompted|drove|drives)\s/i;
// A reporting frame in front ("Oskar Brandt said the …"): whose words, not part of either side.
const FRAME_IN_FRONT = /^.{0,80}?\b(?:said|says|told\s+\S+|added|argued|argues|claimed|claims|insisted|believes|thinks)\s+(?:that\s+)?/i;
function causeAndEffect(text: string): { cause: string[]; effect: string[] } | null {
  const t = text.replace(FRAME_IN_FRONT, "").replace(/[.!]\s*$/, "");
  // "The outage, caused by a storm, left 10,000 homes …": a cause in an aside, not one side of the sentence. A
  // sentence holding a comma is read no further; a comma inside a figure ("10,000") is no aside.
  if (/,(?!\d{3}\b)/.test(t)) return null;
  const by = CAUSED_BY.exec(t);
  const split = (m: RegExpExecArray) => [t.slice(0, m.index), t.slice(m.index + m[0].length)];
  const content = (x: string) => conceptTokens(x).filter((w) => !/^\d/.test(w) && !STOP.has(w) && !IDLE_WORDS.has(w));
  if (by) {
    const [effect, cause] = split(by);
    return { cause: content(cause), effect: content(effect) };
  }
  const caused = CAUSED.exec(t);
  if (!caused) return null;
  const [cause, effect] = split(caused);
  return { cause: content(cause), effect: content(effect) };
}
/**
 * Cause and effect traded: "the fall in youth unemployment was caused by the apprenticeship subsidy" against "the
 * subsidy was introduced because of the fall in youth unemployment". What one gives as the cause is the other's effect.
 */
function causeTraded(a: string, b: string): boolean {
  const [ca, cb] = [causeAndEffect(a), causeAndEffect(b)];
  if (!ca || !cb || [ca.cause, ca.effect, cb.cause, cb.effect].some((x) => x.length === 0)) return false;
  const held = (x: readonly string[], y: readonly string[]) => x.filter((w) => y.includes(w)).length / Math.min(x.length, y.length);
  return held(ca.cause, cb.effect) >= 0.6 && held(ca.effect, cb.cause) >= 0.6 && held(ca.cause, cb.cause) < 0.5 && held(ca.effect, cb.effect) < 0.5;
}

// A bound on a figure: "within 14 days", "less than 5%" (at most) against "longer than 14 days", "at least 5%" (at least).
// Not "nearly", "about" (a figure near, either side), nor "over" and "under" ("over two years" is a span).
// The figure with the word after it: "within 2 years" bounds no "more than 2 million".
const FIGURE_AT = String.raw`(?:about\s+)?[$€£]?(\d[\d,]*(?:\.\d+)?(?:\s*%|\s+[a-z]+)?)`;
// "as much as", "as many as": a loose upper figure newswire also gives as "more than"; "no more than" is at most.
const AT_MOST = new RegExp(
  String.raw`\b(?:within|(?<!\bno\s)less\s+than|(?<!\bno\s)fewer\s+than|below|at\s+most|no\s+more\s+than|shorter\s+than|up\s+to)\s+${FIGURE_AT}`,
  "gi",
);
const AT_LEAST = new RegExp(
  String.raw`\b(?:(?<!\bno\s)more\s+than|longer\s+than|at\s+least|above|exceeding|in\s+excess\s+of|upwards\s+of|no\s+less\s+than|no\s+fewer\s+than)\s+${FIGURE_AT}`,
  "gi",
);
/** "paid within 14 days" against "take longer than 14 days to be paid": the same figure bounded from either side. */
function boundsOpposed(a: string, b: string): boolean {
  const bounds = (t: string, re: RegExp) => new Set([...t.matchAll(re)].map((m) => m[1].replace(/,/g, "").replace(/\s+/g, " ").toLowerCase()));
  const [mostA, leastA, mostB, leastB] = [bounds(a, AT_MOST), bounds(a, AT_LEAST), bounds(b, AT_MOST), bounds(b, AT_LEAST)];
  const only = (x: Set<string>, notX: Set<string>, y: Set<string>, notY: Set<string>) => [...x].some((v) => !notX.has(v) && y.has(v) && !notY.has(v));
  return only(mostA, leastA, leastB, mostB) || only(leastA, mostA, mostB, leastB);
}

// What a money figure is, where two measures are told apart: "operating profit" is not "net profit".
const MEASURE_KIND =
  /\b(net|gross|operating|pre-tax|pretax|before-tax|after-tax|underlying|adjusted|core)\s+(profits?|loss(?:es)?|income|earnings|margins?|debts?|revenues?|sales|results?)\b/gi;
/** "an operating profit of 212 million euros" against "net profit came to 212 million euros": two measures, one figure. */
function measureKindDiffers(a: string, b: string): boolean {
  // One measure under several names: "pretax" and "before-tax" are pre-tax; "underlying", "adjusted" and "core" are one.
  const same = (kind: string) =>
    kind
      .toLowerCase()
      .replace(/^(?:pretax|before-tax)$/, "pre-tax")
      .replace(/^(?:underlying|core)$/, "adjusted");
  const kinds = (t: string) => {
    const out = new Map<string, Set<string>>();
    for (const m of t.matchAll(MEASURE_KIND)) {
      const noun = stemWord(m[2].toLowerCase());
      out.set(noun, (out.get(noun) ?? new Set()).add(same(m[1])));
    }
    return out;
  };
  const [ka, kb] = [kinds(a), kinds(b)];
  // Another measure only where the two name no measure of that noun in common.
  return [...ka].some(([noun, set]) => kb.has(noun) && ![...set].some((k) => kb.get(noun)!.has(k)));
}

// A figure's next word: a span of time ("for three years") or a thing counted ("three warnings").
const FIGURE_THEN_WORD = /(?<![\w.,])(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+|-)([a-z]+)\b/gi;
const SPAN_WORD = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?|seasons?|nights?|centuries|century)$/;
const NOT_A_THING =
  /^(?:percent|per|cent|million|billion|thousand|hundred|trillion|bn|m|k|of|and|or|to|in|on|at|for|from|by|with|than|a|an|the|times|more|fewer|less|points?|percentage|out|consecutive|straight|successive|previous|last|next|first|earlier|later|ago|years?old|over|before|after|despite|since|during|under|between|across|into|each|apiece|aged)$/;
function spansAndThings(text: string) {
  const spans = new Set<string>();
  const things = new Set<string>();
  for (const m of text.matchAll(FIGURE_THEN_WORD)) {
    const word0 = m[1].toLowerCase();
    const value = NUMBER_WORDS.includes(word0) ? String(NUMBER_WORDS.indexOf(word0)) : m[1].replace(/,/g, "");
    const word = m[3].toLowerCase();
    // "a 15-year-old boy" is no span of time.
    if (m[2] === "-" && /^-old\b/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // "for three years", "a three-year ban"; not "31,000 season tickets", where the time word describes the thing.
    if (SPAN_WORD.test(word)) {
      if (m[2] === "-" || /s$/.test(word) || value === "1") spans.add(value);
    } else if (!NOT_A_THING.test(word) && !STOP.has(word) && !/^\d/.test(word)) things.add(value);
  }
  return { spans, things };
}
/** "ignored three warnings" against "ignored warnings for three years": one figure counts things, the other time. */
function spanAgainstCount(a: string, b: string): boolean {
  const [x, y] = [spansAndThings(a), spansAndThings(b)];
  const one = (p: typeof x, q: typeof x) => [...p.things].some((v) => !p.spans.has(v) && q.spans.has(v) && !q.things.has(v));
  return one(x, y) || one(y, x);
}

// One party pays (lends, owes, sells, gives) another: "Kestrel Ridge must pay the Authority" against "the Authority
// must pay Kestrel Ridge".
// A name of at most four words, starting where no word goes on (linear on any text).
const PARTY = String.raw`(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,3})`;
const GIVES = new RegExp(
  String.raw`${PARTY}(?:['’]s)?\s+(?:(?:must|will|would|has|have|had|was|were|is|are|ordered|agreed|to|been|also|still|now)\s+){0,3}(pay|pays|paid|owe|owes|owed|lend|lends|lent|give|gives|gave|given|award|awards|awarded|compensate|compensates|compensated)\s+(?:the\s+)?${PARTY}`,
  "gu",
);
// One act in its forms: only "X paid Y" against "Y paid X" is a swap, not "X lent Y" against "Y owes X".
const GIVING_ACT = (verb: string) =>
  verb
    .toLowerCase()
    .replace(/^(?:pays|paid)$/, "pay")
    .replace(/^(?:owes|owed)$/, "owe")
    .replace(/^(?:lends|lent)$/, "lend")
    .replace(/^(?:gives|gave|given)$/, "give")
    .replace(/^(?:awards|awarded)$/, "award")
    .replace(/^compensat\w+$/, "compensate");
const party = (name: string) =>
  name
    .replace(/^(?:The|A|An)\s+/, "")
    .toLowerCase()
    .split(/\s+/)
    .slice(0, 2)
    .join(" ");
/** Who pays whom traded: "costs Kestrel Ridge must pay the Authority" against "the Authority must pay Kestrel Ridge". */
function payeeTraded(a: string, b: string): boolean {
  const gives = (t: string) =>
    [...t.matchAll(GIVES)].map((m) => [party(m[1]), party(m[3]), GIVING_ACT(m[2])] as const).filter(([x, y]) => x !== y && x !== "" && y !== "");
  const gb = gives(b);
  return gives(a).some(([x, y, act]) => gb.some(([u, v, other]) => u === y && v === x && act === other));
}

// "St Aldric's recruited 27 midwives from neighbouring hospitals" against "Neighbouring hospitals poached 27 midwives
// from St Aldric's"; "the city may withhold €40m from the supplier" against "the supplier may withhold €40m from the
// city": what one claim has taken from one party, the other has that party take from the first. A "from" phrase ends
// at a preposition, a relative word or a stop; one holding a figure or a time ("from 341 million", "from a year
// earlier") is no party.
const FROM_PARTY =
  /\bfrom\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=\s+(?:in|at|on|to|into|for|over|under|after|before|since|by|and|with|during|who|which|that|as|because|when|while)\b|\s*[,.;:!?)]|\s*$)/gu;
const fromWord = (w: string) => concept(stemWord(w.replace(/['’]s$/, "").toLowerCase()));
const CALENDAR_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;
/** Words that can name a party or what was taken: no figure, no time, no function word. */
const partyWord = (w: string) =>
  !/\d/.test(w) && !NUMBER_WORDS.includes(w.toLowerCase()) && !CALENDAR_WORD.test(w) && !STOP.has(w.toLowerCase()) && !TIME_UNIT.has(fromWord(w));
/**
 * Each "from" phrase's last word (the party) and the words just before "from" in its clause (what was taken and how:
 * "recruited 27 midwives"), and the claim's words outside its "from" phrases.
 */
function fromParties(text: string): { heads: string[]; taken: Set<string>; rest: Set<string> } {
  const heads: string[] = [];
  const taken = new Set<string>();
  for (const m of text.matchAll(FROM_PARTY)) {
    const words = m[1].split(/\s+/);
    if (!words.every(partyWord)) continue;
    heads.push(fromWord(words[words.length - 1]));
    const clause = text.slice(0, m.index).split(/[,;:]/).at(-1) ?? "";
    for (const w of (clause.match(/[\p{L}’'-]+/gu) ?? []).slice(-5)) if (partyWord(w)) taken.add(fromWord(w));
  }
  const rest = text.replace(FROM_PARTY, " ").match(/[\p{L}’'-]+/gu) ?? [];
  return { heads, taken, rest: new Set(rest.map(fromWord)) };
}
function sourceTraded(a: string, b: string): boolean {
  if (!/\bfrom\b/i.test(a) || !/\bfrom\b/i.test(b)) return false;
  const [fa, fb] = [fromParties(a), fromParties(b)];
  if (fa.heads.length === 0 || fb.heads.length === 0 || fa.heads.some((h) => fb.heads.includes(h))) return false;
  // The same thing taken ("27 midwives", "withhold … €40m") from each other: "Ukraine retook Kherson from Russian troops"
  // against "Russian troops withdrew from Kherson" takes nothing from anyone in the second.
  if (![...fa.taken].some((w) => fb.taken.has(w))) return false;
  return fa.heads.some((h) => fb.rest.has(h)) && fb.heads.some((h) => fa.rest.has(h));
}

// "Eastfield paid €118m for Vrba" against "Eastfield pocketed €118m when they sold Vrba", "Voss received €860,000"
// against "Voss paid €860,000": the same party paying in one claim and paid in the other. Only when both open with that
// party: "Northfield sold Vrba to Eastfield" is Eastfield's purchase told from the seller's side.
const PAYS =
  /\b(?:bought|buy(?:s|ing)?|purchas(?:ed|es|ing)|acquir(?:ed|es|ing)|signed\s+(?:[^\s.;]+\s+){0,6}?from|(?<!\b(?:was|were|been|being|is|are|be|get|got)\s)(?:paid|pays|paying|spent|spends|lent|lends))\b/i;
const IS_PAID =
  /\b(?:sold|sell(?:s|ing)?|pocketed|offloaded|received|receives|earned|earns|borrowed|borrows|(?:was|were|been|being|is|are|be|get|got)\s+paid)\b/i;
// The act right after the party the claim opens with ("Eastfield Rovers paid", "Voss has received"): not "In 2023, …",
// not "Apple said customers bought", not "Swift's shows sold out".
const OPENING_ACT =
  /^\s*(?:The\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)\s+(?:(?:has|have|had|will|would|also|then|reportedly)\s+){0,2}(\p{Ll}+(?:\s+paid)?)\b/u;
function tradeSideTurned(a: string, b: string): boolean {
  const side = (t: string) => {
    const m = OPENING_ACT.exec(t);
    if (!m || STOP.has(m[1].toLowerCase()) || /\bout\b/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    const act = m[2];
    return { party: m[1].toLowerCase(), side: PAYS.test(act) && !IS_PAID.test(act) ? "pays" : IS_PAID.test(act) ? "paid" : null };
  };
  const [sa, sb] = [side(a), side(b)];
  return !!sa?.side && !!sb?.side && sa.side !== sb.side && sa.party === sb.party;
}

// "Halvorsen Steel is owned by Vantor Capital" against "Vantor Capital is a subsidiary of Halvorsen Steel": owner and
// owned traded. Names are runs of capitalised words; a description may stand before the second ("the investment group").
const NAME_RUN = String.raw`(\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,3})`;
const BETWEEN = String.raw`(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}`;
const OWNERSHIP: [RegExp, "owner-first" | "owned-first"][] = [
  [
    new RegExp(
      String.raw`${NAME_RUN}\s+(?:is|was|are|were|has been|had been)\s+(?:(?:wholly|partly|majority|fully|now|still)[\s-]+)?owned\s+by\s+${BETWEEN}${NAME_RUN}`,
      "gu",
    ),
    "owned-first",
  ],
  [new RegExp(String.raw`${NAME_RUN}\s+(?:owns|owned|controls|controlled)\s+${BETWEEN}${NAME_RUN}`, "gu"), "owner-first"],
  [
    new RegExp(
      String.raw`${NAME_RUN}\s+(?:is|was|became)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:subsidiary|unit|division|arm)\s+of\s+${BETWEEN}${NAME_RUN}`,
      "gu",
    ),
    "owned-first",
  ],
];
function owners(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [re, order] of OWNERSHIP)
    for (const m of text.matchAll(re)) {
      const [x, y] = [m[1].toLowerCase(), m[2].toLowerCase()];
      out.push(order === "owner-first" ? [x, y] : [y, x]);
    }
  return out;
}
function ownershipTurned(a: string, b: string): boolean {
  if (
    !/\b(?:own|owns|owned|controls|controlled|subsidiary|unit|division|arm)\b/i.test(a) ||
    !/\b(?:own|owns|owned|controls|controlled|subsidiary|unit|division|arm)\b/i.test(b)
  )
    return false;
  const ob = owners(b);
  return owners(a).some(([x, y]) => x !== y && ob.some(([u, v]) => u === y && v === x));
}

// "has killed at least 87 people" against "the death toll has reached 87": a death toll counts the people killed.
const KILLED = /\b(?:killed|died|dead|deaths?|lost their lives|lives)\b/i;
const DEATH_TOLL = /\bdeath\s+toll\b/i;
const tollOfDead = (counted: string, killedText: string, tollText: string) =>
  (PEOPLE.test(counted) || /^(?:civilian|soldier|child|children|worker|miner|passenger|migrant)s?$/.test(counted)) &&
  KILLED.test(killedText) &&
  DEATH_TOLL.test(tollText);

export function matchReaders(ra: ClaimReader, rb: ClaimReader): Match {
  const plain = tokenSimilarity(ra.tokens, rb.tokens);
  // Synonyms are looked up only where the words come near: most candidates are far off.
  const whole = plain >= 0.25 && plain < MATCH_THRESHOLD ? Math.max(plain, tokenSimilarity(ra.tokens, alignedTo(ra.tokens, rb.tokens))) : plain;
  const [short, long] = ra.tokens.length <= rb.tokens.length ? [ra.tokens, rb.tokens] : [rb.tokens, ra.tokens];
  const span = long.length >= short.length * 1.4 ? containment(short, long) : 0;
  const score = Math.round(Math.max(whole, span) * 1000) / 1000;
  const close = whole >= MATCH_THRESHOLD || span >= SPAN_THRESHOLD;
  const maybe = !close && whole >= ANCHORED_THRESHOLD && [ra.tokens, rb.tokens].every((t) => t.some((w) => /^\d/.test(w)));
  if (!close && !maybe) return { score, same: false, blockedBy: null };
  // Only figures that anchor the claims together keep a far candidate in: checked before the whole parse.
  if (!close && !figuresAnchor(ra.figures(), rb.figures())) return { score, same: false, blockedBy: null };
  const pa = ra.full();
  // A pair of verbs for one event told from either side ("handled" / "passed through"), read once per pair.
  const pairedVerbs = converseWords(ra.text, rb.text);
  const pb = rb.full();
  if (!close && !anchored(pa, pb)) return { score, same: false, blockedBy: null };
  // Inside a longer sentence when the short claim's words run on there as they are; words put between
  // them ("Unemployment among young people in Italy") narrow the claim instead.
  const pairsOf = (t: readonly string[]) => t.slice(1).map((w, i) => `${t[i]} ${w}`);
  const inside = span >= SPAN_THRESHOLD && pairsOf(short).every((p) => pairsOf(long).includes(p));
  // Read for denials: a "none greater" that restates the other's superlative is no denial (its others still are).
  const [ta, tb] = [greatestRestated(ra.text, rb.text) ?? ra.text, greatestRestated(rb.text, ra.text) ?? rb.text];
  const [negA, negB] = [ta === ra.text ? pa.negated : negatedText(ta), tb === rb.text ? pb.negated : negatedText(tb)];
  if (negA !== negB && !(span >= SPAN_THRESHOLD && negatedWhere(shorterOf(ra, rb), longerOf(ra, rb)) === negatedText(shorterOf(ra, rb).text)))
    return { score, same: false, blockedBy: "negation" };
  if (
    (pa.polarity && pb.polarity && pa.polarity !== pb.polarity) ||
    stanceFlipped(ra.text, rb.text) ||
    quantifiersOpposed(ra.text, rb.text) ||
    actsOpposed(ra.text, rb.text) ||
    boundsOpposed(ra.text, rb.text) ||
    recordMissed(ra.text, rb.text) ||
    scheduleOpposed(ra.text, rb.text)
  )
    return { score, same: false, blockedBy: "negation" };
  if (span < SPAN_THRESHOLD && verbNegated(ta) !== verbNegated(tb)) return { score, same: false, blockedBy: "negation" };
  if (!inside && negA === negB && (deniedClauses(ta) === 0) !== (deniedClauses(tb) === 0)) return { score, same: false, blockedBy: "negation" };
  if (
    swapped(pa, pb, whole < MATCH_THRESHOLD) ||
    voiceTurned(pa, pb, ra.text, rb.text) ||
    figuresSwapped(ra.text, rb.text) ||
    figuresSwapped(rb.text, ra.text) ||
    directionReversed(ra.text, rb.text) ||
    baselineSwapped(ra.text, rb.text) ||
    (pairedVerbs.length === 0 && countriesTraded(pa, pb)) ||
    (!inside && (transposed(ra, rb) || clausesTraded(ra.text, rb.text) || causeTraded(ra.text, rb.text))) ||
    payeeTraded(ra.text, rb.text) ||
    sourceTraded(ra.text, rb.text) ||
    tradeSideTurned(ra.text, rb.text) ||
    ownershipTurned(ra.text, rb.text) ||
    deniedTraded(ra.text, rb.text) ||
    (!inside && (comparedSwapped(ra.text, rb.text) || namesTraded(ra.text, rb.text)))
  )
    return { score, same: false, blockedBy: "roles" };
  if (
    !inside &&
    ((whole >= 0.6 &&
      ((!lightVerb(ra.text) && !lightVerb(rb.text) && pairedVerbs.length === 0 && nounsSwapped(pa, pb)) ||
        (pa.action === pb.action && pa.turned === pb.turned && tradedAcross(ra.text, rb.text)))) ||
      possessorShift(pa, pb, ra.text, rb.text) ||
      exchangeTurned(ra.text, rb.text) ||
      talliesTurned(ra.text, rb.text))
  )
    return { score, same: false, blockedBy: "roles" };
  if (
    contrasted(ra.tokens, rb.tokens) ||
    otherPlace(ra.text, rb.text) ||
    (!inside && FIRST_WHEN.test(ra.text) !== FIRST_WHEN.test(rb.text)) ||
    (span === 0 && plannedOnce(ra.text, rb.text))
  )
    return { score, same: false, blockedBy: "wording" };
  // Inside a longer sentence, only the short claim's figures must be found; the sentence may hold others. So too
  // when most of the short claim's words are in it without running on as they are ("Karsby hotels have cut …"
  // against "… its members in Karsby had cut …, and that tourism makes up two-thirds of …").
  // "900 suspected cholera cases" against "900 cases of suspected cholera": a changer the other claim says too changes nothing.
  const unchanged = (x: ClaimParts, other: string): ClaimParts["figures"] =>
    x.figures.map((f) => (COUNT_CHANGER.test(f.counts[0] ?? "") && new RegExp(`\\b${f.counts[0]}\\b`, "i").test(other) ? { ...f, counts: [] } : f));
  const [fa, fb] = [unchanged(pa, rb.text), unchanged(pb, ra.text)];
  const [shortFigures, longFigures] = ra.tokens.length <= rb.tokens.length ? [fa, fb] : [fb, fa];
  // Each of the claim's figures that the sentence holds must be in the clause that holds the claim's words:
  // "Unemployment rose 5% in March" is not in "Unemployment rose in March, …, while consumer prices rose 5%".
  const asSpan = inside || span >= SPAN_THRESHOLD;
  const clauseFigures = asSpan ? figures(holdingClause(longerOf(ra, rb).text, short)) : [];
  const near = (f: Figure, others: Figure[]) => others.some((g) => nearValue(f.value, g.value, f.approx || g.approx));
  const heldThere = shortFigures.every((f) => isYear(f) || !near(f, longFigures) || near(f, clauseFigures));
  const figuresOk = asSpan ? heldThere && figuresAgree(shortFigures, longFigures) : figuresAgree(fa, fb) && figuresAgree(fb, fa);
  // "arrested 800 people in 2023" against "since 2023": one year, or all the years since.
  const year = (t: string) => new RegExp(`\\bin\\s+(\\d{4})\\b`).exec(t)?.[1];
  const sinceYear = (t: string) => /\bsince\s+(?:\w+\s+)?(\d{4})\b/.exec(t)?.[1];
  // "began supplying … in 2023" is "has been supplying since 2023": a start, not one year.
  const inVersusSince = (x: string, y: string) =>
    !!year(x) && year(x) === sinceYear(y) && !sinceYear(x) && !/\b(?:began|begun|begin|start(?:ed)?|launch(?:ed)?)\b/i.test(x);
  if (!inside && (inVersusSince(ra.text, rb.text) || inVersusSince(rb.text, ra.text))) return { score, same: false, blockedBy: "figures" };
  if (
    yearsApart(shorterOf(ra, rb).text, longerOf(ra, rb).text, inside) ||
    rangeAdded(ra.text, rb.text) ||
    rangeAdded(rb.text, ra.text) ||
    periodsApart(ra.text, rb.text) ||
    (!inside && addedOnce(ra.text, rb.text))
  )
    return { score, same: false, blockedBy: "figures" };
  // Nearly the same words about the same figure, but of another subject: "Youth unemployment … 45%"
  // against "Unemployment … 45%", "profits rose 20%" against "revenue rose 20%".
  if (!inside && whole >= 0.7 && sharesFigure(pa, pb) && subjectDiffers(pa, pb)) return { score, same: false, blockedBy: "figures" };
  if (!inside && comparedOther(ra.text, rb.text)) return { score, same: false, blockedBy: "figures" };
  if (
    figureJoined(ra.text, rb.text) ||
    figureJoined(rb.text, ra.text) ||
    figureOfNarrower(ra.text, rb.text) ||
    measureKindDiffers(ra.text, rb.text) ||
    (!inside && (headsDiffer(ra.text, rb.text) || spanAgainstCount(ra.text, rb.text))) ||
    (sharesFigure(pa, pb) && (kindAdded(shorterOf(ra, rb), longerOf(ra, rb)) || (ra.tokens.length === rb.tokens.length && kindAdded(rb, ra))))
  )
    return { score, same: false, blockedBy: "figures" };
  // "91% effective against severe disease" against "… against infection": the same figure for another target.
  if (!inside && sharesFigure(pa, pb) && (otherTarget(ra.text, rb.text) || elsewhere(ra, rb))) return { score, same: false, blockedBy: "figures" };
  // "since the ceasefire collapsed" against "since the war began in 2021": counted from another point.
  const otherStart = !inside && pa.since && pb.since && pa.since.length > 0 && pb.since.length > 0 && !pa.since.some((w) => pb.since?.includes(w));
  // "The army lost 310 this week" against "lost 310 tanks this week": one says what the figure counts, the
  // other nowhere names it. "Sales rose to 31,000" against "sold 31,000 season tickets" names it elsewhere.
  const countUnsaid = (x: ClaimParts, y: ClaimParts, xText: string, yText: string) =>
    x.figures.some(
      (f) =>
        f.counts.length > 0 &&
        !isYear(f) &&
        // A tally's votes ("by 72 votes to 28", "72-28") go without saying; so do "people", which any count of
        // persons is ("812,000 patients waiting" against "812k people on waiting lists").
        f.counts[0] !== "vote" &&
        f.counts[0] !== "people" &&
        y.figures.some((g) => g.value === f.value && g.counts.length === 0) &&
        !y.tokens.some((w) => w === f.counts[0] || related(w, f.counts[0])) &&
        !tollOfDead(f.counts[0], xText, yText),
    );
  if (!inside && (countUnsaid(pa, pb, ra.text, rb.text) || countUnsaid(pb, pa, rb.text, ra.text) || shareUnsaid(pa, pb) || shareUnsaid(pb, pa)))
    return { score, same: false, blockedBy: "figures" };
  if (
    !inside &&
    (qualifiedOnce(ra, rb) ||
      qualifiedOnce(rb, ra) ||
      otherBase(ra.text, rb.text) ||
      (sharesFigure(pa, pb) && (alternativeAdded(ra.text, rb.text) || eachOnce(pa, pb, ra.text, rb.text))))
  )
    return { score, same: false, blockedBy: "figures" };
  if (
    !figuresOk ||
    (pa.base && pb.base && pa.base !== pb.base) ||
    otherStart ||
    otherSpan(pa, pb) ||
    otherSpan(pb, pa) ||
    levelAgainstChange(ra.text, rb.text) ||
    (!inside && sharesFigure(pa, pb) && (dayAgainstPeriod(ra.text, rb.text) || rateAgainstTotal(ra.text, rb.text)))
  ) {
    return { score, same: false, blockedBy: "figures" };
  }
  // "by 312 votes to 198" against "312-198": the word one claim counts the figures in, where the other leaves them bare.
  const countedOnce = (x: ClaimParts, y: ClaimParts) =>
    x.figures.filter((f) => f.counts.length > 0 && y.figures.some((g) => g.value === f.value && g.counts.length === 0)).map((f) => f.counts[0]);
  // So is a pair of verbs that says one event from either side ("handled" and "passed through"), but only with the
  // nouns in the other order: "A lent B 5 million" against "A borrowed 5 million from B" is no paraphrase.
  const turnedAround = pairedVerbs.length > 0 && nounsSwapped(pa, pb);
  const counted = new Set([...countedOnce(pa, pb), ...countedOnce(pb, pa), ...(turnedAround ? pairedVerbs : [])]);
  if (!inside && substituted(ra.tokens, rb.tokens, pa.turned !== pb.turned && pa.parties.length + pb.parties.length > 0, counted))
    return { score, same: false, blockedBy: "wording" };
  if (shorterSpan(ra, rb)) return { score, same: false, blockedBy: "figures" };
  if (!inside && narrowed(ra, rb, new Set([...pa.named, ...pb.named, ...[...pa.parties, ...pb.parties].flatMap((p) => p.split("-"))])))
    return { score, same: false, blockedBy: "figures" };
  const [shortReader, longReader] = ra.tokens.length <= rb.tokens.length ? [ra, rb] : [rb, ra];
  // Of two claims as long as each other, either may be the narrower: both ways.
  const narrower = (x: ClaimReader, y: ClaimReader) => widened(x, y) || placeAdded(x, y);
  if (narrower(shortReader, longReader) || (ra.tokens.length === rb.tokens.length && (listed(longReader, shortReader) || placeAdded(longReader, shortReader))))
    return { score, same: false, blockedBy: "figures" };
  return { score, same: true, blockedBy: null };
}

export function matchClaims(a: string, b: string): Match {
  return matchReaders(new ClaimReader(a), new ClaimReader(b));
}

export const sameClaim = (a: string, b: string) => matchClaims(a, b).same;
