/**
 * The words that make a name an institution's, shared by who-said-it (lib/intake/speakers.ts) and
 * claim matching (lib/tracking/claim-parts.ts): "National Environment Agency", "Deutsche Bank",
 * "the Competition and Markets Authority".
 */

// Public bodies and assemblies: a title may use the same words ("State Council", "Senate Majority Leader").
export const PUBLIC_BODY_WORDS = [
  ...["Agency", "Ministry", "Bank", "Institute", "Office", "Council", "Commission", "Service", "Authority", "Court", "Committee", "Party"],
  ...["Union", "Assembly", "Forum", "Alliance", "Federation", "Association", "Bureau", "Board", "Department", "Organisation", "Organization"],
  ...["Fund", "Centre", "Center", "Observatory", "Administration", "Inspectorate", "Tribunal", "Parliament", "Senate", "Congress"],
  ...["Directorate", "Secretariat", "Inquiry"],
];

// Companies, universities, charities and the press.
const OTHER_INSTITUTION_WORDS = [
  ...["Group", "Company", "Corporation", "Railways?", "Airlines?", "Journal", "Charity", "Foundation", "Trust", "University", "College"],
  ...["Network", "News", "Times", "Post", "Chemicals", "Motors", "Systems", "Industries", "Holdings", "Technologies", "Pharmaceuticals"],
  ...["Airways", "Telecom", "Energy", "Steel", "Mining", "Inc", "Ltd", "plc", "AG", "GmbH"],
];

/** One word of an institution's name, alone ("Agency"). */
export const PUBLIC_BODY_WORD = new RegExp(`^(?:${PUBLIC_BODY_WORDS.join("|")})$`);

/** An institution's word anywhere in a name ("National Environment Agency", "Vesna Chemicals"). */
export const INSTITUTION_WORD = new RegExp(`\\b(?:${[...PUBLIC_BODY_WORDS, ...OTHER_INSTITUTION_WORDS].join("|")})\\b`);
