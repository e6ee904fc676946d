import { LRUCache } from "lru-cache";
import nlp from "../intake/nlp";

/**
 * Lexical claim matching, so a claim repeated with small wording changes across
 * articles is recognised as the same claim.
 *
 * Method: both texts are normalised into content tokens (see normalizeClaimText).
 * The score is 0.7 × Dice(token sets) + 0.3 × Dice(adjacent-token bigram sets):
 * the unigram part tolerates reordering, the bigram part rewards shared phrasing.
 * A claim is mostly defined by its figures, so when both texts carry numbers
 * and they disagree the score is multiplied by 0.5 + 0.5 × Jaccard(numbers);
 * with completely different numbers the score therefore stays below 0.5.
 *
 * Threshold 0.5: on the test pairs, paraphrases (number words vs digits, case,
 * word order, stop words, British/American spelling) score 0.6 or more, while
 * same-topic-different-claim, different-number and unrelated pairs stay under
 * about 0.45. The words are all it sees: lib/tracking/claim-parts.ts builds on it
 * and adds what a bag of words misses (negation, swapped roles, what a figure counts).
 */
export const SIMILARITY_THRESHOLD = 0.5;

const UNIGRAM_WEIGHT = 0.7;
const FIGURE = /^\d+(?:\.\d+)?$/;

// Negations and comparison words are kept on purpose: "did not supply" and
// "more than 50" are different claims from "supplied" and "less than 50".
// Hedges ("roughly 100") are dropped: they rarely change what is being claimed.
export const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are as at be been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself " +
    "him himself his how i if in into is it its itself just me my myself nor now of off on once only or other our ours " +
    "ourselves out own same she should so some such that the their theirs them themselves then there these they this " +
    "those through to too until up very was we were what when where which while who whom why will with would you your " +
    "yours yourself yourselves also amid among per via whose roughly approximately around"
  ).split(" "),
);

// Cheap gate: parsing with compromise costs milliseconds per clause, and
// matching normalises every candidate, so skip clauses without number words.
const NUMBER_WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|twentie|thirtie|fortie|fiftie|sixtie|seventie|eightie|ninetie|hundred|thousand|million|billion)th)\b/i;

/**
 * Clauses already converted: matching two claims reads each one's words several times over (its
 * tokens, its figures, then rule after rule), and a compromise parse is a millisecond where this is a
 * lookup. Bounded, so text from anywhere (tips, imports) cannot grow it.
 */
const converted = new LRUCache<string, string>({ max: 4_000 });

// "1140 million", "3.5 billion": a figure and its scale, the commonest number words in news copy.
// Not "3 billion a year", which compromise reads as "3000000000 year".
const SCALED = /(?<=^|[\s(])(\d+)(?:\.(\d+))? (thousand|million|billion|trillion)(?=$|[\s.,;:!?)])(?!\s+an?\b)/g;
const ZEROS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
// Anything else compromise might read as a number ("half", "twice", "dozens", "II"); any other figure
// too ("3rd", "42.0", "8 of 5 million", "3.5 billion and 6"), which it might join with this one.
const OTHER_NUMBER_WORD =
  /\b(?:half|halves|quarters?|couple|dozens|twice|once|thrice|hundreds|thousands|millions|billions|trillions|nil|point|minus|plus|score)\b/i;
const ROMAN = /\b[IVXLCDM]+\b/;
const FIGURE_NEAR = /[\d\0](?:\s+|\s*[-–]\s*)[\d\0]|\0\s*\W*\s*\0|\0\s+of\s+\0/;
// The one other figure let through: a year after a preposition ("5 million in 2023").
const YEAR = /\b(?:in|since|by|until|before|after|during|through)\s+(?:1[89]|20)\d\d\b(?![.,]?\d)/gi;

/**
 * What compromise's `numbers().toNumber()` makes of a clause whose only number words are figures with
 * their scale ("1140 million" is 1140000000, "3.5 billion" 3500000000), without its parse (about a
 * millisecond a clause); null for any other clause, which compromise reads. Digit for digit as
 * compromise writes them, but where compromise is wrong ("4.1 million" as 4099999.9999999995,
 * "between 4 million and 6 million" as "between 0"): tests/unit/scaled-figures.test.ts holds the two
 * together on every clause of the evaluation articles.
 */
export function scaledFigures(clause: string): string | null {
  let exact = true;
  const rest = clause.replace(SCALED, (_all, _whole: string, fraction = "", scale: string) => {
    if (fraction.length > ZEROS[scale]) exact = false;
    return "\0";
  });
  if (!exact || !rest.includes("\0") || FIGURE_NEAR.test(rest)) return null;
  const words = rest.replace(YEAR, " ");
  if (/\d/.test(words) || NUMBER_WORD.test(words) || OTHER_NUMBER_WORD.test(words) || ROMAN.test(words)) return null;
  return clause.replace(SCALED, (_all, whole: string, fraction = "", scale: string) =>
    `${whole}${fraction.padEnd(ZEROS[scale], "0")}`.replace(/^0+(?=\d)/, ""),
  );
}

/** Numbers are parsed clause by clause: compromise merges "3.5 million, 50" across a comma. */
function numbersToDigits(text: string): string {
  return text
    .split(/(?<=[,;:!?()])\s+|(?<=\.)\s+/)
    .map((clause) => {
      if (!NUMBER_WORD.test(clause)) return clause;
      const quick = scaledFigures(clause);
      if (quick !== null) return quick;
      const known = converted.get(clause);
      if (known !== undefined) return known;
      const doc = nlp(clause);
      doc.numbers().toNumber();
      // compromise computes in floating point: "4.1 million" comes out as 4099999.9999999995, where
      // scaledFigures writes 4100000. Twelve significant digits drop the noise and keep real decimals.
      const digits = doc.text().replace(/\d+\.\d{7,}/g, (n) => String(Number(Number(n).toPrecision(12))));
      converted.set(clause, digits);
      return digits;
    })
    .join(" ");
}

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Numbers written as words, each at its value's index: "twelve" is 12. */
export const NUMBER_WORDS = [...SMALL, "eleven", "twelve"];
const PARTS: Record<string, number> = { half: 2, halve: 2, halves: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
const part = (word: string) => PARTS[word.toLowerCase().replace(/s$/, "")] ?? PARTS[word.toLowerCase()];
const count = (word: string) => (/^(?:a|an)$/i.test(word) ? 1 : SMALL.indexOf(word.toLowerCase()));
const round1 = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Fractions written in words, as figures: "a quarter of a million" is 250000, "nine-tenths of" and
 * "half of" are shares ("90 percent of", "50 percent of"; a third is "about 33.3 percent"), "thirty-fold"
 * is "thirty fold". "The second half of the year" is a time, not a share, and stays.
 */
function fractionsToFigures(text: string): string {
  return (
    text
      // "six and a half thousand" is 6,500; "two and a half million" 2.5 million.
      .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) and a half (thousand|million|billion)\b/gi, (all, n: string, scale: string) => {
        const whole = /^\d/.test(n) ? Number(n) : count(n);
        return whole > 0 ? `${whole + 0.5} ${scale}` : all;
      })
      // "a quarter-point cut", "half a point", "three-quarters of a point": of a percentage point, as rates move.
      .replace(
        /\b(?:(?:a|an|one)[- ])?(half|quarter|three[- ]quarters)(?:[- ]| of an? | an? )(?:percentage[- ])?point\b(?!\s+(?:of|lead|margin|deficit|gap|ahead|behind|clear|adrift|short)\b)/gi,
        (_all, p: string) => `${{ half: 0.5, quarter: 0.25 }[p.toLowerCase() as "half"] ?? 0.75} percentage point`,
      )
      // "a quarter of a percentage point" is 0.25 of one (as "25 basis points" are), not 25 percent.
      .replace(
        /\b(?:(a|an|one|two|three)[- ])?(half|quarter|quarters|third|thirds) (?:of )?an? percentage point\b/gi,
        (all, n: string | undefined, p: string) => {
          const value = (n ? count(n) : 1) / part(p);
          return value > 0 && value < 1 ? `${Math.round(value * 100) / 100} percentage point` : all;
        },
      )
      .replace(
        /\b(a|an|one|two|three)[- ](half|halves|third|thirds|quarter|quarters) of an? (thousand|million|billion)\b/gi,
        (all, n: string, p: string, scale: string) => {
          const value = (count(n) / part(p)) * { thousand: 1e3, million: 1e6, billion: 1e9 }[scale.toLowerCase() as "thousand"];
          return Number.isFinite(value) && value > 0 ? String(Math.round(value)) : all;
        },
      )
      .replace(
        /(?<!\b(?:first|second|third|fourth|last|latter|other|next|back|front|the|final|latest|each|every|this|that|\d+(?:st|nd|rd|th))\s)\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[- ])?(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths) of\b(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))/gi,
        (all, n: string | undefined, p: string) => {
          const share = ((n ? count(n) : 1) / part(p)) * 100;
          if (!(share > 0 && share < 100)) return all;
          return `${Number.isInteger(share) ? "" : "about "}${round1(share)} percent of`;
        },
      )
      // "dropped by more than three-quarters", "fell by nearly a third": a change by a share, as a percentage.
      .replace(
        /\bby ((?:more than|over|almost|nearly|about|around|roughly|some|just over|just under|less than|under) )?(a|an|one|two|three|four|five|six|seven|eight|nine)[- ](half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b(?!\s+(?:of|a|an)\b)/gi,
        (all, hedge: string | undefined, n: string, p: string) => {
          const share = (count(n) / part(p)) * 100;
          if (!(share > 0 && share < 100)) return all;
          return `by ${hedge ?? (Number.isInteger(share) ? "" : "about ")}${round1(share)} percent`;
        },
      )
      .replace(/\b(\w+)-fold\b/gi, "$1 fold")
      // "cut by half", "halved": by 50 percent. "One in five children": about 20 percent of them.
      .replace(/\bby (?:a )?half\b(?!\s+(?:a|an|of)\b)/gi, "by 50 percent")
      .replace(/\bhalved\b/gi, "cut by 50 percent")
      .replace(
        /(?<![\d.,])\b(one|two|three|four|five|six|seven|eight|nine|[1-9]) in (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b(?![.,]?\d)(?!\s+(?:hundred|thousand|million|billion|seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|attempts?|races?|events?|starts?|fights?|bouts?|tournaments?|shots?|trials?)\b)/gi,
        (all, k: string, n: string) => {
          const of = /^\d/.test(n) ? Number(n) : NUMBER_WORDS.indexOf(n.toLowerCase());
          const some = /^\d/.test(k) ? Number(k) : count(k);
          // "Three in four" is 75 percent exactly; "one in three" about 33.3.
          const share = (100 * some) / of;
          return of >= 2 && some >= 1 && some < of ? `${Number.isInteger(share) ? "" : "about "}${round1(share)} percent of` : all;
        },
      )
      .replace(/\bpercent of of\b/g, "percent of")
      .replace(/\ba dozen\b/gi, "12")
      // "half a percent" is 0.5 percent; "more than half the ballots" more than 50 percent of them.
      .replace(/\bhalf an? (percent|percentage point)\b/gi, "0.5 $1")
      .replace(/(?<!\b(?:first|second|the|last|other|latter)\s)\bhalf (?:of )?(the|all|its|their)\b/gi, "50 percent of $1")
  );
}

const CURRENCY: Record<string, string> = { "€": "euros", $: "dollars", "£": "pounds" };
const UNIT_WORD: Record<string, string> = {
  mm: "millimetres",
  cm: "centimetres",
  km: "kilometres",
  kg: "kilograms",
  g: "grams",
  mph: "miles per hour",
  "km/h": "kilometres per hour",
  kW: "kilowatts",
  MW: "megawatts",
  GW: "gigawatts",
  kWh: "kilowatthours",
  MWh: "megawatthours",
  GWh: "gigawatthours",
  TWh: "terawatthours",
};
const SCALE_ZEROS: Record<string, number> = { k: 3, mn: 6, bn: 9, tn: 12, trn: 12 };
/** "14.8" and "bn" as digits ("14800000000"); as written when the fraction is finer than the scale. */
function inDigits(all: string, whole: string, fraction: string, scale: string): string {
  const zeros = SCALE_ZEROS[scale.toLowerCase()];
  if (fraction.length > zeros) return all;
  return `${whole.replace(/,/g, "")}${fraction.padEnd(zeros, "0")}`.replace(/^0+(?=\d)/, "");
}
// A figure and "m" with a plural after it (a word between allowed): not "is", "was", "this" or "across".
const NOT_PLURAL =
  "(?:is|was|has|this|its|his|as|us|across|always|perhaps|whereas|thus|plus|less|unless|hurdles|freestyle|sprints|races|relays|heats|finals|metres|meters)";
const PLURAL_NOUN = `(?:people|children|men|women|(?!${NOT_PLURAL}\\b)[a-z]{2,}[^su\\W]s)`;
const SCALED_M = new RegExp(String.raw`(?<![\d.,])\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?m\b(?=\s+(?:(?!${NOT_PLURAL}\b)[a-z]+\s+)?${PLURAL_NOUN}\b)`, "g");
// "812k people", "a record 45k applications": thousands, with a plural after it as for "m" ("a 5k run" is a distance).
const SCALED_K = new RegExp(SCALED_M.source.replace("?m\\b", "?k\\b"), "g");

// Only near-certain equivalents in news copy; a thesaurus would blur distinct claims.
const SYNONYMS: Record<string, string> = { nation: "country" };

const ISE_WORDS = new Set(
  (
    "raise rise arise praise appraise promise advise revise supervise surprise exercise comprise compromise enterprise premise " +
    "franchise merchandise televise devise disguise despise expertise otherwise concise precise demise noise poise cruise " +
    "chastise improvise incise excise wise"
  ).split(" "),
);

/**
 * `read` with its answers for the last `max` texts kept: matching a quote against its candidates reads
 * the same texts, clauses and words again for each candidate (a candidate's text three times on average:
 * its tokens, its figures, its clauses). Answers are frozen, since every caller shares them.
 */
export function keptReads<T extends string | readonly string[]>(max: number, read: (text: string) => T): (text: string) => T {
  const kept = new LRUCache<string, T>({ max });
  return (text) => {
    let answer = kept.get(text);
    if (answer === undefined) kept.set(text, (answer = Object.freeze(read(text)) as T));
    return answer;
  };
}

/** A word is stemmed once, not at each of its claims' readings. */
const stem = keptReads(20_000, readStem);

function readStem(token: string): string {
  if (/^\d/.test(token)) return token;
  let t = token;
  if (t.length > 4 && t.endsWith("ies")) t = `${t.slice(0, -3)}y`;
  else if (t.length > 3 && t.endsWith("s") && !/(?:ss|us|is)$/.test(t)) t = t.slice(0, -1);
  // "centre", "metre", "litre", "theatre": the American "-ter".
  t = t.replace(/(cen|me|li|thea|fib|calib|lus|spec)tre$/, "$1ter");
  // British spellings fold onto American ones so "Defence" matches "Defense".
  // Only the words spelt both ways: "France", "finance" and "independence" have one spelling.
  t = t.replace(/^(defen|offen|licen|preten)ce$/, "$1se");
  // Only words spelt "-ize" in American English: "raised", "promised" and "revised" stay.
  if (t.length > 5 && !ISE_WORDS.has(t.replace(/is(?:e|ed|ing|ation)$/, "ise"))) t = t.replace(/is(e|ed|ing|ation)$/, "iz$1");
  if (t.length > 5) t = t.replace(/our$/, "or");
  return Object.hasOwn(SYNONYMS, t) ? SYNONYMS[t] : t;
}

/** Every word of a claim, lower-cased, numbers as digits, stop words kept. */
// "by the end of 2026" is "before 2027".
export const END_OF_YEAR = /\bby (?:the )?end(?:-| of )(\d{4})\b(?!['’])/gi;
export const beforeNextYear = (_all: string, year: string) => `before ${Number(year) + 1}`;

export const claimWords = keptReads<readonly string[]>(4_000, readClaimWords);

function readClaimWords(text: string): string[] {
  if (!text.trim()) return [];
  const plain = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/'s\b/gi, "")
    .replace(/%/g, " percent")
    // "1.48C", "2 °C": degrees Celsius.
    .replace(/(\d)\s?°?C\b/g, "$1 degrees celsius")
    // "€1.2m", "$5bn", "£300,000": the figure, its scale in words, then the currency.
    .replace(/([€$£])\s?(\d+(?:[.,]\d+)*)(?:\s?(m|mn|bn|k|million|billion|thousand)\b)?/gi, (_all, sign: string, n: string, scale?: string) => {
      const word = { m: "million", mn: "million", bn: "billion", k: "thousand" }[(scale ?? "").toLowerCase()] ?? scale ?? "";
      return ` ${n} ${word} ${CURRENCY[sign]} `.replace(/\s+/g, " ");
    })
    // "SEK 2.1 billion", "USD 40m": a currency's code before the figure is its unit after it.
    .replace(
      /\b(USD|EUR|GBP|SEK|NOK|DKK|CHF|JPY)\s?(\d+(?:[.,]\d+)*)(?:\s?(m|mn|bn|k|million|billion|thousand)\b)?/g,
      (_all, code: string, n: string, scale?: string) => {
        const word = { m: "million", mn: "million", bn: "billion", k: "thousand" }[(scale ?? "").toLowerCase()] ?? scale ?? "";
        const unit = { USD: "dollars", EUR: "euros", GBP: "pounds", SEK: "crowns", NOK: "crowns", DKK: "crowns", CHF: "francs", JPY: "yen" }[code];
        return ` ${n} ${word} ${unit} `.replace(/\s+/g, " ");
      },
    )
    // "1.2m homes", "35m visitors", "$4bn": the figure in digits, as "1.2 million" is read. "m" is million only
    // when a plural follows ("35m foreign visitors"); "the 400m record", "400m hurdles" and "8.5m" are metres,
    // written out so that "10m" and "10cm" disagree.
    .replace(/(?<![\d.,])\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(bn|mn|tn|trn)\b/gi, (all, whole: string, fraction = "", scale: string) =>
      inDigits(all, whole, fraction, scale),
    )
    .replace(SCALED_M, (all, whole: string, fraction = "") => inDigits(all, whole, fraction, "mn"))
    .replace(SCALED_K, (all, whole: string, fraction = "") => inDigits(all, whole, fraction, "k"))
    .replace(/\b(\d+(?:\.\d+)?)\s?m\b(?![²2/'’])/g, "$1 metres")
    // "10cm", "4 km", "2.3kg", "41 GW": the unit in words, as the other claim may write it; energy ("kWh") as one word.
    .replace(/\b(\d+(?:\.\d+)?)\s?(mm|cm|km\/h|km|kg|g|mph|kWh|MWh|GWh|TWh|kW|MW|GW)\b(?![²2])/g, (_all, n: string, unit: string) => `${n} ${UNIT_WORD[unit]}`)
    .replace(/\b(kilo|mega|giga|tera)watt[- ]hours?\b/gi, (_all, prefix: string) => `${prefix.toLowerCase()}watthours`)
    .replace(/\bper cent\b/gi, "percent")
    // A plea is no verdict: "pleaded guilty" is an admission ("found guilty" is a conviction).
    .replace(/\bplead(?:ed|s|ing)?\s+guilty\b/gi, "admitted guilt")
    // "at 00:00 on March 3" is "at midnight on 3 March"; "by the end of 2026" is "before 2027".
    .replace(/\b00[:.]00\b/g, "midnight")
    .replace(
      // Not "In March 12,000 people" (a figure) nor "In May 15 people were killed" (a count in May).
      /(?<!\b(?:[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil|[Ss]ince|[Tt]hrough)\s)\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}(?:\s?[-–]\s?\d{1,2})?)(?:st|nd|rd|th)?\b(?![.,]?\d)(?!\s+\p{Ll})(,(?=\s+\d{4}))?/gu,
      "$2 $1",
    )
    // A tally is written one way: "by 84 votes to 61", "84–61" and "61-39" are "84 to 61".
    .replace(/\b(\d{1,3}) votes? to (\d{1,3})\b/gi, "$1 to $2 votes")
    .replace(
      /(?<![\d.,-])\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b(?![-–.,]?\d)(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
      "$1 to $2",
    )
    .replace(END_OF_YEAR, beforeNextYear)
    // "came into force", "entered into force", "took effect": one event.
    .replace(/\b(?:took|take|takes|taken|taking) effect\b|\b(?:came|come|comes|coming|entered|enters|went|goes) into (?:force|effect)\b/gi, "took effect")
    // "the run-off" is "the second round" (of a vote; "the second round of talks" is not one).
    .replace(/\brun-?offs?\b|\bsecond[- ]round\b(?! of\b)/gi, (all: string, _at: number, whole: string) =>
      /^run/i.test(all) || /\b(?:vot\w*|elect\w*|ballots?|polls?|won|win|candidates?|presidential)\b/i.test(whole) ? "runoff" : all,
    )
    // "value-added tax" adds nothing.
    .replace(/\bvalue[- ]added\b/gi, "valueadded")
    // "made $3 billion" earned it ("lost $3 billion" did not); "made 40 arrests" stays as it is.
    .replace(
      /\b(make|makes|made|making)\s+(?=(?:a (?:net )?(?:profit|gain) of )?(?:[$€£]|(?:US|C|A)\$|\d[\d.,]*\s+(?:(?:million|billion|thousand)\s+)?(?:dollars|euros|pounds|crowns|kroner|yen|francs)\b))/gi,
      (verb: string) => ({ make: "earn ", makes: "earns ", made: "earned ", making: "earning " })[verb.trim().toLowerCase() as "make"],
    )
    // "turned down the offer" rejected it.
    .replace(/\bturn(?:s|ed|ing)? down\b/gi, "rejected")
    // "4.3 million km²" are square kilometres; "purchasing power" is no electric power.
    .replace(/\bkm²|\bkm2\b|\bsq\.? ?km\b/gi, "square kilometres")
    .replace(/\bpurchasing power\b/gi, "purchasingpower")
    // "is in line with", "is consistent with": complies with. "stayed away from the summit": skipped it.
    .replace(/\b(?:in line with|in compliance with|in keeping with|consistent with|compl(?:y|ies|ied|ying) with)\b/gi, "complies with")
    .replace(/\bstay(?:ed|s|ing)? away from\b/gi, "skipped")
    // "has passed 3,000", "topped 3,000": more than 3,000. "Passed 30 laws" approves them.
    .replace(
      /\b(?:has |have |had )?(exceeded|surpassed|topped|passed|crossed) (?:the )?(?=\d)(\d[\d,.]*)(?: mark\b| threshold\b)?/gi,
      (all, verb: string, n: string, at: number, whole: string) => {
        const after = whole.slice(at + all.length);
        const bare =
          /^(?:\s*(?:[,.;:)]|$)|\s+(?:this|last|in(?!\s+favou?r)|on|since|for|by|according|during|after|before|at)\b)/i.test(after) ||
          /\b(?:mark|threshold)$/.test(all);
        // "exceeded 35 times" counts times; "exceeded 2023 levels" names a year's level.
        if (/^\s+(?:times|levels?|figures?|records?)\b/i.test(after)) return all;
        return /^(?:passed|crossed)$/i.test(verb) && !bare ? all : `more than ${n}`;
      },
    )
    // One way to write what is written many ways: "from a year earlier" is "year on year", "bpd" barrels per day,
    // "chief executive" the CEO, "year-end" the end of the year, "1.48C" 1.48 degrees Celsius.
    .replace(
      /\b(?:year[- ]on[- ]year|from a year (?:earlier|ago|before)|(?:compared (?:with|to)|on) (?:a year (?:earlier|ago)|the same (?:period|month|quarter) (?:of |a year ago|last year)?(?:last year)?))\b/gi,
      "year on year",
    )
    .replace(/\bbpd\b/gi, "barrels per day")
    .replace(/\bchief executive(?: officer)?\b/gi, "CEO")
    .replace(/\byear-end\b/gi, "end of the year")
    .replace(/\b(\d+(?:\.\d+)?)\s?°?C\b/g, "$1 degrees Celsius")
    // "gross domestic product" is GDP; "25 basis points" are a quarter of a percentage point.
    .replace(/\bgross domestic product\b/gi, "GDP")
    // "the first three months of the year" is the first quarter; "the first six months" its first half.
    .replace(/\b(first|second|third|fourth|final|last)[- ]quarter\b/gi, "$1 quarter")
    .replace(/\b(first|second|third|fourth|final|last) three months\b/gi, "$1 quarter")
    .replace(/\b(first|second|last) six months\b/gi, "$1 half")
    .replace(/\b(first|second|third|fourth|final|last) (quarter|half) of the year\b/gi, "$1 $2")
    // "the second year running", "a second straight year", "the second year in a row": a second consecutive year.
    // ("10 years running the agency", "the days running up to the vote": a verb, not a run.)
    .replace(
      /\b(years?|months?|weeks?|days?|quarters?|seasons?|terms?|times?|nights?) (?:running(?!\s+(?:the|a|an|its|their|his|her|up|down|out)\b|\s+\p{Lu})|in a row)\b/gu,
      "consecutive $1",
    )
    .replace(/\b(?:straight|successive) (?=(?:years?|months?|weeks?|days?|quarters?|seasons?|terms?|times?|nights?)\b)/gi, "consecutive ")
    // "1,050 basis points" is 10.5 points and "12.5 basis points" 0.125: divided as written, never rounded first.
    .replace(
      /\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s+basis points?\b/gi,
      (_all, n: string, f = "") => `${Math.round((Number(n.replace(/,/g, "") + f) / 100) * 1e10) / 1e10} percentage point`,
    );
  const digits = numbersToDigits(fractionsToFigures(plain))
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    // "3 hours and 40 minutes" is 220 minutes.
    .replace(/(?<!\bbetween )\b(\d{1,3}) hours?,? (?:and )?(\d{1,2}) minutes?\b/g, (_all, h: string, m: string) => `${Number(h) * 60 + Number(m)} minutes`);
  return digits.match(/\d+(?:\.\d+)?[a-z]*|[a-z]+/g) ?? [];
}

export function normalizeClaimText(text: string): string[] {
  return claimWords(text)
    .filter((t) => !STOP_WORDS.has(t))
    .map(stem);
}

export { stem as stemWord };

function dice<T>(a: Set<T>, b: Set<T>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

function bigrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) out.add(`${tokens[i - 1]} ${tokens[i]}`);
  return out;
}

export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setA = new Set(a);
  const setB = new Set(b);
  const unigram = dice(setA, setB);
  const bigA = bigrams(a);
  const bigB = bigrams(b);
  // One-word claims have no bigrams; let the unigram score stand in.
  const bigram = bigA.size > 0 && bigB.size > 0 ? dice(bigA, bigB) : unigram;
  let score = UNIGRAM_WEIGHT * unigram + (1 - UNIGRAM_WEIGHT) * bigram;
  // Ordinals ("1st time") are wording, not figures, so they don't trigger the penalty.
  const numsA = new Set(a.filter((t) => FIGURE.test(t)));
  const numsB = new Set(b.filter((t) => FIGURE.test(t)));
  if (numsA.size > 0 && numsB.size > 0) score *= 0.5 + 0.5 * jaccard(numsA, numsB);
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

export function claimSimilarity(a: string, b: string): number {
  return tokenSimilarity(normalizeClaimText(a), normalizeClaimText(b));
}
