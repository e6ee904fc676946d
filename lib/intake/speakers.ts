import { INSTITUTION_WORD, PUBLIC_BODY_WORD } from "./institutions";
import { DATELINE, DESCRIBED, OPENING_CONJUNCTION } from "./frames";
import { read } from "./nlp";
import { newSpeakerContext, type SpeakerContext } from "./speaker-context";

export { newSpeakerContext, type SpeakerContext };

/**
 * Who said it: the speaker phrase a reporting frame names ("Russian President Vladimir Putin on
 * Wednesday", "he", "the White House official") turned into the name a desk files a claim under.
 */

// Words of a title, role or description that come before a name: "Defence Minister", "Kremlin
// spokesman", "senior director". Lower-cased; compared without a trailing full stop.
const TITLES = new Set(
  (
    "president vice prime minister ministers foreign defence defense interior finance economy deputy secretary secretary-general " +
    "general gen chancellor senator sen representative rep ambassador envoy spokesman spokeswoman spokesperson director senior " +
    "chief head leader dictator official officials chairman chair chairwoman ceo mr mrs ms dr prof professor king queen pope " +
    "governor mayor commander admiral colonel col lieutenant lt analyst expert economist researcher lawmaker mp adviser advisor " +
    "state supreme national security council press former acting then first lady of for the a an attorney judge justice " +
    "executive managing founder spokesperson's speaker told prosecutor prosecutors lawyer counsel barrister solicitor " +
    "detective inspector superintendent sergeant captain commissioner auditor ombudsman councillor councilman councilwoman " +
    "congressman congresswoman assemblyman assemblywoman premier epidemiologist scientist archbishop bishop coach " +
    "author co-author coauthor lead chemist physicist biologist climatologist statistician historian sociologist psychologist " +
    "editor correspondent sponsor nurse doctor midwife surgeon physician activist campaigner officer retired"
  ).split(" "),
);
// "Russian", "North Korean", "Chinese", "British", "U.S.", "EU": nationality words before a title.
const NATIONALITY = /^(?:\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i|ch|ss)|U\.?S\.?|U\.?K\.?|EU|UN|NATO)$/u;
const TIME_TAIL =
  /\s+(?:(?:on|last|this|late|early|earlier|in)\s+){0,2}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon|today|yesterday|tonight|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/i;
// "On Saturday, summit spokeswoman Nadine Frey": a time before the speaker is no part of the name.
const TIME_HEAD =
  /^(?:(?:on|last|this|late|early|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon|today|yesterday|tonight)\b[^,]{0,20},\s*/i;
const ADVERB_TAIL = /\s+(?:also|later|earlier|again|then|previously|further|once|recently|repeatedly|separately|himself|herself|has|have|had)$/i;
const INSTITUTION =
  /^the\s+(?:[a-z-]+\s+)?(?:agency|ministry|office|company|firm|group|organisation|organization|report|study|paper|statement|survey|document|charity|department)$/;
// "the commission", "the central bank", "the journal": an organisation of that kind named before.
// The words a body's name uses for a kind the article names it by.
const KIND_NAMES: Record<string, string> = {
  watchdog: "watchdog|Authority|Inspectorate|Regulator|Ombudsman",
  regulator: "regulator|Authority|Inspectorate|Regulator",
  // "the inspectors found": the inspectorate's inspectors, for it.
  inspectors: "Inspectorate|inspectorate",
};
// Names of bodies that speak for their members, which an article may call "the union".
const UNION_NAME =
  /\b(?:Unions?|Confederation|Federation|Association|Guild|Congress|Syndicate|Workers|Farmers|Teachers|Nurses|Doctors|Drivers|Pilots|Dockers|Miners|Employees|Staff)\b/;
const KIND_WORDS =
  "inspectors|inquiry|agency|ministry|office|company|firm|group|charity|department|commission|institute|bank|court|council|board|authority|regulator|union|journal|observatory|service|bureau|committee|operator|insurer|carrier|airline|watchdog";
const KIND_OF_BODY = new RegExp(String.raw`^the\s+(?:(?:[a-z-]+\s+)?([a-z-]+)\s+)?(${KIND_WORDS})$`);
// "the operator’s published fare tables", "the ministry's own figures": the owner is the source.
const RECORD = "figures|data|tables|statistics|report|statement|website|records|accounts|filings?|estimates?|bulletin|count|tally|survey|review|audit|findings";
// "ministry data", "council figures": a record of a body named by its kind.
const KIND_RECORD = new RegExp(`^(?:the\\s+)?(${KIND_WORDS})\\s+(?:${RECORD})$`);
// "the operator's published fare tables", "the office's quarterly labour force survey", "Achterberg's 142-page report".
const OWNED_RECORD = new RegExp(
  `^((?:the\\s+)?(?:[a-z-]+\\s+){0,2}[a-z-]+|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,3})[’']s?\\s+(?:[\\p{L}\\d-]+\\s+){0,4}(?:${RECORD})$`,
  "u",
);
// "its annual report", "their own figures", "its 96-page report": the organisation the sentence opens with is the source.
// "the annual accounts": whose, the article says before.
const ITS_RECORD = new RegExp(
  `^(?:(?:its|their)\\s+(?:[\\w-]+\\s+){0,3}(?:${RECORD}|calculations)|(?:the\\s+)?(?:annual|quarterly)\\s+(?:accounts|report|results))$`,
  "i",
);
// "preliminary data", "official figures": numbers nobody in particular states; the article reports them.
const UNOWNED_RECORD = /^(?:preliminary|provisional|official|latest|new|early|final|revised)\s+(?:data|figures|estimates|statistics|numbers|results)$/i;
// "the report", "the final report", "the data": a record no one was said to publish.
const UNNAMED_RECORD = new RegExp(`^the\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}(?:${RECORD}|study|paper|document)$`, "u");
const PRONOUN = /^(?:he|she|him|her|they|them)$/i;
// "It says …": a document or an institution already named; the article's own report of it.
const IMPERSONAL = /^(?:it|this|that)$/i;
// "the official", "the White House official", "the minister": a description of someone named before.
const DESCRIPTION =
  /^the\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:[a-z-]+\s+)?(?:official|minister|spokesman|spokeswoman|spokesperson|diplomat|director|envoy|ambassador|president|leader|secretary|general|senator|analyst|expert|economist|chancellor|agency|ministry|office|company|report|study|paper|statement|survey|document)$/u;

const DOCUMENT =
  /^(?:(?:Article|Section|Clause|Paragraph|Chapter)\s+\d+\b.*|.*\b(?:treaty|bulletin|communiqu[ée]|constitution|charter|law|bill|decree|accord))$/;

/**
 * "National Environment Agency", "Ministry of the Interior", "Office for the Coordination of Humanitarian
 * Affairs": a run that ends in an institution's word, or in an "of"/"for" phrase after one. "Bank of England
 * Governor Andrew Bailey" and "Senate Majority Leader Chuck Schumer" name a person who holds a title.
 */
function namesInstitution(run: string[]): boolean {
  let k = -1;
  run.forEach((t, at) => {
    if (PUBLIC_BODY_WORD.test(t)) k = at;
  });
  if (k < 0) return false;
  if (k === run.length - 1) return true;
  if (!/^(?:of|for)$/.test(run[k + 1])) return false;
  // "Bank of England Governor Andrew Bailey": a title followed by a name of two or three words ends the run
  // with a person. "Ministry of Foreign Affairs", "Office of the Director of National Intelligence" do not.
  const tail = run.slice(k + 2);
  return !tail.some((t, at) => {
    const name = tail.slice(at + 1);
    return titleWord(t) && name.length >= 2 && name.length <= 3 && name.every((w) => capitalised(w) && !titleWord(w));
  });
}

// Kinds of organisation: "the company" is no court, "the ministry" no union.
const FAMILIES: [string, RegExp][] = [
  [
    "business",
    /^(?:company|firm|group|corporation|rail|railways?|air|airlines?|bank|network|carrier|operator|insurer|maker|news|times|post|chemicals|motors|systems|industries|holdings|technologies|pharmaceuticals|airways|telecom|energy|steel|mining|inc|ltd|plc|ag|gmbh|carmaker|manufacturer|retailer|producer|lender)$/i,
  ],
  [
    "public",
    /^(?:ministry|agency|office|department|authority|commission|council|board|bureau|service|administration|inspectorate|observatory|institute|fund|centre|center)$/i,
  ],
  ["court", /^(?:court|tribunal)$/i],
  ["members", /^(?:union|association|federation|alliance|party|forum|charity|foundation|trust)$/i],
];
const familyOf = (word: string) => FAMILIES.find(([, re]) => re.test(word))?.[0];
/** A company's name by its words ("Norvale Systems", "Nordvik Air", "Brennwald AG"). */
const isBusiness = (name: string) => name.split(/\s+/).some((w) => familyOf(w) === "business");

/** A speaker that is no person: an institution's name, a place, or one word ("UNHCR", "Brazil"). */
function looksOrganisation(name: string): boolean {
  if (COMPANY_WORD.test(name) || !/\s/.test(name)) return true;
  const doc = read(name);
  return !doc.has("#Person") && (doc.has("#Organization") || doc.has("#Place"));
}

function tokens(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean);
}

const capitalised = (t: string) => /^[\p{Lu}]/u.test(t);
export const titleWord = (t: string) => TITLES.has(t.toLowerCase().replace(/[.,]$/, ""));

/**
 * The name in a speaker phrase: a trailing run of capitalised words without its leading titles
 * and nationalities ("Russian President Vladimir Putin" is Vladimir Putin), else the phrase itself
 * without its article ("Brazil's foreign ministry"). Null for a phrase that names no one.
 */
const INSTITUTION_HEAD =
  /^(?:Office|Ministry|Department|Institute|Centre|Center|Agency|Commission|Council|Bureau|Committee|Fund|Federation|Union|Association|Directorate|Secretariat|Inspectorate|Authority)$/;

export function speakerName(raw: string): string | null {
  // One space between words: the patterns below then stay linear on any input.
  raw = raw
    .replace(/\s+/g, " ")
    // "Under EU food hygiene law, she": what the speaker speaks under is no part of who speaks.
    .replace(/^(?:Under|In|At|After|Before|During|Since|Citing|Quoting|Responding to|Speaking)\s[^,]{2,60},\s*(?=\S)/u, "");
  // An appositive names the person last: "The senior director …, Michael Carpenter,".
  const segments = raw
    .replace(TIME_HEAD, "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  // "lead author Dr. Selma Haddad, an epidemiologist at the institute": a name after a title in lower case too.
  // "lead author Ingrid Solheim, an atmospheric chemist": titles in lower case, then the name.
  const titledName = (x: string) => {
    const m = /^((?:[\p{Ll}.'’-]+\s+)+)(\p{Lu}\S*)(?:\s+\p{Lu}\S*)+$/u.exec(x);
    return !!m && (titleWord(m[2]) || (tokens(m[1]).every(titleWord) && !/\b(?:of|for|at|the|a|an)\s*$/i.test(m[1])));
  };
  // "Ruiz, the plant's director": a name, then who the person is.
  const described = segments.length > 1 && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u.test(segments[0]) && /^(?:a|an|the)\s/i.test(segments[1]);
  const named =
    segments.length > 1
      ? ((described ? segments[0] : undefined) ??
        [...segments].reverse().find((x) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(x)) ??
        [...segments].reverse().find(titledName) ??
        // "the law's sponsor, Radek Holub of the governing National Renewal party": the name, then whose.
        (/^(?:[Tt]he\s+)?[\p{L}-]+['’]s\s+[\p{Ll}-]+$/u.test(segments[0])
          ? segments
              .slice(1)
              .find((x) => /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:of|from|at)\s/u.test(x))
              ?.replace(/\s+(?:of|from|at)\s.*$/u, "")
          : undefined))
      : undefined;
  let phrase = (named ?? raw.replace(TIME_HEAD, ""))
    // "Amina Yusuf of the Nairobi-based group Energy Justice Africa": the name, not the group.
    .replace(/^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(?:of|from|at)\s+(?:the\s+)?.*$/u, (all, name: string) =>
      name.split(/\s+/).some((t) => !titleWord(t) && !NATIONALITY.test(t)) && !/['’]s\b/.test(name) && read(name).has("#Person") ? name : all,
    )
    // "an Earthline News tally found": the outlet, not its tally.
    .replace(
      /^(.*\p{Lu}[\p{L}.'’-]*)\s+(?:tally|survey|analysis|report|poll|count|review|investigation|study|data|figures|statistics|calculations|estimates|projections)$/u,
      (all, name: string) => (/^(?:the|a|an|official|latest|new|government)$/i.test(name) ? all : name),
    )
    // "The network-equipment maker, which employs about 22,000 people": who it is, not what it does.
    .replace(/,\s*(?:which|who|whose)\b.*$/u, "")
    // "UN Office for the Coordination of Humanitarian Affairs (OCHA)": the name, without its short form.
    .replace(/\s*\([\p{Lu}\d&.-]{2,12}\)?\s*$/u, "")
    .replace(/^[\s,;:“”"'‘’(—–-]+|[\s,;:“”"'‘’)—–-]+$/g, "")
    .replace(TIME_TAIL, "")
    // "But she", "the Bengaluru-based Clearline Energy Institute": a conjunction and where a body is based are no part of it.
    .replace(/^(?:But|And|Yet|So|Still|However|Meanwhile)\s+/u, "")
    .replace(/(^|\s)\p{Lu}[\p{L}.'’-]*-based\s+/u, "$1")
    .trim();
  while (ADVERB_TAIL.test(phrase)) phrase = phrase.replace(ADVERB_TAIL, "");
  // "Article 4 of the treaty says …", "the ministry's quarterly bulletin shows …": a text, which the article
  // reports in its own voice.
  if (DOCUMENT.test(phrase)) return null;
  const words = tokens(phrase);
  if (words.length === 0 || words.length > 12) return null;
  if (PRONOUN.test(phrase)) return phrase.toLowerCase();
  // The trailing run of capitalised words ("Vladimir Putin" in "Kremlin spokesman Vladimir Putin").
  let i = words.length;
  // "Office for National Statistics": "for" joins an institution's name, as "of" does.
  const joins = (k: number): boolean =>
    /^(?:of|de|von|van|al|bin|la|le|del|da)$/.test(words[k]) ||
    // "Office for the Coordination of …", "Ministry of the Interior": "the" after a joining word.
    (words[k] === "the" && k > 0 && capitalised(words[k + 1] ?? "") && joins(k - 1)) ||
    (words[k] === "for" && INSTITUTION_HEAD.test(words[k - 1] ?? "")) ||
    // "Ministry of Industry and Trade", "Institute for Health and Welfare": "and" inside an institution's name.
    (words[k] === "and" &&
      capitalised(words[k + 1] ?? "") &&
      capitalised(words[k - 1] ?? "") &&
      /^(?:of|for)$/.test(words[k - 2] ?? "") &&
      INSTITUTION_HEAD.test(words[k - 3] ?? ""));
  while (i > 0 && (capitalised(words[i - 1]) || joins(i - 1))) i--;
  const run = words.slice(i);
  // "Ana Rusu of Kaldera University", "Hans Weber of Deutsche Bank": a person's name before an institution's.
  const ofAt = run.indexOf("of");
  if (
    ofAt >= 2 &&
    ofAt <= 4 &&
    INSTITUTION_WORD.test(run.slice(ofAt + 1).join(" ")) &&
    !INSTITUTION_WORD.test(run.slice(0, ofAt).join(" ")) &&
    run.slice(0, ofAt).every((t) => !titleWord(t) && !NATIONALITY.test(t))
  )
    return run.slice(0, ofAt).join(" ");
  // "National Environment Agency", "State Council": an institution's name keeps the words a title also uses.
  // "Vietnam's Ministry of Industry and Trade": the ministry's name, without whose it is.
  if (run.length > 2 && /[’']s$/.test(run[0]) && INSTITUTION_HEAD.test(run[1])) run.shift();
  if (run.length > 1 && namesInstitution(run))
    return run
      .join(" ")
      .replace(/^The\s+/, "")
      .replace(/[’']s$/, "");
  if (run.length > 0 && i < words.length) {
    let j = 0;
    // "Russian President Vladimir Putin" drops "Russian"; "Dutch Customs" and "Kestrian Health Ministry" keep it.
    while (j < run.length - 1 && (titleWord(run[j]) || (NATIONALITY.test(run[j]) && titleWord(run[j + 1])))) j++;
    // "Housing Minister Teresa Lopes": a title after a word the list lacks still ends the title.
    for (let k = run.length - 2; k >= j; k--) {
      if (!titleWord(run[k]) || /^(?:of|the|a|an|for|state|national|first|press)$/i.test(run[k])) continue;
      if (run.slice(k + 1).some((t) => !titleWord(t))) j = k + 1;
      break;
    }
    const name = run.slice(j);
    // A name needs a word that is not a title: "the Prime Minister" names no one by itself.
    if (name.some((t) => !titleWord(t))) return name.join(" ").replace(/[’']s$/, "");
  }
  // "Official data show …": no one in particular; the article's own report.
  if (/^(?:official|latest|new|government|the)\s+(?:data|figures|statistics)$/i.test(phrase)) return null;
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, "");
  return bare.length > 1 ? bare : null;
}

const gender = (name: string, ctx?: SpeakerContext): "male" | "female" | null => {
  const said = ctx?.genders?.[name];
  if (said) return said;
  const doc = read(name.split(/\s+/)[0]);
  return doc.has("#MaleName") ? "male" : doc.has("#FemaleName") ? "female" : null;
};

// Role words that say a gender: "Nordvik Air spokeswoman Hanne Strand", "Mr Aas", "Hanne Strand, the chairwoman".
// Only words that name a person's own role ("Lord Mayor", "Queen Elizabeth Hospital" are read as no role).
// Either case for the first letter: the patterns below are case-sensitive (a name's capitals matter).
const eitherCase = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");
const FEMALE_ROLES = eitherCase("spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|businesswoman|Mrs\\.?|Ms\\.?");
const MALE_ROLES = eitherCase("spokesman|chairman|congressman|councilman|assemblyman|businessman|Mr\\.?");
const FEMALE_ROLE = new RegExp(`^(?:${FEMALE_ROLES})$`, "i");
// Two or three capitalised words, no possessive: "Hanne Strand", not "Hanne Strand's".
const NAME_RUN = String.raw`\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2}(?![\p{L}’'-])`;

// A company's word, "Air" and "Rail" too ("Nordvik Air", "Solvar Rail"), but not "Air Force" or "the Clean Air Act".
const COMPANY_WORD = new RegExp(`${INSTITUTION_WORD.source}|\\b(?:Air|Rail)\\b(?!\\s+(?:Force|Act|Quality|Baltica|Ministry|Authority))`);

const COMPANY_DESCRIBED =
  /\b(?:its|their|the)\s+(?:[\p{Ll}-]+\s+)?(?:operator|owner|company|firm|maker|carrier|airline|insurer|parent company),\s+((?:\p{Lu}[\p{L}’'&-]*\s+){0,3}\p{Lu}[\p{L}’'&-]*)/u;

// "Chile’s central bank", "Japan’s finance ministry"; not "Finland’s Supreme Court", "Chile’s Central Bank Act", nor a body
// named just after ("Germany’s largest airline, Lufthansa").
const PLACE_BODY = new RegExp(
  String.raw`(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(${KIND_WORDS})(?![\p{L}-])(?!\s+\p{Lu})(?!,\s+\p{Lu})`,
  "gu",
);

/**
 * Notes the organisation a sentence opens with: "Nordvik Air cancelled 340 flights …, the airline said",
 * "A Nordvik Air flight was …". Only a name with an institution's or a company's word.
 */
export function noteSubject(sentence: string, ctx: SpeakerContext) {
  // After a dateline ("COPENHAGEN, Aug 8 (ABW) - "), if the sentence holds one.
  const body = sentence.trim().replace(DATELINE, "");
  // "German heating equipment maker Brennwald AG will cut …": the name after what the company makes.
  const m =
    /^(?:(?:The|A|An)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+){0,4}(?:maker|firm|group|company|carrier|airline|bank|lender|retailer|giant|operator|producer|manufacturer|insurer|developer|supplier|chain)\s+((?:\p{Lu}[\p{L}’'&-]*\s+){0,3}\p{Lu}[\p{L}’'&-]*)/u.exec(
      body,
    ) ?? /^(?:(?:The|A|An)\s+)?((?:\p{Lu}[\p{L}’'&-]*\s+){0,3}\p{Lu}[\p{L}’'&-]*)/u.exec(body);
  const name = m?.[1].replace(/[’']s$/, "");
  ctx.subject = name && /\s/.test(name) && COMPANY_WORD.test(name) ? name : null;
  if (ctx.subject && isBusiness(ctx.subject)) ctx.lastCompany = ctx.subject;
  // "Chile’s central bank cut …", "Japan’s finance ministry": a body named in lower case by its country and what it
  // is, which "the bank" or "the ministry" means later (when no body of that kind is named otherwise).
  for (const m of body.matchAll(PLACE_BODY)) if (read(m[1]).has("#Place")) ctx.kinds = { ...ctx.kinds, [m[2]]: m[0] };
  // "published by its operator, Hebridean Sea Link": a company named by what it is to the subject.
  const described = COMPANY_DESCRIBED.exec(body)?.[1];
  if (described) ctx.lastCompany = described;
  // "Lobo rejected that criticism. She said …": a person met before who opens a sentence as the subject of a
  // verb is who "she" in the next one means, whoever spoke last.
  // "Councillor Farah Idris, who chairs the council’s health committee, rejected that": an aside may come between.
  const aside = String.raw`(?:,\s+(?:who|a|an|the)\s[^,“”"]{3,80},)?`;
  const person = new RegExp(String.raw`^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})${aside}\s+(?:(?:also|has|had|then|later)\s+)?\p{Ll}+ed\b`, "u").exec(
    body,
  )?.[1];
  const met = person && [...ctx.names].reverse().find((n) => n === person || n.split(/\s+/).at(-1) === person);
  // "Union secretary Dario Kell rejected that account.": a person by full name after a title, met here first.
  // "Councillor Farah Idris, who …, rejected": a capitalised title too.
  // "Chief Fire Officer Daniel Reyes accepted": the name is what follows the title's last word.
  const titled = TITLED_OPENER.exec(body);
  const words = titled ? tokens(titled[1]) : [];
  // The title's last word, leaving at least two words for the name ("President Kim Jong Un": after "President").
  const lastTitle = words.slice(0, -2).findLastIndex((w) => titleWord(w));
  const title = lastTitle >= 0;
  // Only the capitalised run at the end is the name: "Acting headteacher Ann Lee" is Ann Lee.
  const rest = words.slice(lastTitle + 1);
  const nameFrom = rest.length - [...rest].reverse().findIndex((w) => !/^\p{Lu}/u.test(w));
  const full = title ? rest.slice(rest.every((w) => /^\p{Lu}/u.test(w)) ? 0 : nameFrom).join(" ") : "";
  const named = !met && title && /\s/.test(full) && read(full).has("#Person") && !looksOrganisation(full) ? full : null;
  ctx.previousOpener = ctx.opener ?? null;
  // "Prime Minister Helena Vasko declined to comment.": who said nothing is not who "she" next means.
  const silent = /^[^.]*?\b(?:declined|refused|failed|did not|didn['’]t)\b/.test(body);
  ctx.opener = silent ? null : met && !looksOrganisation(met) ? met : named;
}

// "Councillor Farah Idris, who …, rejected", "Chief Fire Officer Daniel Reyes accepted": a title, a name, an aside, a verb.
const TITLED_OPENER = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?:,\s+(?:who|a|an|the)\s[^,“”"]{3,80},)?\s+(?:(?:also|has|had|then|later)\s+)?\p{Ll}+ed\b`,
  "u",
);

// Offices one person holds in a story: "the governor" is whoever the article called the governor, not the last speaker.
const OFFICE = "governor|mayor|chairman|chairwoman|prosecutor|commissioner|judge|coroner|ombudsman|rector|vice-chancellor|chief executive";
const OFFICE_HELD = new RegExp(String.raw`^the\s+(?:[a-z-]+\s+)?(${OFFICE})$`);

/** Notes who holds an office: "Governor Miriam Holt", "central bank governor Miriam Holt", "Anna Vik, the mayor". */
export function noteRoles(text: string, ctx: SpeakerContext) {
  const flat = text.replace(/\s+/g, " ").slice(0, 4000);
  const note = (office: string, name: string) => {
    if (INSTITUTION_WORD.test(name) || tokens(name).some((t) => titleWord(t))) return;
    ctx.roles = { ...ctx.roles, [office.toLowerCase()]: name };
  };
  // Capitalised or not ("Governor Miriam Holt", "central bank governor Miriam Holt"); the name itself capitalised.
  // Each word either way: "Chief Executive Omar Said", "vice-chancellor Margaret Ilves".
  const either = OFFICE.split("|")
    .map((w) => w.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`))
    .join("|");
  // Not the verb: "Voters will judge Ana Ruiz on her record".
  for (const m of flat.matchAll(
    new RegExp(String.raw`(?<![\p{L}’'])(?<!\b(?:will|would|to|can|could|must|should|may|might|not)\s)(${either}) (${NAME_RUN})`, "gu"),
  ))
    note(m[1].toLowerCase(), m[2]);
  for (const m of flat.matchAll(new RegExp(String.raw`(${NAME_RUN}), (?:a|an|the|its|their) (?:[\p{Ll}-]+ ){0,2}(${OFFICE})\b(?![’'])`, "gu")))
    note(m[2], m[1]);
}

/** Notes the gender a role word gives a named person, before the name or in an apposition after it. */
export function noteGenders(text: string, ctx: SpeakerContext) {
  const note = (role: string, name: string) => {
    // A name with a title or an institution's word in it is no person's name alone ("Mayor Ingrid Berg").
    if (tokens(name).some((t) => titleWord(t)) || INSTITUTION_WORD.test(name)) return;
    ctx.genders = { ...ctx.genders, [name]: FEMALE_ROLE.test(role) ? "female" : "male" };
    remember(name, ctx);
  };
  const flat = text.replace(/\s+/g, " ").slice(0, 4000);
  const roles = `${FEMALE_ROLES}|${MALE_ROLES}`;
  for (const m of flat.matchAll(new RegExp(String.raw`(?<![\p{L}’'])(${roles}) (${NAME_RUN})`, "gu"))) note(m[1], m[2]);
  // "Hanne Strand, the chairwoman": not "Ingunn Vatne, the chairman's daughter".
  for (const m of flat.matchAll(new RegExp(String.raw`(${NAME_RUN}), (?:a|an|the|its|their) (?:[\p{Ll}-]+ ){0,2}(${roles})\b(?![’'])`, "gu"))) note(m[2], m[1]);
}

/**
 * "he" or "she": the last speaker, unless the pronoun cannot be theirs ("he" after a woman or an
 * organisation spoke); then the person named most recently whose first name fits it.
 */
function byPronoun(pronoun: string, ctx: SpeakerContext): string | null {
  const wanted = /^(?:he|him)$/i.test(pronoun) ? "male" : /^(?:she|her)$/i.test(pronoun) ? "female" : null;
  // "Lobo rejected that criticism. She said …": the person the sentence before opened with, whoever spoke last,
  // unless the pronoun cannot be theirs.
  const opener = ctx.previousOpener;
  if (wanted && opener && gender(opener, ctx) !== (wanted === "male" ? "female" : "male")) {
    ctx.last = opener;
    return opener;
  }
  if (!wanted || !ctx.last) return ctx.last;
  const fits = (name: string) => gender(name, ctx) === wanted;
  // "Kasper Holt said … Spokeswoman Hanne Strand called … She said": the person met since the last speaker,
  // when only their gender is known and fits.
  // Only a gender the article's own words gave: anyone else merely mentioned ("founded by Mary Jones") is no speaker.
  const newest = [...ctx.names].reverse().find((n) => !looksOrganisation(n));
  if (gender(ctx.last, ctx) === null && newest && newest !== ctx.last && ctx.genders?.[newest] === wanted) {
    ctx.last = newest;
    return newest;
  }
  // A first name the lexicon does not know ("Kwame Mensah", "Park Ji-hoon") keeps the pronoun: only a
  // speaker known to be of the other gender, or an organisation, hands it to someone else.
  const opposite = gender(ctx.last, ctx) === (wanted === "male" ? "female" : "male");
  if (!opposite && !looksOrganisation(ctx.last)) return ctx.last;
  const other = [...ctx.names].reverse().find(fits);
  if (!other) return ctx.last;
  ctx.last = other;
  return other;
}

// "a company spokeswoman", "ministry officials"; "a spokesman for the bank": the kind of body they speak for.
const BODY_KINDS =
  "company|ministry|bank|airline|agency|union|council|department|carrier|operator|regulator|watchdog|authority|commission|institute|court|firm|group";
const VOICE_OF_BODY = new RegExp(
  `^(?:(?:an?|one|two|three|several|some|other|senior)\\s+)*(${BODY_KINDS})\\s+(?:spokes(?:man|woman|person)|officials?|representatives?|sources?|executives?)$`,
  "i",
);
const VOICE_FOR_BODY = new RegExp(`^(?:an?|one)\\s+(?:spokes(?:man|woman|person)|official|representative)\\s+for\\s+the\\s+(${BODY_KINDS})$`, "i");

/**
 * The desk's name for a speaker phrase in this article: pronouns and descriptions ("the official")
 * mean the last named speaker, a surname alone means the full name met earlier. Records the result
 * as the last speaker.
 */
export function resolveSpeaker(raw: string | null, ctx: SpeakerContext): string | null {
  const resolved = resolveSpeakerOnce(raw, ctx);
  // "according to the inquiry's final report", "the annual report of the Office for Fair Admissions": "the report"
  // later in the article is that body's, whoever spoke in between.
  const owned = raw && resolved ? OWNED_DOCUMENT.exec(raw.trim()) : null;
  if (owned) ctx.records = { ...ctx.records, [owned[1] ?? owned[2]]: resolved! };
  return resolved;
}
const DOCUMENT_WORD = "report|study|review|audit|survey|statement|accounts|bulletin|findings|analysis|assessment";
const DOCUMENT_ONLY = new RegExp(`^(?:${DOCUMENT_WORD})$`);
const OWNED_DOCUMENT = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+[’']s?\s+(?:[\p{Ll}\d-]+\s+){0,3}(${DOCUMENT_WORD})|(?:the|an?)\s+(?:[\p{Ll}\d-]+\s+){0,3}(${DOCUMENT_WORD})\s+(?:of|by|from)\s+(?:the\s+)?\p{Lu}.*)$`,
  "u",
);

function resolveSpeakerOnce(said: string | null, ctx: SpeakerContext): string | null {
  // "But the office found that …": the conjunction is the sentence's, not the speaker's.
  const raw = said?.replace(OPENING_CONJUNCTION, "");
  if (!raw) return null;
  // "the charge sheet", "the data": a record the article said who published; "the final report", its head word's.
  const record = /^[Tt]he\s+((?:[\p{Ll}\d-]+\s+){0,2}([\p{Ll}-]+))$/u.exec(raw.trim());
  const publisher = record && (ctx.records?.[record[1]] ?? (DOCUMENT_ONLY.test(record[2]) ? ctx.records?.[record[2]] : undefined));
  if (publisher) {
    // "…, the report showed. The fall was caused by …, it said.": "it" is the report's body.
    ctx.last = publisher;
    return publisher;
  }
  if (UNOWNED_RECORD.test(raw.trim())) return null;
  if (ITS_RECORD.test(raw.trim())) {
    // The organisation the sentence opens with ("Nordvik Air reported …, according to its annual report"), else
    // the last one that spoke when it is an institution by name; never someone merely mentioned.
    // No owner known: the article reports the record in its own voice (null).
    return ctx.subject ?? (ctx.lastOrganisation && INSTITUTION_WORD.test(ctx.lastOrganisation) ? ctx.lastOrganisation : null);
  }
  // "Severnmoor's lawyers", "Nordlys Air's spokeswoman": who speaks for a body, for it.
  const agent =
    /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})['’]s\s+(?:lawyers?|attorneys?|counsel|legal team|spokes(?:man|woman|person)|representatives?|management)$/u.exec(
      raw.trim(),
    );
  if (agent) return resolveSpeaker(agent[1], ctx);
  // "a company spokeswoman", "ministry officials", "a spokesman for the bank": who speaks for a body of that kind,
  // for the one the article named.
  const voice = VOICE_OF_BODY.exec(raw.trim()) ?? VOICE_FOR_BODY.exec(raw.trim());
  if (voice) {
    const body = resolveSpeaker(`the ${voice[1].toLowerCase()}`, ctx);
    if (body) return body;
  }
  // "The 68-page report, compiled by the company's safety department with two outside surveyors,": who compiled it.
  const compiled =
    /^[Tt]he\s+(?:[\p{L}\d-]+\s+){0,3}(?:report|study|review|audit|survey|analysis|investigation|inquiry),\s+(?:compiled|written|prepared|commissioned|produced|carried out|conducted)\s+by\s+(.+?)(?:\s+with\s+.*)?,?$/u.exec(
      raw.trim(),
    );
  if (compiled) return resolveSpeaker(compiled[1], ctx);
  // "ministry data", "council figures": the body of that kind the article named.
  const kindRecord = KIND_RECORD.exec(raw.trim());
  // Only when the article named one body of that kind: with a Health and a Finance Ministry, "ministry data" is either's.
  const bodiesOfKind = (kind: string) => new Set(ctx.names.filter((n) => new RegExp(`\\b(?:${KIND_NAMES[kind] ?? kind})\\b`, "i").test(n))).size;
  if (kindRecord && bodiesOfKind(kindRecord[1]) === 1) {
    const body = resolveSpeaker(`the ${kindRecord[1]}`, ctx);
    if (body && body !== kindRecord[1]) return body;
  }
  // "…, the inspectors found": the inspectorate's only when the article named one; with none or two, whose is not said.
  if (/^the\s+inspectors$/i.test(raw.trim()) && bodiesOfKind("inspectors") !== 1) return null;
  // "data from the statistics office": the office's.
  const from =
    /^(?:(?:the\s+)?(?:latest|new|official|monthly|quarterly|annual)\s+)?(?:data|figures|statistics|numbers)\s+(?:from|by|published by)\s+(.+)$/iu.exec(
      raw.trim(),
    );
  if (from && !/^\d/.test(from[1])) return resolveSpeaker(from[1], ctx);
  // "the annual report of the Haldersund Port Authority": the authority's. Only a body by name, and not "a review of the
  // Defence Ministry" nor "a survey of its members": what was reviewed, not who wrote it.
  const of = /^(?:the|an?)\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:report|accounts|bulletin|statement)\s+(?:of|by|from)\s+((?:the\s+)?\p{Lu}[^’']*)$/u.exec(raw.trim());
  if (of) return resolveSpeaker(of[1], ctx);
  // "the company's safety department (with two outside surveyors)": the body a unit of it speaks for. Not "the
  // prosecutor's office", a body of its own.
  const unit =
    /^((?:the\s+)?(?:[a-z-]+\s+)?[a-z-]+)['’]s\s+(?:[a-z-]+\s+)?(?:department|team|unit|division|spokes(?:man|woman|person)|lawyers?|inspectors|engineers|auditors|management)(?:\s+with\s+.*)?$/u.exec(
      raw.trim().replace(/^The\b/, "the"),
    );
  // Only a body's unit: "the president's lawyers" and "the family's lawyer" keep their words.
  const body = unit?.[1].replace(/^(?!the\s)/, "the ");
  if (body && KIND_OF_BODY.test(body)) return resolveSpeaker(body, ctx);
  // "The IEPS report", "the Brookings study": the organisation the name before the record names.
  const byName =
    /^[Tt]he\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:report|study|survey|poll|analysis|review|audit|paper|data|figures|statistics)$/u.exec(
      raw.trim(),
    );
  if (
    byName &&
    !/^(?:the|a|an|its|their|this|that)$/i.test(byName[1]) &&
    // "The January report", "the Monday survey": a time, no one's name.
    !TIME_TAIL.test(` ${byName[1]}`)
  )
    return resolveSpeaker(byName[1], ctx);
  const owned = OWNED_RECORD.exec(raw.trim().replace(/^The\b/, "the"));
  // "office's … survey": the office, as "the office" would name it.
  const trimmed = owned ? owned[1].replace(/^(?!the\s)(?=\p{Ll})/u, "the ") : raw.trim();
  const description = trimmed.replace(/^The\b/, "the");
  // "the institute", "the journal": the organisation of that kind named most recently ("Caldorian Statistics
  // Institute", "the journal Annals of Ageing Research").
  const [, modifier, kind] = KIND_OF_BODY.exec(description) ?? [];
  // "the watchdog", "the regulator": a body named as one ("Health Standards Authority", "Care Inspectorate").
  const kindWords = kind && Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind] : kind;
  const ofKindNames = kindWords ? [...ctx.names].reverse().filter((n) => new RegExp(`\\b(?:${kindWords})\\b`, "i").test(n)) : [];
  // "the central bank" after the European Central Bank and Deutsche Bank: the one the modifier also names.
  // What the article called "the watchdog" itself ("Ofgem, Britain's energy watchdog") first, for a kind only other words name.
  const called = kind && kindWords !== kind ? ctx.kinds?.[kind] : undefined;
  const ofKind = kind
    ? (called ?? ofKindNames.find((n) => modifier && new RegExp(`\\b${modifier}\\b`, "i").test(n)) ?? ofKindNames[0] ?? ctx.kinds?.[kind])
    : undefined;
  if (ofKind) {
    ctx.last = ofKind;
    ctx.lastOrganisation = ofKind;
    return ofKind;
  }
  // "the governor": the one the article named as governor, if it did.
  const office = OFFICE_HELD.exec(description)?.[1];
  if (office && ctx.roles?.[office]) {
    ctx.last = ctx.roles[office];
    return ctx.roles[office];
  }
  // "According to the ruling", "the verdict", "the three judges": the court named most recently.
  if (/^the\s+(?:[a-z-]+\s+)?(?:ruling|verdict|judgment|judgement|judges|justices|bench)$/.test(description)) {
    const court = [...ctx.names].reverse().find((n) => /\b(?:Court|Tribunal)\b/.test(n));
    if (court) return court;
  }
  // "the researchers", "the authors": the institute or university whose study it is.
  // "the study", "the survey" found: the same, never whoever spoke last.
  if (/^the\s+(?:[a-z-]+\s+)?(?:researchers|authors|scientists|study|survey|poll|audit)$/.test(description)) {
    const home = [...ctx.names].reverse().find((n) => /\b(?:Institute|University|College|Centre|Center|Observatory|Laboratory)\b/.test(n));
    // No institute named: the article reports the finding.
    return home ?? null;
  }
  // "the agency", "the report", "the operator": the last organisation that spoke; "the official": the last speaker.
  // Not an organisation of another kind: "the company" after a court spoke, "the health ministry" after a union.
  const generic = INSTITUTION.test(description) || /^(?:operator|carrier|airline|insurer|union)$/.test(kind ?? "");
  // "Nordvik Air cancelled 340 flights …, the airline said": before any organisation spoke, the one the sentence
  // opens with, when it is of the description's family.
  const named = kind && ctx.subject && familyOf(COMPANY_WORD.exec(ctx.subject)?.[0] ?? "") === familyOf(kind) ? ctx.subject : undefined;
  const fallback = ctx.lastOrganisation ?? named ?? ctx.last;
  // The kind of organisation the description's last word names ("ministry": a public body), if any.
  const headFamily = familyOf(/(\w+)$/.exec(description)?.[1] ?? "");
  const otherKind = (name: string) => {
    // "Danish shipping group", a description that spoke before: its last word says its kind.
    const have = familyOf(INSTITUTION_WORD.exec(name)?.[0] ?? name.split(/\s+/).at(-1) ?? "");
    return !!have && !!headFamily && have !== headFamily;
  };
  // "the health ministry" is an organisation: not the person who spoke last.
  const notAPerson = (name: string) => !(headFamily && read(name).has("#Person") && !INSTITUTION_WORD.test(name));
  // "the company" when the last organisation to speak was no company (or none spoke): the company the article
  // last opened a sentence with ("Norvale Systems will cut 1,800 jobs …").
  // Only words that name a company: "the group" may be a consumer group, "the bank" a central bank.
  const company =
    kind && /^(?:company|firm|carrier|airline|insurer)$/.test(kind) && ctx.lastCompany && !(fallback && isBusiness(fallback)) ? ctx.lastCompany : null;
  if (company) {
    ctx.last = company;
    ctx.lastOrganisation = company;
    return company;
  }
  // "the union": only a body whose name says it speaks for members ("Confederation of Alentejo Farmers"), not
  // "Volkswagen" or a ministry whose kind no family names.
  const unionLike = kind !== "union" || (!!fallback && UNION_NAME.test(fallback));
  if (generic && fallback && unionLike && !otherKind(fallback) && notAPerson(fallback)) {
    // "…, the report showed. The fall was caused by …, it said.": the body is who spoke last.
    ctx.last = fallback;
    return fallback;
  }
  if (DESCRIPTION.test(description) && ctx.last && !otherKind(ctx.last) && notAPerson(ctx.last)) return ctx.last;
  // "It added that …" after an organisation spoke: the organisation; "It says …" of a document: no one.
  if (/^it$/i.test(trimmed) && ctx.last && ctx.lastOrganisation === ctx.last && looksOrganisation(ctx.last)) return ctx.last;
  if (IMPERSONAL.test(trimmed)) return null;
  // "the report said" with no body named before it: the article reports the record in its own voice, never "report".
  if (UNNAMED_RECORD.test(description)) return null;
  const name = speakerName(trimmed);
  if (!name) return null;
  if (PRONOUN.test(name)) return byPronoun(name, ctx);
  let resolved = name;
  if (!/\s/.test(name)) {
    // "Carpenter" is Michael Carpenter; "Severnmoor" is Severnmoor Water.
    const full =
      [...ctx.names].reverse().find((n) => n.split(/\s+/).at(-1)?.toLowerCase() === name.toLowerCase()) ??
      // Not a country's or a city's name: "China" is not China Daily, "Norway" not Norway Post.
      (read(name).has("#Place")
        ? undefined
        : [...ctx.names].reverse().find((n) => n.split(/\s+/)[0] === name && (COMPANY_WORD.test(n) || !read(n).has("#Person"))));
    if (full) resolved = full;
  } else {
    // "the Environment Agency" after "the National Environment Agency": the name met before, shortened.
    // Only an institution's name: "Maria Lopez" is not "Anna Maria Lopez".
    const full = INSTITUTION_WORD.test(name) ? [...ctx.names].reverse().find((n) => n.length > name.length && n.endsWith(` ${name}`)) : undefined;
    if (full) resolved = full;
  }
  if (/\s/.test(resolved) && capitalised(resolved)) remember(resolved, ctx);
  const introduced = /^the\s+([a-z]+)\s+\p{Lu}/u.exec(trimmed);
  if (introduced && capitalised(resolved)) ctx.kinds = { ...ctx.kinds, [introduced[1]]: resolved };
  ctx.last = resolved;
  // A name whose gender the article gave ("spokeswoman Hanne Strand") is a person's, whatever the lexicon knows.
  if ((!read(resolved).has("#Person") || COMPANY_WORD.test(resolved)) && !PRONOUN.test(resolved) && !ctx.genders?.[resolved]) ctx.lastOrganisation = resolved;
  if (ctx.lastOrganisation === resolved && isBusiness(resolved)) ctx.lastCompany = resolved;
  return resolved;
}

// "a charge sheet filed by the Haldersund prosecutor's office", "data released by the company": a record and who
// published it. Without an article only a word for figures ("data released by …").
// Only a document or figures: "the hostages released by Hamas" are no record.
const RECORD_WORDS =
  "report|study|review|audit|survey|poll|analysis|assessment|bulletin|statement|data|figures|statistics|estimates|documents?|records|" +
  "charge sheet|indictment|complaint|lawsuit|filing|submission|letter|memo|paper|papers|results|accounts|forecasts?|projections|minutes";
const RECORD_BY = new RegExp(
  String.raw`(?:\b(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}\d-]+\s+){0,2}?(?:${RECORD_WORDS}))|\b((?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Dd]ocuments|[Rr]ecords)))\s+` +
    String.raw`(?:(?:published|released|issued|compiled|prepared|produced|filed|submitted|lodged)\s+(?:(?:on|in|last|this|earlier)\s+[\p{L}\d]+\s+)?by|from|by(?=\s+(?:the\s+)?\p{Lu}))\s+`,
  "gu",
);
// Where the publisher's name ends: "by Statistics Norway on Tuesday showed …".
const PUBLISHER_END =
  /\s*[,.;:]|\s+(?:on|in|at|last|this|show|showed|shown|shows|found|finds|said|says|and|which|who|was|were|is|are|has|had|with|against|over|into|for|to|about|published|released|issued|compiled|commissioned)\b/u;
// "by its operator, Hebridean Sea Link": what the publisher is to the subject, then its name.
const DESCRIBED_PUBLISHER = new RegExp(DESCRIBED, "u");

/**
 * Remembers each record a sentence says a body published or filed, so that "the charge sheet" or "the data" later
 * is that body's. Read before the sentence's claims, with the context as it was then (nothing else changes).
 */
export function noteRecords(sentence: string, ctx: SpeakerContext) {
  for (const m of sentence.matchAll(RECORD_BY)) {
    const record = (m[1] ?? m[2]).toLowerCase();
    const rest = sentence.slice(m.index + m[0].length);
    const end = rest.search(PUBLISHER_END);
    // Punctuation straight after "by" ("published by, among others, …") names no one.
    const publisher = DESCRIBED_PUBLISHER.exec(rest)?.[1] ?? (end >= 0 ? rest.slice(0, end) : rest);
    if (!publisher.trim()) continue;
    const by = resolveSpeaker(publisher, { ...ctx, names: [...ctx.names] });
    // Only a body by name or kind: "its operator" alone says no one.
    if (by && !/^(?:its|their|his|her)\b/i.test(by)) ctx.records = { ...ctx.records, [record]: by, [record.split(/\s+/).at(-1)!]: by };
  }
}

/** Keeps `names` in the order people were last met: the newest last. */
function remember(name: string, ctx: SpeakerContext) {
  const at = ctx.names.indexOf(name);
  if (at >= 0) ctx.names.splice(at, 1);
  ctx.names.push(name);
}

/**
 * Remembers institutions a sentence names, even when they act rather than speak ("The Supreme Administrative
 * Court of Norvalia on Wednesday ordered …"), so that "the court" later is that court.
 */
export function noteOrganisations(text: string, ctx: SpeakerContext, onlyNew = false) {
  for (const m of text.matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)+/gu)) {
    // "Bengaluru-based Clearline Energy Institute" is the institute.
    const name = m[0]
      .replace(/^The\s+/, "")
      .replace(/^\p{Lu}[\p{L}’'-]*-based\s+/u, "")
      .replace(/[’']s$/, "");
    if (onlyNew && ctx.names.includes(name)) continue;
    if (/\s/.test(name) && INSTITUTION_WORD.test(name)) remember(name, ctx);
  }
}

/**
 * "The Dockworkers’ Union of Marrowick, which has …, walked out": the organisation a sentence opens with, when no claim
 * of the sentence holds it, is still the one "the union" means later. Not one named in a frame ("Speaking after talks
 * with European Union officials, …").
 */
export function noteOpeningOrganisation(sentence: string, ctx: SpeakerContext) {
  const body = sentence.trim().replace(DATELINE, "");
  const m = /^(?:The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)+/u.exec(body);
  if (m) noteOrganisations(m[0], ctx, true);
}

/** Remembers people named in a sentence (not as its speaker), so a later surname resolves to them. */
export function notePeople(people: string[], ctx: SpeakerContext) {
  for (const person of people) {
    const name = speakerName(person);
    if (name && /\s/.test(name) && tokens(name).every(capitalised)) remember(name, ctx);
  }
}
