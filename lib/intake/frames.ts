import { INSTITUTION_WORD } from "./institutions";
import { read } from "./nlp";
import type { Term as NlpTerm } from "compromise/misc";
import { splitSentences } from "./sentences";
import { isPrediction } from "./claim-types";

/**
 * The claims inside one sentence: its reporting frame taken off ("He added that …", "…, Carpenter
 * states.") with the speaker it names, a quotation kept whole, and a sentence joining two statements
 * ("…, and relations … were strengthening") cut in two. Offsets are into the sentence.
 */
export type Piece = { start: number; end: number; speaker: string | null; quoted: boolean };

// What follows "that" when it opens a clause ("found that the drug …", "ruled that 14 …", "found that attackers had …": a plural, not "process" or "analysis"), not when it points
// ("ruled that out", "found that argument unconvincing").
const THAT_CLAUSE =
  "(?=(?:the|a|an|his|her|its|their|this|these|those|some|most|many|more|fewer|less|only|about|nearly|almost|over|no|every|all|he|she|they|it|we|there|people|children|women|men|patients|adults|workers|residents|voters)\\b|\\d|\\p{Lu}|\\p{Ll}+[^\\Wsiu]s\\s+(?:had|have|were|are|could|would|should|did|do|may|might|must|will|\\p{Ll}+ed)\\b)";

export const SPEECH_VERBS =
  // "…, Ruiz posted on X.": only a post on a network or a site is a statement ("posted a loss" is none).
  "posted(?=\\s+on\\s+(?:X|Twitter|Facebook|Instagram|LinkedIn|Telegram|Bluesky|Threads|TikTok|social media|(?:his|her|its|their)\\s+(?:website|blog|account|page)))|" +
  "said|says|say|(?<!\\b(?:member|all|other|the|these|those|several|many|some|\\d+)\\s)states|stated|argues|argued|adds|added|warns|warned|claims|claimed|told|tells|notes|noted|stresses|stressed|insists|insisted|explains|explained|specifies|specified|announces|announced|reported|reports|writes|wrote|asserts|asserted|declares|declared|confirms|confirmed|alleges|alleged|estimates|estimated|maintains|maintained|acknowledged|acknowledges|admitted|admits|denied|denies|recalled|recalls|pointed out|points out|emphasi[sz]ed|emphasi[sz]es|predicted|predicts|cautioned|cautions|conceded|concedes|show|shows|showed|(?:ruled|rules)(?:\\s+unanimously)?(?=\\s+that\\s+" +
  THAT_CLAUSE +
  ")|found(?=\\s+(?:(?:on|in|at|last|this|earlier)\\s+[^,]{1,30}?\\s+)?that\\s+" +
  THAT_CLAUSE +
  ")";
// Speech verbs are lower case: "the United States has" is no "states".
const VERB = `(?:${SPEECH_VERBS}|[Aa]ccording to)`;
/** "But the watchdog found …", "And 40 people died": a conjunction that joins a sentence to the one before ("But for …" does not). */
export const OPENING_CONJUNCTION = /^(?:But|And|Yet|Still)\s+(?!for\b)(?=\S)/u;
const OPENING_CONJUNCTION_OF_CLAIM = new RegExp(`${OPENING_CONJUNCTION.source}(?=\\p{Ll})`, "u");
const OPEN = `[“"«]`;
const CLOSE = `[”"»]`;
// "KYIV, June 20 (Reuters) - " or "PYONGYANG — "
export const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^–—-]{0,40})?(?:\s*\([^()]{1,40}\))?\s+[-–—]\s+/u;
// What may stand between a speech verb and what was said: "on Wednesday", "in a statement", "that".
// Whom it was told to: "told reporters", "told the BBC", "told a news conference".
// "told Reuters the plant had cut …", "told reporters it would …": after a name or "reporters", the statement may
// follow at once; after "the …" only a time, "that" or a colon ends whom ("told the head of the agency that …").
const TOLD_END = String.raw`(?=\s+(?:on|in|at|during|late|early|last|this|shortly|soon|just|after|before|outside)\s|,?\s+that\b|:)`;
const TOLD_WHOM = String.raw`(?:(?<=\btold|\btells)\s+(?:(?:reporters|journalists|analysts|investors|shareholders|staff|workers|employees|parliament|lawmakers|delegates|supporters|voters|MPs|senators|the crowd|\p{Lu}[\p{L}-]*)(?:${TOLD_END}|(?=\s+(?:the|a|an|its|their|his|her|it|he|she|they|we|there|this|these|those|\d)\b))|(?:a|an|the)\s+[^,“”"]{1,30}?${TOLD_END}))?`;
// "said on Thursday it would cut 2,300 jobs": the time ends before the statement's subject, and the comma
// of "2,300" ends nothing.
const VERB_TAIL = String.raw`${TOLD_WHOM}(?:\s+(?:on|in|at|during|late|early|last|this|shortly|soon|just|after|before|outside)\s+[^,“”"]{1,40}?(?=,?\s+that\b|:|,(?!\d)|\s+(?:it|he|she|they|we)\s))?(?:,?\s+that\b|:|,(?!\d))?\s*`;

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
  // "…, police said.": compromise reads a bare "police" as the verb "to police".
  if (
    /^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}-]*|local|state|federal|national|border|traffic|riot|military|transport|regional|city|county)\s+)?police$/u.test(
      candidate.trim(),
    )
  )
    return true;
  // "The three judges": compromise reads a plural after a number as a verb.
  const doc = read(
    candidate
      // "retired judge Margaret Oduya": a former office, not "a man who retired from the force".
      .replace(/\bretired\s+(?=\p{Ll}+\s+\p{Lu}|\p{Lu})/u, "former ")
      .replace(/\s+(?:(?:early|late)\s+)?(?:on|last|this)\s+\p{Lu}\p{Ll}+day\b.*$/u, "")
      .replace(/^([Tt]he)\s+(?:two|three|four|five|six|seven|eight|nine)\s+(?=(?:judges|justices|members|authors|researchers)\b)/u, "$1 "),
  );
  const last = doc.terms().last();
  // A capitalised "verb" is a name compromise misread ("Park Ji-hoon").
  // "The ministry’s own quarterly bulletin": compromise may read the possessive as "is" (a verb with no text of its own).
  // "lead author", "acting director": a word of the title, not an act.
  const verbs = (doc.match("#Verb").docs as NlpTerm[][])
    .flat()
    .filter((t) => t.text !== "" && !/^\p{Lu}/u.test(t.text) && !/^(?:lead|acting|managing|presiding|visiting|founding|outgoing|incoming)$/i.test(t.text));
  return verbs.length === 0 && (last.has("#Noun") || last.has("#Pronoun") || last.has("#Acronym") || /^\p{Lu}/u.test(last.text()));
}

type Frame = { claim: Span; speaker: string | null; quoted: boolean };

// "…, the researchers found.", "…, the inquiry has found.": a finding filed under whoever "the researchers" are.
const FINDING_TAIL =
  /,\s+(the\s+(?:researchers|scientists|authors|inspectors|investigators|auditors|study|survey|poll|audit|report|analysis|review|inquiry|investigation|panel))\s+(?:has\s+|have\s+|had\s+)?(?:found|concluded|estimated)[.!]?$/i;

/** The quotation of a sentence that is one quote with its speaker before or after it. */
function quotation(s: string, from: number): Frame | null {
  const body = s.slice(from);
  // “…,” Carpenter said.  /  “…,” said Carpenter.
  let m = new RegExp(`^${OPEN}([\\s\\S]+)${CLOSE},?\\s+([^“”"]+?)[.!]?$`, "u").exec(body);
  if (m) {
    const tail = m[2];
    const after = new RegExp(`^(.+?)\\s+${VERB}\\b`, "u").exec(tail);
    const before = new RegExp(`^${VERB}\\s+(.+?)(?:\\s+(?:on|in|at)\\s.*)?$`, "u").exec(tail.replace(ANONYMITY, ""));
    const speaker = (after && speakerIn(after[1])) || (before && speakerIn(before[1])) || null;
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

// "according to figures published on Monday by the Federal Customs Service": the source is who published them.
const PUBLISHED_BY =
  /^(?:(?:the\s+)?(?:latest\s+|new\s+|official\s+|preliminary\s+|provisional\s+|final\s+|revised\s+|early\s+)?(?:figures|data|statistics|estimates|numbers|results|projections|tallies|records|a report|a survey|a statement|documents?|(?:a|the)\s+(?:paper|study|article))\s+(?:(?:published|released|issued|compiled|seen|kept|held|collected|gathered|maintained)\s+)?(?:on\s+\w+\s+|this\s+\w+\s+|last\s+\w+\s+)?(?:by|from|in)\s+)/i;
// "a study by the Nordby Institute of Public Health published on Tuesday": the institute, not when it published.
// "the annual fire-season report published on Friday by the Forestry Service": the record is who published it.
// "a charge sheet filed by the public prosecutor's office": any record a body files or lodges, too.
const RECORD_PUBLISHED_BY =
  /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}\d-]+\s+){0,3}(?:report|study|review|audit|survey|analysis|assessment|bulletin|statement|[\p{Ll}-]+(?=\s+(?:filed|submitted|lodged)\b))\s+(?:published|released|issued|compiled|prepared|produced|filed|submitted|lodged)\s+(?:(?:on\s+\p{Lu}\p{L}+|in\s+(?:\p{Lu}\p{L}+|\d{4})|(?:last|this|earlier|early|late)\s+(?:week|month|year|\p{Lu}\p{L}+))\s+)?by\s+(?=(?:the\s+)?\p{Lu}|(?:its|their|the)\s+[\p{Ll}\s-]{2,40},\s+\p{Lu})/u;
const plainSource = (phrase: string) => phrase.replace(PUBLISHED_BY, "").replace(/\s+(?:published|released|issued|presented|unveiled)\b[^,]*$/i, "");
// The publisher when what is left names a speaker; else the record, as before ("the statement released by police").
// "its operator, Hebridean Sea Link": what the publisher is to the subject, then its name. The name is the source.
// Also where a record's publisher is remembered (lib/intake/speakers.ts, noteRecords), unanchored at the end there.
export const DESCRIBED = String.raw`^(?:its|their|the)\s+[\p{Ll}\s-]{2,40},\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})`;
const DESCRIBED_NAME = new RegExp(`${DESCRIBED}$`, "u");
const source = (phrase: string) => {
  // "a complaint filed by the Nordvik Seafarers Union against the operator": who filed it, not whom it is against.
  const publisher = plainSource(phrase.replace(RECORD_PUBLISHED_BY, "")).replace(/\s+(?:against|over|about|into|on behalf of)\s.*$/u, "");
  const named = DESCRIBED_NAME.exec(publisher)?.[1] ?? publisher;
  return publisher !== plainSource(phrase) && validSpeaker(named) ? named : plainSource(phrase);
};
// "A Ukrainian official, speaking on condition of anonymity, said …", "Luis Ortega, who chairs the
// committee, said …" and "Speaking at City Hall, Carter said …": the aside is no part of the speaker.
const ANONYMITY =
  /,\s*(?:speaking|writing|testifying|addressing|who|which|published|released|issued)\b(?:[^,]|,(?=\d))*,?\s*$|^(?:In|At|During|After|Before|Earlier|Later|On|Asked|Pressed|Turning to|As for|Regarding)\b[^,]{0,60},\s*|^(?:speaking|writing|addressing|testifying)\b[^,]*,\s*/gi;

// "Samuel Oduya, a 47-year-old fisherman who lost his boat", "Brandt, whose company won three of the
// contracts": a name, then who the person is. The name is the speaker.
// "lead author Dr. Selma Haddad, an epidemiologist at the institute": a title in lower case may come first.
const APPOSITIVE = /^((?:[\p{L}.'’-]+\s+){0,5}\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the|who|whose)\s[^“”"]*$/u;

/** The speaker a phrase names: the phrase itself, or the name before its appositive. */
function speakerIn(phrase: string): string | null {
  // "The ministry’s own quarterly bulletin, published last week,": when the source appeared is no part of it.
  const p = phrase
    .trim()
    .replace(/,$/, "")
    .replace(/,\s+(?:published|released|issued|updated|compiled|obtained|seen)\b[^,“”"]*$/u, "");
  if (validSpeaker(p)) return p;
  const m = APPOSITIVE.exec(p);
  return m && validSpeaker(m[1]) ? m[1] : null;
}

/** Someone who can make a claim: a person, an organisation or a pronoun standing for one. */
const someone = (phrase: string) =>
  validSpeaker(phrase) && (read(phrase).has("(#Person|#Organization|#Pronoun)") || /^(?:\p{Lu}[\p{L}’'-]*\s*){1,4}$/u.test(phrase.trim()));

/**
 * A claim made by an act other than speech: "Ana Silva put the cost at 140 million euros" (the claim is
 * what follows the verb), "He called the transfers “a flagrant violation”", "X accused Y of …" (the
 * whole sentence, filed under who did it).
 */
function stance(s: string, from: number): Frame | null {
  const body = s.slice(from);
  let m = /^([^,“”"]{2,80}?)\s+(?:put|puts|estimated|estimates|valued|values)\s+(?=the\s)/u.exec(body);
  if (m && someone(m[1])) return { claim: trim(s, from + m[0].length, s.length), speaker: m[1], quoted: false };
  // "Varga accused Morvania of firing cluster munitions": what the accused is said to have done.
  m = /^([^,“”"]{2,80}?)\s+accused\s+[^,“”"]{2,60}?\s+of\s+(?=\w+ing\b)/u.exec(body);
  if (m && someone(m[1])) return { claim: trim(s, from + m[0].length, s.length), speaker: m[1], quoted: false };
  // "Ferrante disputed the agency’s figures on Thursday, saying arrivals had fallen": what was said.
  // "Solberg defended the record, telling the Westbrook Times that completions had reached …": what she told them.
  m = /^([^,“”"]{2,80}?)\s+\w+ed\b[^,“”"]*,\s+(?:saying(?:\s+that)?|telling\s+[^,“”"]{1,40}?\s+that)\s+/u.exec(body);
  if (m && someone(m[1])) return { claim: trim(s, from + m[0].length, s.length), speaker: m[1], quoted: false };
  // "Asked about rents, the minister pointed to official data showing that rents rose 4.2%": what the data show, as she put it.
  m =
    /^(?:(?:Asked|Pressed|Turning to|On)\b[^“”"]*?,\s+(?=the\s|\p{Lu}|he\s|she\s))?([^,“”"]{2,80}?)\s+(?:pointed|points|pointing)\s+to\s+[^,“”"]{2,60}?\s+(?:showing|suggesting|indicating)(?:\s+that)?\s+/u.exec(
      body,
    );
  if (m && validSpeaker(m[1])) return { claim: trim(s, from + m[0].length, s.length), speaker: m[1], quoted: false };
  // "Professor Ian Druce, an epidemiologist who was not involved, called the findings …": an appositive may follow the name.
  m =
    /^([^,“”"]{2,80}?(?:,\s+(?:a|an|the|who|whose)\s[^“”"]{2,140}?,)?)\s+(?:called|described|accused|dismissed|disputed|denied|welcomed|criticised|criticized|praised|condemned|blamed)\b(?!\s+(?:for|on|upon)\b)/u.exec(
      body,
    );
  const who = m ? speakerIn(m[1]) : null;
  if (m && who && someone(who)) return { claim: trim(s, from, s.length), speaker: who, quoted: false };
  return null;
}

const FINDING_BODY =
  /^the\s+(?:[a-z-]+\s+)?(?:watchdog|regulator|agency|inspectorate|institute|ministry|authority|commission|auditor|ombudsman|department|court|tribunal|judge|office|inquiry)$/i;

// "…, Ruiz told reporters.", "…, the mayor told the Courier in an interview.": whom it was told, after a frame at the end.
// "…, Ruiz confirmed to Reuters.", "…, she said to reporters.": whom it was said to.
const TOLD_OBJECT = String.raw`(?:(?:(?<=\btold|\btells)|(?<=\b(?:confirmed|said|explained|admitted|denied|announced|wrote))\s+to)\s+(?:reporters|journalists|parliament|lawmakers|delegates|supporters|voters|MPs|senators|the crowd|(?:a|an|the)\s+[^,“”"]{1,40}?|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}))?`;

/** An indirect statement: "X said (on Wednesday) that Y", "According to X, Y", "Y, X said." */
const RECORD_VERB = "recorded|records|registered";
const RECORDED = new RegExp(`^(?:${RECORD_VERB})$`);
// Only a body that keeps records ("the service", "police", "the ministry"), not "the song" or "temperatures".
const RECORD_KEEPER =
  /^(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}(?:police|service|agency|authority|ministry|office|hospitals?|inspectorate|registry|council|department|institute|bureau|commission|coastguard|regulator)$/iu;

function reported(s: string, from: number): Frame | null {
  const body = s.slice(from);
  // "Under the ruling, the money must be paid …": what a ruling lays down is the court's.
  const under = /^Under\s+(the\s+(?:[a-z-]+\s+)?(?:ruling|verdict|judgment|judgement)),\s*/i.exec(body);
  if (under) return { claim: trim(s, from + under[0].length, s.length), speaker: under[1], quoted: false };
  let m = /^According to\s+([^,]+),\s*/i.exec(body);
  if (m && validSpeaker(source(m[1]))) return { claim: trim(s, from + m[0].length, s.length), speaker: source(m[1]), quoted: false };
  // "A poll by the Brannick Institute in May found that …": what the poll found is its author's.
  // "Figures published by the Midland Councils Network show …": so are published figures.
  m =
    /^(?:(?:An?|The)\s+(?:[\p{Ll}-]+\s+){0,2}(?:poll|study|survey|report|analysis|review|audit|investigation|data|figures|statistics)|(?:(?:New|Separate|Official|Fresh|Latest|Preliminary|Provisional)\s+(?:[\p{Ll}-]+\s+)?(?:data|figures|statistics)|Data|Figures|Statistics))\s+(?:(?:published|released|compiled|issued)\s+)?(?:by|from|for)\s+([^,“”"]+?)(?:\s+(?:in|on|last|this|published|released)\b[^,“”"]{0,40}?)?\s+(?:found|finds|showed|shows|show|suggested|suggests|suggest|concluded|concludes)\s+(?:that\s+)?/u.exec(
      body,
    );
  // "Data from 40 countries showed …": a count of places is no one's voice.
  if (m && validSpeaker(m[1]) && !/^\d/.test(m[1]) && s.length - (from + m[0].length) >= 12)
    return { claim: trim(s, from + m[0].length, s.length), speaker: m[1], quoted: false };
  // "The report, published by the Institute for Health Policy Studies (IEPS), found that …", "The IEPS report,
  // based on data from 1,150 health centres, also found that …": a study's finding is its author's. Only a
  // study, a report or its researchers "find that": "Police found 40 bodies" is what happened.
  m =
    /^((?:The|A|An|Its|Their)\s+[^“”"]{0,160}?\b(?:report|study|survey|poll|analysis|review|audit|paper|researchers|scientists|authors)\b[^“”"]{0,160}?)\s+(?:also\s+)?(?:found|finds|concluded|concludes|showed|shows)\s+that\s+/u.exec(
      body,
    );
  if (m) {
    const by = /,\s*(?:published|released|issued|compiled|conducted|commissioned)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?by\s+(?:the\s+)?([^,]+?),?$/u.exec(m[1]);
    const speaker = by ? by[1].replace(/\s*\([\p{Lu}\d&.-]{2,12}\)$/u, "") : m[1].replace(/,.*$/u, "");
    if (validSpeaker(speaker) && s.length - (from + m[0].length) >= 12) return { claim: trim(s, from + m[0].length, s.length), speaker, quoted: false };
  }
  // "…, the researchers found.", "…, the inspectors found.": a finding, filed under whoever "the researchers" are.
  // "…, the inquiry has found.", "…, the Brenmoor Fire Inquiry found.": an inquiry or a body by name, too.
  m =
    FINDING_TAIL.exec(body) ??
    /,\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|on|\p{Lu}[\p{L}’'-]*)){0,5}\s+(?:Inquiry|Commission|Committee|Review|Panel|Inspectorate|Authority|Office|Institute|Agency|Board))\s+(?:has\s+|have\s+|had\s+)?(?:found|concluded|estimated)[.!]?$/u.exec(
      body,
    );
  if (m) return { claim: trim(s, from, from + m.index), speaker: m[1], quoted: false };
  // "…, according to the charity Mindful Futures, which expects …": the aside after the source is the source's.
  // "…, according to the regulator's chief executive, Nadia Qureshi, who said …": a name after the source too.
  // "…, according to the national weather service, IPMA.": a short name after the description too.
  // "…, according to figures from the regulator, the Water Services Commission.": a name with its article too.
  m =
    /,\s*[Aa]ccording to\s+([^,]+?(?:,\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}|\p{Lu}[\p{Lu}\d&-]{1,11}))?)(?:,\s+(?:which|who)\s.*|,\s+(?:(?:published|released|issued|presented|unveiled)\s+)?(?:on|in|last|this|earlier)\s+[^,]{1,30})?[.!]?$/u.exec(
      body,
    );
  // (The sentence's full stop is no part of the name: "…, Nadia Qureshi.")
  const cited = m && source(m[1].replace(/\.$/, ""));
  // "He said the trout population was still less than half …, according to the group's own surveys": what he said,
  // with the record he drew on; the frame in front names the speaker.
  const toldFirst = cited && /^the\s+[\p{Ll}\s-]+['’]s\s/u.test(cited) ? /^(He|She|They)\s+(?:said|says|added|adds)\s+(?:that\s+)?/.exec(body) : null;
  if (m && toldFirst) return { claim: trim(s, from + toldFirst[0].length, from + m.index), speaker: toldFirst[1], quoted: false };
  if (m && cited && validSpeaker(cited)) return { claim: trim(s, from, from + m.index), speaker: cited, quoted: false };
  // "Y, a spokesman for the ministry, Ri Chol-su, said on Monday, dismissing …": the speaker between
  // a comma and the verb may itself hold commas (an appositive).
  // "…, the researchers reported, even after accounting for age": a condition of the finding, after the frame.
  const frameEnds = new RegExp(
    `^\\s${VERB}${TOLD_OBJECT}(?:\\s+(?:on|in|at|late|early|last|via|through)\\s[^,]*)?(?:,\\s*(?:even\\s+)?(?:(?:after|before|when|while|despite)\\s+)?\\w+ing\\b.*)?[.!]?$`,
    "u",
  );
  for (const v of body.matchAll(new RegExp(`\\s${VERB}\\b`, "gu"))) {
    // Only a verb that ends the sentence's frame can have its speaker between a comma and it: the others
    // are not read at all (a sentence of many "x, y said," would otherwise be parsed at every comma).
    if (!frameEnds.test(body.slice(v.index))) continue;
    const before = body.slice(0, v.index);
    for (const comma of before.matchAll(/,\s+/g)) {
      // A speaker is a phrase, not a paragraph: commas further back than 160 characters start none.
      if (before.length - comma.index > 160) continue;
      const claim = before.slice(0, comma.index);
      const speaker = before.slice(comma.index + comma[0].length).replace(/[,\s]+$/, "");
      // "…, down from 4.1% in April, Statistics Poland said": a figure or a rank is the claim's, not the speaker's.
      // "…, which he estimated at 9 million crowns": a relative clause, not a speaker.
      // "…, more than twice the ten-year average, the service said": a comparison is the claim's too.
      if (
        /\d|^(?:down|up|the\s+\w+est|the (?:first|only)|which|who|whom|whose|that|more|less|fewer|twice|double|triple|half|nearly|almost|roughly|compared|its\s+\w+est)\b/.test(
          speaker,
        )
      )
        continue;
      if (claim.split(/\s+/).length < 4 || /[“”"]/.test(speaker) || !validSpeaker(speaker.replace(/,/g, " "))) continue;
      return { claim: trim(s, from, from + comma.index), speaker, quoted: false };
    }
  }
  // "Y, Carpenter states."  /  "Y, he said on Wednesday."  /  "Y, said the minister."
  m = new RegExp(
    // "…, said Anders Lie, a professor of environmental medicine at …": the name, then who the person is.
    `,\\s+(?:(\\S[^,“”"]*?)\\s+${VERB}${TOLD_OBJECT}|${VERB}\\s+(\\S[^,“”"]*?)(?:,\\s+(?:an?|the)\\s(?![^,“”"]*\\b(?:\\w+est|first|only|that|which|who|whose|\\d))[^,“”"]{1,90}?)?)(?:\\s+(?:on|in|at|late|early|last)\\s[^,]*)?(?:,\\s*(?:\\w+ing\\b|as\\s+(?:he|she|they|it|we)\\b)[^“”"]*)?[.!]?$`,
    "u",
  ).exec(body);
  // "Brandt, whose company won …, told the jury that …": "told" takes whom it was told, not who said it.
  const toldWhom = !!m?.[2] && /^,\s+(?:told|tells)\b/.test(m[0]);
  // "…, which he estimated at 9 million crowns": a relative clause, not a frame.
  const relative = /^(?:which|who|whom|whose|that)\b/i.test(m?.[1] ?? "");
  if (
    m &&
    !toldWhom &&
    !relative &&
    !/[“”"]/.test(body.slice(0, m.index)) &&
    !/^(?:that|on|in|at|late|early|last)\b/i.test(m[2] ?? "") &&
    // "Its president, Joaquim Barros, said doctors in public health centres work …": no statement before the
    // comma, so what follows "said" is the statement, not a speaker and the place they spoke in.
    !(m[2] && verbless(body.slice(0, m.index)) && !verbless(m[0].replace(/^,\s+\S+\s+/, ""))) &&
    validSpeaker(m[1] ?? m[2])
  ) {
    return { claim: trim(s, from, from + m.index), speaker: m[1] ?? m[2], quoted: false };
  }
  // "X said (on Wednesday) (that) Y": the first speech verb whose subject is a short noun phrase.
  for (const v of body.matchAll(new RegExp(`\\b(?:${VERB}|${RECORD_VERB})\\b${VERB_TAIL}`, "gu"))) {
    // "Orlov dismissed the accusations as “fabricated” and said …": the speaker is the first verb's subject.
    const and = /^([^“”"]+?),?\s+\w+ed\b.*\s+and$/u.exec(body.slice(0, v.index).trim());
    const subject = (and ? and[1] : body.slice(0, v.index))
      .replace(ANONYMITY, "")
      .trim()
      // "But the watchdog found that …": the conjunction joins the sentence to the one before.
      .replace(OPENING_CONJUNCTION, "")
      .replace(/\s+(?:has|have|had|also|later|earlier|again|then|previously|once|repeatedly)$/i, "");
    const speaker = subject ? speakerIn(subject) : null;
    if (!speaker) continue;
    // "The recruitment drive added 20,951 officers", "Morvania denied targeting civilians": the verb takes
    // an object here, not a statement; "he added that …" and "he denied that …" do.
    const verb = v[0].trim().split(/\s+/)[0];
    const bare = !/(?:\bthat|:|,)\s*$/.test(v[0]);
    // "Nordlys Air on Thursday reported a third-quarter operating profit of 1.34 billion crowns": the figures are the reporter's.
    const reportedFigure = /^report(?:ed|s)$/.test(verb) && /^[^,.;“”"]{0,60}?\d/.test(body.slice(v.index + v[0].length));
    // The claim keeps its verb ("reported a profit of …, reversing a loss"), so that what hangs on it is cut off.
    if (bare && reportedFigure && s.length - (from + v.index + v[0].length) >= 12) return { claim: trim(s, from + v.index, s.length), speaker, quoted: false };
    if (/^(?:added|adds|noted|notes|reported|reports|denied|denies)$/.test(verb) && bare) continue;
    // "The service recorded 1,847 fires": the whole sentence is the claim, filed under the body that counted.
    if (RECORDED.test(verb)) {
      const counted = /^\s*(?:(?:about|around|some|nearly|almost|more than|over|at least|just over|just under)\s+)?\d/.test(body.slice(v.index + v[0].length));
      if (bare && counted && (RECORD_KEEPER.test(subject) || (INSTITUTION_WORD.test(subject) && !/^(?:In|On|At|During|By|Since|Last|This)\b/.test(subject))))
        return { claim: trim(s, from, s.length), speaker, quoted: false };
      continue;
    }
    // "Nordvik announced 4,200 job cuts on Thursday": an act the article reports in its own voice, from the verb on.
    if (/^(?:announced|announces|confirmed|confirms)$/.test(verb) && bare) return { claim: trim(s, from + v.index, s.length), speaker: null, quoted: false };
    // "Gallup found that 62% …" is Gallup's finding; what a court or a jury found is reported as fact.
    // "The watchdog found that …": a body named before by what it is, its finding too.
    if (
      verb === "found" &&
      // Judges or a court not named ("Judges found …", "A federal court found …"): reported as fact; "the court" the
      // article named is a body whose finding is its own (FINDING_BODY).
      (/\b(?:jury|juries|panel|courts|judges|justices|tribunals)\b/i.test(subject) ||
        (!/^.+\s\p{Lu}|^\p{Lu}\S*$/u.test(subject.replace(/^The\s+/, "")) && !FINDING_BODY.test(subject)))
    )
      return { claim: trim(s, from + v.index + v[0].length, s.length), speaker: null, quoted: false };
    const start = from + v.index + v[0].length;
    if (s.length - start < 12) continue;
    return { claim: trim(s, start, s.length), speaker, quoted: false };
  }
  return null;
}

const SUBJECT_START = ["Determiner", "Possessive", "ProperNoun", "Noun", "Pronoun", "Value"];
const FINITE = ["PastTense", "PresentTense", "Copula", "Modal", "Auxiliary"];
type Term = { text: string; post?: string; tags: Set<string> };

// Only a clause's opening is read: every check looks at its first words, and reading a whole long
// sentence at each of its commas would be quadratic.
const termsOf = (clause: string, chars = 160) => (read(clause.slice(0, chars)).docs as Term[][]).flat();
const finite = (term: Term | undefined) => !!term && FINITE.some((t) => term.tags.has(t)) && !term.tags.has("Gerund");
// compromise reads "the treaty obliges" as two nouns: a plural right after a singular common noun is its verb.
// "Vesna Chemicals employs about 3,200 people": after a name, a plural followed by a figure or an article is its verb.
const verbAfterSubject = (prev: Term | undefined, term: Term, next?: Term) =>
  !!prev &&
  term.tags.has("Plural") &&
  /[^s]s$/.test(term.text) &&
  ((prev.tags.has("Singular") && !prev.tags.has("ProperNoun")) ||
    (prev.tags.has("ProperNoun") && !!next && (next.tags.has("Value") || /^(?:about|around|some|nearly|almost|more|over)$/i.test(next.text))));
// "the central bank cut its rate", "the firm put its plans on hold": compromise reads a verb that is also a noun
// as a noun; right after a noun and before "its" or "their" it is the verb.
const verbBeforeOwner = (prev: Term | undefined, term: Term, next?: Term) =>
  !!prev &&
  !!next &&
  prev.tags.has("Noun") &&
  !prev.tags.has("Possessive") &&
  term.tags.has("Singular") &&
  !term.tags.has("ProperNoun") &&
  !term.tags.has("Possessive") &&
  /^(?:its|their|his|her)$/i.test(next.text);

/** A clause that can stand alone: it opens with a subject and has a finite verb within twelve words. */
const SAYING =
  "noting|insisting|admitting|warning|arguing|acknowledging|saying|adding|claiming|stressing|conceding|suggesting|signalling|signaling|explaining|recognising|recognizing|accepting|denying|asserting|stating|predicting|hoping|fearing|believing|knowing|showing|indicating|revealing|finding|telling|reporting|confirming|announcing|promising|pledging|vowing|complaining|alleging|estimating|calculating|assuming|expecting|judging|concluding|deciding|agreeing|emphasising|emphasizing|pointing|citing|reminding|urging";
const CLAUSE_PARTICIPLE = new RegExp(`^(?:${SAYING})$`, "i");

function independent(clause: string): boolean {
  const terms = termsOf(
    clause
      .replace(/^(?:around|about|roughly|nearly|almost|some|only|just|more than|fewer than|at least|not)\s+/i, "")
      // "Under the ruling, the money must be paid …": an adverbial before the subject.
      .replace(/^(?:Under|According to|In|On|At|After|Before|Since|During|For|By)\s[^,]{1,50},\s*/, ""),
  ).slice(0, 12);
  // "current discharges met …": an adjective and its noun are a subject too.
  const adjectiveNoun = terms[0]?.tags.has("Adjective") && terms[1]?.tags.has("Noun") && !terms[1]?.tags.has("Pronoun");
  // "Fuel prices fell": compromise reads a capitalised noun before a noun as a command.
  const opensWithNoun = terms[0]?.tags.has("Imperative") && /^\p{Lu}/u.test(terms[0].text) && terms[1]?.tags.has("Noun");
  // "(deliberately) starting a forest fire is an offence", "building owners are responsible": a gerund opens a subject.
  // Not "trying to cross …, compared with …": a participle hung on the clause before, its verb past a comma.
  const g = terms[0]?.tags.has("Adverb") ? 1 : 0;
  // Its verb before a comma or a relative pronoun: "cutting its forecast that was expected to …" has none of its own.
  const stop = terms.findIndex((t, i) => i > g && (/,/.test(t.post ?? "") || /^(?:that|which|who|whom|whose)$/i.test(terms[i + 1]?.text ?? "")));
  const beforeComma = terms.slice(g + 1, stop < 0 ? undefined : stop + 1);
  // A gerund alone opens a subject only as a noun's modifier ("building owners are"), not as a participle ("leaving …").
  const compound = g === 1 || (!!terms[1]?.tags.has("Noun") && (finite(terms[2]) || (!!terms[2]?.tags.has("Noun") && finite(terms[3]))));
  // "noting inflation had eased", "insisting schools were underfunded": a participle taking a clause, no subject.
  const gerund =
    compound &&
    !!terms[g]?.tags.has("Gerund") &&
    !CLAUSE_PARTICIPLE.test(terms[g].text) &&
    terms[g + 1]?.text.toLowerCase() !== "to" &&
    beforeComma.some((t) => finite(t));
  if (!terms[0] || !(SUBJECT_START.some((t) => terms[0].tags.has(t)) || opensWithNoun || adjectiveNoun || gerund)) return false;
  return terms
    .slice(1)
    .some(
      (term, i) =>
        (finite(term) && terms[i].text.toLowerCase() !== "to") ||
        verbAfterSubject(terms[i], term, terms[i + 2]) ||
        verbBeforeOwner(terms[i], term, terms[i + 2]),
    );
}

/** A verb phrase sharing the subject before it: "… and was set up by the United States in 2022". */
function predicate(clause: string, before?: string): boolean {
  const [first, second] = termsOf(clause);
  if (finite(first) || (!!first?.tags.has("Adverb") && finite(second))) return true;
  // Only right after what the subject did, and not between two plurals: "300 doctors and nurses at its site" is
  // one object. Not in an aside either ("Maria Lopez, a nurse, walks …" keeps its subject).
  if (before === undefined || (/[^s]s$/i.test(clause.split(/\s+/)[0]) && /[^s]s$/i.test(before.trim().split(/\s+/).at(-1) ?? ""))) return false;
  // Read alone, "walks up to 12 kilometres" and "received no money" open with a noun or an adjective: after a
  // subject they are verbs, when what follows is an object ("no money", "around 1,050 pilots") and not "to …".
  const read = termsOf(`it ${clause}`);
  const at = read[1]?.tags.has("Adverb") ? 2 : 1;
  const [verb, next] = [read[at], read[at + 1]];
  return (
    finite(verb) && !/ings$/i.test(verb.text) && !!next && (["Determiner", "Value", "Adjective"].some((t) => next.tags.has(t)) || OBJECT_OPENER.test(next.text))
  );
}
const OBJECT_OPENER = /^(?:about|around|roughly|nearly|almost|some|more|over|up|at|no|its|their|his|her)$/i;

/** Names no action of its own: "North Korea, Iran, and Syria" is a list, "stayed away" is not. */
const verbless = (phrase: string) => !termsOf(phrase).some((t, i, all) => t.tags.has("Verb") || verbBeforeOwner(all[i - 1], t, all[i + 1]));

const RESULT_PARTICIPLE =
  "reaching|bringing|giving(?!\\s+(?:no|way|up|in|notice)\\b)|taking|making|leaving|pushing|raising|lifting|lowering|cutting|marking|putting|surpassing|exceeding|topping|killing|injuring|wounding|displacing|forcing|prompting|ending|using|shipping|sending|" +
  // "…, winning 31 of the 68 seats", "…, upholding a 2023 decision … and rejecting the appeal": a result of its own.
  "winning|costing|upholding|rejecting|overturning|reversing|entering|gaining|losing|securing|beating|defeating|ordering|ruling|rising|falling|climbing|dropping";
const COMPARED =
  "(?:down|up) from|(?:(?:far|well|much|slightly)\\s+)?(?:faster|slower|more|less|higher|lower|fewer|greater|larger|smaller) than|(?:(?:far|well|just)\\s+)?(?:below|above|short of)\\b|compared (?:with|to)|(?:double|triple|twice|half)\\b|(?:roughly|about|some|nearly|almost)?\\s*\\w+ times\\b";

type CutKind = "clause" | "appended" | "predicate" | "that" | "tail" | "cause" | "figure" | "participle";
/**
 * Where a statement may be cut, and what each cut needs:
 * - `clause`: two independent clauses ("; ", ", and ", ", but ", ", while ", " and The …");
 * - `appended`: a second claim hung on the first ("…, down from $42 million", "…, reaching $18 million",
 *   "…, driven by …", "…, which has …", "…, a figure that …", "… in exchange for …");
 * - `predicate`: a second verb phrase of the same subject ("… and was set up by …");
 * - `that`: two reported statements ("… that X and that Y");
 * - `tail`: a forecast or aside hung on a fact ("… and was due to fly on", "…, and it never will").
 */
const CUTS: { kind: CutKind; re: RegExp; speaker?: true }[] = [
  // "…, upholding a 2023 decision … and rejecting the appeal": a second result, after a first one hung on a participle.
  { kind: "participle", re: new RegExp(`\\s+and\\s+(?=(?:${RESULT_PARTICIPLE})\\s)`, "gu") },
  { kind: "that", re: /,?\s+(?:and|but)\s+that\s+/gu },
  // "27 civilians were killed and 64 wounded": a second figure with its own verb.
  // "… were registered and more than 310,000 of them voted by post": a hedge and a few words may come between.
  // "312 people had been injured and 26 were still missing": a figure and a verb of its own.
  {
    kind: "figure",
    // "aged 24 and 31, had been arrested": a figure's own separators only, not the comma after it.
    re: /\s+and\s+(?=(?:more than|about|some|nearly|almost|over|at least)?\s*\d+(?:[,.]\d+)*\s+(?:\p{Ll}+\s+){0,2}?(?:\p{Ll}+ed|were|was|are|is|remain|remains)\b)/gu,
  },
  // "…, because people in the early stages walk less": the cause, with its "because".
  { kind: "cause", re: /,?\s+(?=because\s+(?!of\b))/gu },
  {
    kind: "tail",
    re: /,?\s+and\s+(?=(?:is|are|was|were)\s+(?:due|expected|set|scheduled|likely)\s+to\b|will\s|would\s|(?:it|they|he|she|we)\s+(?:\w+\s+)?(?:will|would)\b)|,\s+(?=(?:that|which)\s+(?:(?:it|he|she|they|we)\s+(?:said|says|believes?|expects?)\s+)?(?:would|will|could|may|might)\b)/gu,
  },
  {
    kind: "clause",
    re: /;\s+|,?\s+(?:while|whereas)\s+|,\s+(?:although|though)\s+|,\s+(?:and|but)\s+|\s+and\s+(?=(?:the|a|an|its|their|his|her|\p{Lu}|half|most|many)\b)|\s+but\s+(?=(?:the|a|an|its|their|his|her)\s)|(?<!\b(?:soon|long|well|much|far|such|same|just))(?:,?\s+(?:after|as|when)\s+)(?!a result)(?=(?:the|a|an|its|their|his|her|many|some|thousands|hundreds|dozens|several|\d[\d,.]*|\p{Lu})\b)|(?<!\b(?:soon|shortly|just|days|weeks|months|years|hours|minutes|named|called|known|identified|modelled|modeled|patterned|even|long|right))\s+after\s+(?=\p{Lu}[\p{L}’'-]+\s+(?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Ll}+ed\s)|,\s+(?:after|when|as)\s+(?=[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+ed\b)/gu,
  },
  {
    kind: "predicate",
    re: /,?\s+(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+|now\s+|still\s+)?(?:is|are|was|were|has|have|had|may|must|can|cannot|\w+ed|\p{Ll}{3,}s|given|made|sent|paid|won|lost|held|built|sold|spent|met|led|took|gave|grew|rose|fell|left|kept|put|cut|set|brought|bought|found|hit|struck|saw|became|began|drew|ran|wrote|chose|shut|bore|wore|fought|caught|taught|sought)\b)/gu,
  },
  // "…, which the Volta health workers' association says is below the cost of …", "…, which she said had widened
  // the deficit": what the relative clause's speaker says of the thing is a claim of its own, its frame left out.
  {
    kind: "appended",
    re: /,\s+which\s+((?:the|its|their)\s+[^,;“”"]{2,60}?|he|she|it|they|we|officials|analysts|economists|critics|experts|campaigners|researchers|scientists|residents|diplomats)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:(?:last|this)\s+(?:year|month|week)\s+|on\s+\p{Lu}\p{Ll}+day\s+)?(?:said|says|say|believes?|argued|argues|argue|claimed|claims|claim)\s+(?:(?:in a (?:statement|report|filing|letter)|on \p{Lu}\p{Ll}+day|last (?:year|month|week))\s+)?(?=\p{Ll}[^,;]*$)/gu,
    speaker: true,
  },
  // "…a customs fraud case which, according to prosecutors, cost the state at least 27 million euros": the source's.
  // Not "a deal that, according to analysts, is worth …": a "that" clause says which deal, and is no claim alone.
  { kind: "appended", re: /,?\s+(?:which|who),\s+according\s+to\s+([^,;“”"]{2,60}?),\s+(?=\p{Ll})/gu, speaker: true },
  {
    kind: "appended",
    re: new RegExp(
      `,\\s+(?=${COMPARED}|(?:driven|fuell?ed|caused|prompted|helped|hit|hurt|boosted)\\s+(?:\\w+ly\\s+)?by|which (?:has|have|had|was|were|is|are|can|\\w+ed|also\\s+\\p{Ll}{3,}s|allows|requires|bans|bars|obliges|forbids|prohibits|covers|gives|means)\\b|where\\s+(?!(?:he|she|it|they|we|I|you)\\b)(?:the\\s+)?[\\p{Ll}-]+\\s+(?:[\\p{Ll}-]+\\s+)?(?:\\p{Ll}+ed|can|could|is|are|was|were|has|have|had)\\b|when (?:it|they|he|she)\\s|(?:the|its|their)\\s+(?:[\\w-]+\\s+)?(?:\\w+est|worst|best|first|only|most|least|maximum|minimum)\\b|(?:the|its|their)\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:consecutive|straight|successive|running|[\\p{Ll}-]+\\s+(?:since|this|in\\s+\\d|of\\s+the))\\b|(?:calling|describing|branding|labell?ing)\\s|(?:about|around|roughly|nearly|almost|some|more than|up to)?\\s*\\$?\\d[\\d.,]*\\s*(?:%|percent|per cent|million|billion)|an?\\s+\\d[\\d.,]*\\s*(?:%|percent|per cent)|with\\s+(?:\\S+\\s+){0,5}?[$€£]?\\d|(?:who|which|where)\\s+(?:\\S+\\s+){0,5}?[$€£]?\\d|(?:an?|the)\\s+(?:increase|decrease|rise|fall|drop|jump|decline|gain|loss)\\s+of\\b|(?:up|down)\\s+\\d|including\\s+(?:about|some|more than|at least|nearly)?\\s*\\d|(?:most|many|half|all|some) of (?:them|whom)\\b|(?:a|an)\\s+[\\w-]+\\s+(?:written|set|enshrined|agreed|announced|approved|passed|signed)\\s|in one of the\\s+\\w+est\\b|(?:${RESULT_PARTICIPLE})\\s|(?:(?:after|before)\\s+)?(?!(?:${SAYING}|including|according|excluding|following|during|beginning|starting|dating|going|stretching|something|nothing|anything|everything|pending|regarding|concerning|notwithstanding|morning|evening)\\b)\\p{Ll}{3,}ing\\s+(?:\\S+\\s+){0,5}?[$€£]?\\d|(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:that|which)\\s|(?:a|an)\\s+[\\w-]+\\s+(?:she|he|they|it|we)\\s+(?:called|described|termed|dubbed)\\b)|,?\\s+(?=in (?:breach|violation) of|in exchange for|as a result of)|,\\s+(?:but|and)\\s+(?=${COMPARED})`,
      "gu",
    ),
  },
];

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const openQuote = (text: string) => (text.match(/[“"]/g)?.length ?? 0) > (text.match(/[”"]/g)?.length ?? 0);

function cutHere(kind: CutKind, left: string, right: string): boolean {
  // "Turnout was 68.2%, the highest since 1990": three words with a figure and a verb are a claim.
  const short = words(left) === 3 && /\d/.test(left) && !verbless(left);
  if ((words(left) < 4 && !short) || words(right) < 3) return kind === "tail" && words(left) >= 4 && words(right) >= 2;
  // "Of the $18 billion, about $7 billion had been announced": what comes before a figure needs a verb.
  if (kind === "appended") return !verbless(left);
  if (kind === "that" || kind === "tail") return true;
  if (kind === "participle") return new RegExp(`^(?:${RESULT_PARTICIPLE})\\s`, "u").test(left.trim());
  if (kind === "figure") return independent(left);
  if (kind === "cause") return independent(left) && independent(right.replace(/^because\s+/, ""));
  if (openQuote(left)) return false;
  // "… as soon as Ukraine withdrew its troops and gave up its bid": one condition, not two claims.
  if (kind === "predicate") return independent(left) && predicate(right, left) && !/\b(?:if|unless|as soon as|once|until)\b/i.test(left);
  // "North Korea, Iran, and Syria as it faces …" is a list, not two clauses.
  // A list's commas are followed by a space: "22,000" is a figure, not a list.
  const lastItem = left.slice(left.lastIndexOf(", ") + 1).trim();
  // "…, its second day, though …" closes an appositive, not a list.
  if (left.includes(", ") && words(lastItem) <= 3 && verbless(lastItem) && !/^(?:its|their|his|her|the|a|an)\b/i.test(lastItem)) return false;
  return independent(left) && independent(right);
}

// An aside worth a claim of its own holds a figure or a rank ("Putin's first to North Korea in 24 years");
// "Dr. Leila Haddad, the deputy provincial health officer, spoke …" only says who she is.
// "The truce, brokered by Ardania and signed in Selvano on Friday night, came …": an event of its own too.
const CHECKABLE_ASIDE =
  /\d|\b(?:first|last|only|largest|biggest|highest|lowest|\w{3,}est|former)\b|^(?:brokered|signed|agreed|passed|approved|adopted|launched|founded|built|opened|ratified|published|funded|commissioned|conducted)\b/;

/**
 * "The visit, Putin's first to North Korea in 24 years, lasted less than a day.": the aside between
 * the subject and its verb is a claim of its own, and so is what the subject did.
 */
function aside(text: string): { aside: Span; rest: Span } | null {
  // "2,400" is a figure, not a comma closing the aside.
  const m = /^([^,“”"]{2,60}?),\s+((?:[^,“”"]|,(?=\d)){10,160}?),\s+(?=\S)/u.exec(text);
  if (!m || words(m[1]) > 8 || words(m[2]) < 3 || !verbless(m[1])) return null;
  // "Kestria’s emissions per person, at 9.4 tonnes, remain higher …": the subject's value, not a claim of its own.
  if (/^at\s+(?:about|around|some|nearly|almost)?\s*[$€£]?\d/.test(m[2])) return null;
  // "Two men, aged 24 and 31, had been arrested": who they are, which the claim keeps with its subject.
  if (/^(?:(?:both|all|each)\s+)?aged\s+(?:between\s+)?\d/.test(m[2])) return null;
  const rest = text.slice(m[0].length);
  if (!predicate(rest) || words(rest) < 3 || new RegExp(`^${VERB}\\b`, "u").test(rest)) return null;
  // "China, which had been invited, stayed away" is one claim; "Hungary, which has delayed several
  // packages, is likely to seek exemptions" is a forecast whose aside is the one thing to check, and
  // "The Socialist Party, which holds 108 seats, relied on …" holds a figure of its own.
  if (/^(?:which|who)\b/.test(m[2]) ? !isPrediction(rest) && !/\d/.test(m[2]) : !CHECKABLE_ASIDE.test(m[2])) return null;
  return { aside: { start: m[1].length + 2, end: m[1].length + 2 + m[2].length }, rest: { start: m[0].length, end: text.length } };
}

// "…rose to 212 on Sunday, four days after the storm made landfall on Tesaru's eastern coast": when it
// happened against another event is a detail of the claim, not part of what a checker looks up.
const TIME_ASIDE =
  /,\s+(?:(?:about|some|nearly|almost|just|only|barely)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+[^,;“”"]+[.!]?$/u;
function withoutTimeAside(s: string, span: Span): Span {
  const m = TIME_ASIDE.exec(s.slice(span.start, span.end));
  // Only an aside that names another event ("after the storm made landfall") and holds no figure of its own;
  // "two weeks after receiving a €40 million subsidy" and "a year before the deadline" are part of the claim.
  const event = !!m && !/\d/.test(m[0]) && termsOf(m[0].replace(/^,\s*/, "")).some((t) => t.tags.has("PastTense"));
  return m && event && words(s.slice(span.start, span.start + m.index)) >= 4 ? trim(s, span.start, span.start + m.index) : span;
}

const CHECKABLE_SIDE =
  /\d|\b(?:record|first|only|\w{3,}est|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds?|thousands?|millions?|billions?|half|doubled|tripled|halved)\b/i;

/** Cuts a statement into its atomic claims (see CUTS); a quotation is cut only between its clauses, each keeping its speaker. */
/** A piece of a statement; `speaker` when the piece is someone else's ("…, which the association says is …"). */
// `background`: a relative clause about the subject ("Severnmoor, which supplies water to 2.7 million people, …"),
// the article's own background in a reported statement, not the speaker's claim.
type Part = Span & { speaker?: string; background?: boolean };

function atomic(s: string, span: Span, quoted = false): Part[] {
  const text = s.slice(span.start, span.end);
  const parts: Part[] = [];
  let base = 0;
  const inner = quoted ? null : aside(text);
  if (inner) {
    const aside = trim(s, span.start + inner.aside.start, span.start + inner.aside.end);
    parts.push({ ...aside, background: /^(?:which|who)\s/.test(s.slice(aside.start, aside.end)) });
    base = inner.rest.start;
  }
  const cuts = CUTS.flatMap(({ kind, re, speaker }) =>
    [...text.slice(base).matchAll(re)]
      // A quotation is cut between sentences joined by "; ", ", and" or ", but", elsewhere only between two things
      // to check ("Africa gets 2% of … while it is home to 60% of …", "… while the company paid out record
      // dividends"): "We will not declare victory while 214 families are grieving" is one thing said.
      .filter(
        (m) =>
          !quoted ||
          /^(?:;\s+|,\s+(?:and|but)\s+)$/.test(m[0]) ||
          (CHECKABLE_SIDE.test(text.slice(base, base + m.index)) && CHECKABLE_SIDE.test(text.slice(base + m.index + m[0].length))),
      )
      .map((m) => ({ kind, index: base + m.index, length: m[0].length, speaker: speaker ? m[1] : undefined })),
  ).sort((a, b) => a.index - b.index);
  let from = base;
  let previous: CutKind | null = null;
  let speaker: string | undefined;
  for (const cut of cuts) {
    if (cut.index < from) continue;
    const left = text.slice(from, cut.index);
    const right = text.slice(cut.index + cut.length);
    // "…, about 9 percent of its workforce, after its profit fell 41 percent": a clause after a piece hung on
    // the claim before (a comparison, a share) ends that piece, though the piece has no verb of its own.
    // "…, up 7% from a year earlier, and filled 88.4% of its seats": so does a second verb phrase of the subject.
    const afterAppended =
      previous === "appended" &&
      words(left) >= 2 &&
      ((cut.kind === "clause" && independent(right)) || (cut.kind === "predicate" && predicate(right, left) && words(right) >= 3));
    if (!afterAppended && !cutHere(cut.kind, left, right)) continue;
    parts.push({ ...trim(s, span.start + from, span.start + cut.index), speaker });
    from = cut.index + cut.length;
    previous = cut.kind;
    speaker = cut.speaker;
  }
  parts.push({ ...trim(s, span.start + from, span.end), speaker });
  return parts.map((p) => (quoted ? p : { ...withoutTimeAside(s, p), speaker: p.speaker })).filter((p) => p.end > p.start);
}

// "Thirty-seven patients have been admitted, she added, and a child died in April.": one frame, two claims.
// "…, the UN refugee agency said on Thursday, an increase of 6.8 million …": an aside after the frame too.
const MID_FRAME = new RegExp(
  `,(?!\\d)\\s*([^,“”"]{1,40}?)\\s+(?:${SPEECH_VERBS}|found|showed)(?:\\s+(?:on|in|at|last|late|early)\\s+[^,]{1,25})?,\\s+(?:(?:and|but)\\s+|after\\s+(?!\\p{Ll}+ing\\b)(?=(?:the|a|an|its|their|his|her|\\p{Lu}|[\\p{Ll}-]+\\s+(?:[\\p{Ll}-]+\\s+)?(?:\\p{Ll}+ed|fell|rose|grew|sank|shrank|won|lost|took|came|went|made|hit|cut|began)\\b))|(?=(?:an?|the|its|their)\\s|(?:${RESULT_PARTICIPLE})\\s|as\\s+(?!well\\b|(?:he|she|they|it|we|I|you)\\b|(?:a|an|the)\\s+(?:result|whole)\\b)|(?:largely|partly|mainly|mostly|chiefly)?\\s*because\\b|compared (?:with|to)\\b|(?:down|up) from\\b))`,
  "u",
);

// "…, according to the health ministry, and treating it costs …": the source in the middle, two claims;
// so with "while" ("…, according to the regulator, while new mortgages carried …") and with "but" before
// a verb of the same subject ("…, according to DANE, but remains well above the target"). After "but" with
// a subject of its own the next claim is often someone else's ("…, but independent economists say …").
// "…, according to a study by the University of Valdora, which found that …": what the source found is a claim too.
// "…, according to the statistics office, slightly above the average for …": a comparison after the source, the source's.
const MID_ACCORDING =
  /,\s*according to\s+([^,“”"]{2,60}?),\s+(?:(?:and|while|whereas|but(?=\s+(?:still\s+)?(?:remains?|remained|stays?|stayed)\b)|which\s+(?:also\s+)?(?:found|finds|showed|shows|estimated|estimates|concluded|calculated)\s+that)\s+|(?=(?:slightly|well|far|just|still|roughly|about|nearly|almost)\s+(?:above|below|higher|lower|more|less|under|over)\b))/u;

// "…,” Brandt said, adding that the contract runs until 2027.": a second claim by the same speaker.
// "…, noting that …", "…, insisting that …": a second statement of the speaker's too. Not "warning that", measured:
// what is warned of is most often a forecast, and the claim before it one a checker lists with it.
// "noting the 12,000 grants …" and "arguing for a rate cut" name no statement: only "adding" goes without "that".
const ADDING = /,\s+(?:adding(?:\s+that)?|(?:noting|arguing|insisting|stressing)\s+that)\s+/u;

// "Tomas Renko, a former mayor of Valden, told supporters …", "Green Horizon, an environmental group with
// 40,000 members, said …": who the speaker is, when it holds something to check, is a claim of the article's.
// "The company, which employs 4,000 people, said …": a subject named by what it is too.
const APPOSITION =
  /^((?:[\p{L}.'’-]+\s+){0,5}\p{Lu}[\p{L}'’-]+|[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+((?:a|an|the|which|who)\s(?:[^,“”"]|,(?=\d)){5,120}?),\s+(?=\S)/u;

/**
 * The claims of a sentence. Runs of white space are read as one space (several of the patterns below
 * would otherwise take quadratic or worse time on a long run of spaces, which anyone can paste), and the
 * pieces are mapped back to the sentence as written.
 */
export function claimPieces(sentence: string): Piece[] {
  if (!/\s\s/.test(sentence)) return piecesOf(sentence);
  const at: number[] = [];
  let plain = "";
  for (let i = 0; i < sentence.length; i++) {
    if (/\s/.test(sentence[i]) && /\s/.test(sentence[i + 1] ?? "")) continue;
    at.push(i);
    plain += /\s/.test(sentence[i]) ? " " : sentence[i];
  }
  at.push(sentence.length);
  return piecesOf(plain).map((p) => ({ ...p, start: at[p.start], end: at[p.end - 1] + 1 }));
}

function piecesOf(sentence: string): Piece[] {
  const pieces = framedPieces(sentence);
  const dateline = DATELINE.exec(sentence);
  const from = dateline ? dateline[0].length : 0;
  const apposition = APPOSITION.exec(sentence.slice(from));
  if (!apposition || !CHECKABLE_ASIDE.test(apposition[2])) return pieces;
  // Where the aside starts, whatever space follows the comma.
  const start = from + apposition.index + apposition[0].indexOf(apposition[2], apposition[1].length + 1);
  const piece = { ...trim(sentence, start, start + apposition[2].length), speaker: null, quoted: false };
  // Only where no piece holds any of it already.
  if (pieces.some((p) => p.start < piece.end && p.end > piece.start)) return pieces;
  return [piece, ...pieces];
}

// “A,” Ruiz said, “B.”  /  “A,” said Ruiz, “B.”: the speaker before or after the verb.
const BROKEN_QUOTE = new RegExp(
  String.raw`^${OPEN}([^“”"«»]{3,}?),?${CLOSE}\s+(?:([^“”",]{2,80}?)\s+${VERB}|${VERB}\s+([^“”",]{2,80}?))(?:\s+(?:on|in|at|late|early|last)\s[^“”",]{1,40})?,\s+${OPEN}([^“”"«»]{3,})${CLOSE}[.!]?$`,
  "u",
);

/** A piece's own speaker when it names one; "which she said …" is the sentence's speaker's, or hers. */
const ownSpeaker = (part: Part, speaker: string | null) => (part.speaker && (!PRONOUN.test(part.speaker) || !speaker) ? part.speaker : speaker);
const PRONOUN = /^(?:he|she|it)$/i;

const STANDALONE_QUOTE = new RegExp(`^${OPEN}([^“”"«»]+)${CLOSE}$`, "u");

const BUT_SAID =
  /,?\s+but\s+(?:also\s+)?(?:said|says|added|noted|warned|cautioned|stressed|conceded|acknowledged|insisted|argued)\s+(?:that\s+)?(?=(?:it|he|she|they|we|the|its|their|this|there)\b)/u;

function framedPieces(sentence: string): Piece[] {
  const adding = ADDING.exec(sentence);
  if (adding && words(sentence.slice(adding.index + adding[0].length)) >= 3) {
    const first = piecesOf(sentence.slice(0, adding.index));
    const speaker = first.find((p) => p.speaker)?.speaker ?? null;
    if (speaker) {
      const rest = trim(sentence, adding.index + adding[0].length, sentence.length);
      return [...first, ...atomic(sentence, rest).map((p) => ({ ...p, speaker: ownSpeaker(p, speaker), quoted: false }))];
    }
  }
  const dateline = DATELINE.exec(sentence);
  const from = dateline ? dateline[0].length : 0;
  const according = MID_ACCORDING.exec(sentence.slice(from));
  if (according) according[1] = source(according[1]);
  const mid = MID_FRAME.exec(sentence.slice(from)) ?? according;
  if (mid && !/[“”"]/.test(sentence) && validSpeaker(mid[1]) && words(sentence.slice(from, from + mid.index)) >= 3) {
    const left = trim(sentence, from, from + mid.index);
    const right = trim(sentence, from + mid.index + mid[0].length, sentence.length);
    // "…, he said, and the whole line by 2027.": a verbless remainder leans on the first claim and is left out.
    const elliptical = /(?:and|but)\s+$/.test(mid[0]) && verbless(sentence.slice(right.start, right.end));
    const parts = elliptical ? atomic(sentence, left) : [...atomic(sentence, left), ...atomic(sentence, right)];
    return parts.map((p) => ({ ...p, speaker: ownSpeaker(p, mid[1]), quoted: false }));
  }
  // “We have cut 300 jobs,” Ruiz said, “and we expect to hire 50 next year.”: one quotation broken by its frame.
  const broken = BROKEN_QUOTE.exec(sentence.slice(from));
  const brokenBy = broken && ((broken[2] ? speakerIn(broken[2]) : null) ?? (broken[3] ? speakerIn(broken[3]) : null));
  if (broken && brokenBy) {
    const first = from + broken[0].indexOf(broken[1]);
    const second = from + broken[0].lastIndexOf(broken[4]);
    return [trim(sentence, first, first + broken[1].length), trim(sentence, second, second + broken[4].length)].map((span) => ({
      ...span,
      speaker: brokenBy,
      quoted: true,
    }));
  }
  // “Sixty-one thousand homes were completed … That is more than in any year since 1994.”: a quotation standing
  // alone, its speaker in the sentence before (lib/intake/checkworthiness.ts), is cut between its sentences too.
  const alone = STANDALONE_QUOTE.exec(sentence.slice(from));
  const frame =
    quotation(sentence, from) ??
    reported(sentence, from) ??
    stance(sentence, from) ??
    (alone ? { claim: trim(sentence, from + 1, from + 1 + alone[1].length), speaker: null, quoted: true } : null);
  if (frame?.quoted) {
    // A quotation of several sentences is several claims, each the speaker's; none is cut inside.
    const quote = sentence.slice(frame.claim.start, frame.claim.end);
    return splitSentences(quote).flatMap((q) =>
      atomic(sentence, trim(sentence, frame.claim.start + q.start, frame.claim.start + q.end), true).map((p) => ({
        ...p,
        speaker: frame.speaker,
        quoted: true,
      })),
    );
  }
  // "But services inflation is still running at 5.1 percent, and wages …": the conjunction joins the sentence to the
  // one before; the claims start after it.
  const joined = frame ? null : OPENING_CONJUNCTION_OF_CLAIM.exec(sentence.slice(from));
  const claim = frame?.claim ?? trim(sentence, from + (joined?.[0].length ?? 0), sentence.length);
  const speaker = frame?.speaker ?? null;
  // "X confirmed that it had approved a reduced dose, but said it had asked …": a second statement of the speaker's,
  // its verb of saying left out.
  const second = speaker ? BUT_SAID.exec(sentence.slice(claim.start, claim.end)) : null;
  const spans = second
    ? [trim(sentence, claim.start, claim.start + second.index), trim(sentence, claim.start + second.index + second[0].length, claim.end)]
    : [claim];
  return spans
    .flatMap((span) => atomic(sentence, span))
    .map(({ background, ...p }, i) => reframed(sentence, { ...p, speaker: background && !p.speaker ? null : ownSpeaker(p, speaker), quoted: false }, i));
}

/**
 * "…, while the union said 55 would.", "…, but critics said the figure was closer to 60.": a clause after the
 * first with a frame of its own is its own speaker's, the frame left out.
 */
function reframed(sentence: string, piece: Piece, index: number): Piece {
  if (index === 0) return piece;
  const text = sentence.slice(piece.start, piece.end);
  // The speaker, a verb of saying and at most "that": "the figure she said she had seen" and "it said later that"
  // are not frames to leave out, nor "it denied that …" (the denial is the claim's).
  const m = REFRAME.exec(text);
  if (!m || /\s(?:he|she|it|they|we|I)$/i.test(m[1]) || !(validSpeaker(m[1]) || GROUP_SPEAKER.test(m[1]) || /^(?:he|she|they)$/i.test(m[1]))) return piece;
  const start = piece.start + m[0].length;
  return { start, end: piece.end, speaker: m[1], quoted: false };
}
const REFRAME =
  /^((?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:(?:said|says|argued|argues|warned|warns|noted|notes|insisted|insists|claimed|claims)\s+(?:that\s+)?|(?:added|adds)\s+that\s+)(?=\p{L}|\d)/u;
const GROUP_SPEAKER =
  /^(?:critics|analysts|officials|economists|experts|residents|campaigners|unions?|opponents|supporters|investors|lawyers|police|prosecutors|doctors|scientists|researchers|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)$/u;
