import nlp from "compromise";

/**
 * compromise, with the words news copy uses that its tagger reads otherwise: "prices rose" is not a
 * flower, "the treaty obliges" is a verb. Intake and matching read text through `read`, so a claim is
 * tagged the same wherever it is read.
 */
const PAST = "(rose|tracked|beat)";
const PRESENT = "(obliges|obligates)";
const PLURAL = "(prices|doses)";

export function read(text: string): ReturnType<typeof nlp> {
  const doc = nlp(text);
  doc.match(PAST).tag("PastTense");
  doc.match(PRESENT).tag("PresentTense");
  doc.match(PLURAL).tag("Plural");
  // "Unemployment stands at 20%": a verb, not the seats of a stadium.
  doc.match("[(stands|stood)] at", 0).tag("PresentTense");
  // "Harbour Terminals Group rejected …": a capitalised word opening a run of capitalised words is a name, not a verb.
  // "judge Ondřej Šimek wrote": a title before a name, not a verb.
  doc.match("[(judge|justice|chair|head|counsel|coach|marshal|warden|referee)] #ProperNoun", 0).unTag("Verb").tag("Noun");
  // Not a participle ("Including Kestria, …", "Rising Kestrian inflation …"), and only before a name that runs on.
  doc
    .match("^[#Verb] #ProperNoun", 0)
    .not("(#Gerund|#PastTense)")
    // Capitalised: a piece cut from a sentence may open with its verb ("supplies Russia with shells").
    .filter((t) => /^\p{Lu}/u.test(t.text()) && !/(?:ing|ed)$/i.test(t.text("normal")))
    .unTag("Verb")
    .tag("ProperNoun");
  return doc;
}

// The parse's steps without the chunker (noun and verb phrases, as each term's `chunk`), which changes no
// tag; `.numbers()`, `.nouns()` and `<Noun>` patterns read it, so `read` keeps it. Derived from the steps
// in place when called (a plugin added later replaces the list), once per list.
const tagging = new WeakMap<string[], string[]>();

/**
 * `read` without the chunker, for code that keeps only each word and its tags (the repeat matcher's
 * lib/tracking/claim-parts.ts): the same tags, a fifth less time (15,480 sentences of eval/intake: no
 * term differed; 11.5 s against 9.3 s). The steps are swapped for this one synchronous call only.
 */
export function readTags(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as { hooks: string[] };
  const all = world.hooks;
  let steps = tagging.get(all);
  if (!steps) tagging.set(all, (steps = all.filter((hook) => hook !== "chunks")));
  world.hooks = steps;
  try {
    return read(text);
  } finally {
    world.hooks = all;
  }
}

export default nlp;
