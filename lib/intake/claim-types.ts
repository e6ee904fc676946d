/**
 * What kind of claim a candidate is, and whether a desk would check it. The kinds are the field's:
 * a figure, a comparison, a cause, a rule or law, a statement of fact someone made; predictions and
 * opinions are not checkable now, so they stay under the threshold whatever else they hold.
 */
export const CLAIM_TYPES = ["quantity", "comparison", "cause", "law", "attribution", "prediction", "opinion"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  quantity: "Quantity",
  comparison: "Comparison",
  cause: "Cause and effect",
  law: "Law or rule",
  attribution: "Statement of fact",
  prediction: "Prediction",
  opinion: "Opinion",
};

/** Suggestions at or above this check-worthiness reach the desk's list. */
export const CHECKWORTHY_THRESHOLD = 0.5;

/** The strength of each type before the evidence for it is counted. */
const BASE: Record<ClaimType, number> = {
  quantity: 0.8,
  comparison: 0.72,
  cause: 0.68,
  law: 0.68,
  attribution: 0.56,
  prediction: 0.15,
  opinion: 0.12,
};

const PREDICTION =
  /\b(?:will|won['’]t|(?:is|are|was|were)\s+(?:expected|set|due|likely|unlikely|poised|scheduled|going|planning|hoping|about)\s+to|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|expects?\s+to|hopes?\s+to|would|could|might|forecasts? (?:that|a|an)\b|(?:is|are|was|were) (?:forecast|projected) to|(?:next|coming)\s+(?:week|month|year|weeks|months|years)|in the coming|to discuss|on the agenda|predicts?|expects?|(?<!than |as |had )expected\b(?!\s+(?:on average\s+)?by\s+(?:analysts|economists|investors|markets?|traders|forecasters|experts|the market)\b)|(?<!\b(?:more|less|as|equally|most|least)\s)(?:un)?likely|(?<!(?:\b(?:points?|percent|per cent|times)|%)\s)(?:more|less)\s+likely(?!\s+to\b)|(?:is|are)\s+scheduled|the\s+(?:most|least)\s+likely\s+(?:outcome|scenario|result|winner)|not rule (?:\w+\s+)?out|(?:is|are|was|were)\s+[“"]?considering|(?:kept|maintained|reiterated|stuck to)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:forecasts?|outlook|guidance))\b|\bmay\b/;
const OPINION =
  /\b(?:should|must|ought to|needs? to|(?:have|has) to|I think|we think|I believe|we believe|in (?:my|our) (?:view|opinion)|(?:has|have) shown that|^not (?:everyone|everybody|all|every)\b|^(?:a|an)\s+(?:figure|number|claim|move|step|decision|statement|remark|comment|sign|development)\s+(?:that|which)\b|clearly|obviously|undoubtedly|frankly|shameful|disgraceful|unacceptable|outrageous|absurd|ridiculous|cynical|reckless|desperate|stark contrast|pomp|totalitarian|pariah|remarkable|deserves?|regrettable|nothing more than|a sign of|a signal|a message|it is about|is about|is a mistake|a mistake|betrayal|propaganda|bluff|truly|breakthrough|(?:un)?happy|symbolic|matters a great deal|very carefully|anything but|not the end|I do not think|I don['’]t think|we do not think|described (?:it|the|them|him|her)? ?as|than (?:we|I|they|anyone|many|most) (?:had )?(?:hoped|expected|feared|thought|imagined))\b/i;
// A characterisation in quotation marks: "called the pact “a marriage of convenience”", "was “collapsing”".
// It is an opinion even with a figure in it.
// Advice is not a claim, whatever figures it names: "Anyone born after 1970 … should check their records".
const ADVICE = /\b(?:should|ought to)\b/i;
const CHARACTERISATION =
  /\b(?:called|calling) (?:it|the|them|him|her|this|that)\b[^.]*[“"]|\baccus(?:ed|es|ing)\s+(?:[^\s“"]+\s+){1,6}of\s+[“"]|\b(?:is|are|was|were|be|been|has|had|have)\s+[“"](?![^”"]*(?:\d|doubled|tripled|halved|highest|lowest|largest|biggest|smallest|most|least|record|first|stopped))(?:\S+\s+){0,5}\S+[”"]/i;
const CAUSE =
  /\b(?:because|due to|as a result(?: of)?|resulted in|results in|led to|leads to|leading to|caused|causes|causing|forcing|forced|prompting|owing to|thanks to|driven by|fuell?ed by|triggered|blamed (?:on|for)|responsible for|contributed to)\b/i;
const LAW =
  /\b(?:violat(?:ion|ions|e|es|ed|ing)|in breach of|breach(?:es|ed)?|sanctions?|sanctioned|illegal(?:ly)?|unlawful(?:ly)?|unconstitutional|prohibit(?:s|ed)?|ban(?:s|ned)?|obligat(?:ed|ion|ions)|resolution \d+|under international law|provides for|requires|shall|constitution|must\s+(?:also\s+)?be\s+\w+ed|treaty|treaties|convention|charter|court|ruling|law|laws|legislation|decree|embargo)\b/i;
const COMPARISON =
  /\b(?:(?<!\bnothing (?:[\w'’-]+ )?)(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower)(?: [\w'’-]+){0,4} than|compared (?:with|to)|twice as|doubled|tripled|halved|as (?:many|much) as|the (?:first|largest|biggest|highest|lowest|smallest|most|least|only)\b|first time|record (?:high|low)|\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th))[- ](?:\w+est|most|least)\b|(?:far |well )?ahead of|\w+est\b(?= (?:\w+ )?(?:since|in|of|ever))|\bthe (?!(?:rest|west|interest|forest|protest|contest|request|test|harvest|arrest|quest|guest|chest|crest|nest|honest|modest|manifest)\b)\w{2,}est\b(?= (?:[\w'’-]+ ){1,3}(?:since|ever|on record)\b))/i;

/**
 * `event`: the candidate says something happened ("signed", "has shipped", "did not supply", "was firing")
 * or what a text lays down ("calls for", "provides for"); `verb`: it has a verb at all ("in exchange for
 * shells", hung on an event, has none).
 */
/** A forecast or expectation rather than something that can be checked now. */
// "Construction starts, which show how many homes will be finished, fell 11%": an aside that looks ahead
// does not make the claim around it a forecast.
// So does one that ends the sentence ("appointed a mediator, …, who is expected to meet both sides on Monday").
const withoutAsides = (text: string) => text.replace(/,\s+(?:which|who)\s[^,“”"]+,/g, ",").replace(/,\s+(?:which|who)\s[^,“”"]+$/, "");
export const isPrediction = (text: string) => PREDICTION.test(withoutAsides(text));

// "Contracts must be registered", "under the constitution, the president must sign": a rule, not a wish.
const RULE_MUST = /\bmust\s+(?:also\s+|still\s+|now\s+)?be\s+\w+(?:ed|en)\b/i;
const opinion = (text: string, law: boolean) => OPINION.test(law || RULE_MUST.test(text) ? text.replace(/\bmust\b/gi, "") : text);

export type Signals = {
  numbers: number;
  dates: number;
  entities: number;
  /** Opens with a definite description ("the treaty", "its mandate") or is cut from a sentence: about something already named. */
  definite: boolean;
  event: boolean;
  verb: boolean;
  words: number;
  question: boolean;
};

export type Classified = { type: ClaimType; score: number };

/**
 * The type a checker would check first, then how check-worthy the candidate is: its type's strength,
 * more with each further kind of evidence, less without anyone named or when too short to say much.
 */
// "Under the Ports Act, …", "in breach of the Data Protection Regulation": a named law (capitalised: "act" is a verb too).
const NAMED_LAW =
  /\b(?:[Uu]nder|[Bb]y|of|breach(?:es|ed)?|violat\w*)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'()-]*\s+){1,6}(?:Act|Law|Code|Directive|Regulation|Regulations|Convention)\b/u;

export function classifyClaim(text: string, signals: Signals): Classified {
  const cause = CAUSE.test(text);
  const law = LAW.test(text) || NAMED_LAW.test(text);
  const comparison = COMPARISON.test(text);
  const figure = signals.numbers > 0;
  let type: ClaimType;
  if (isPrediction(text)) type = "prediction";
  else if (CHARACTERISATION.test(text) || ADVICE.test(text) || (opinion(text, law) && !figure)) type = "opinion";
  else if (figure) type = "quantity";
  else if (comparison) type = "comparison";
  else if (cause) type = "cause";
  else if (law) type = "law";
  else type = "attribution";

  let score = BASE[type];
  if (type !== "prediction" && type !== "opinion") {
    const extra = [figure && type !== "quantity", comparison && type !== "comparison", cause && type !== "cause", law && type !== "law", signals.dates > 0];
    score += 0.04 * extra.filter(Boolean).length;
    // Nothing named: "the treaty provides …" still refers to something the article named; "We went
    // home" does not, and without a figure, comparison, cause or rule it has nothing to check.
    if (signals.entities === 0) score -= signals.definite || type !== "attribution" ? 0.05 : 0.2;
    if (type === "attribution" && signals.verb && !signals.event) score -= 0.12;
  }
  // "Two reasons.": a number word and a noun, nothing said of them ("Roughly 31,000." or "About a third." answering a question says a figure).
  if (signals.words < 4)
    score -= signals.verb || /\d|\b(?:half|third|quarter|fifth|tenth|dozen|hundreds?|thousands?|millions?|billions?|percent)\b/i.test(text) ? 0.25 : 0.4;
  if (signals.question) score -= 0.5;
  return { type, score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100 };
}
