import nlp from "compromise";

type ParseMatch = ((input: unknown, opts: unknown, world: unknown) => unknown) & { original?: ParseMatch };

function hasOptions(opts: unknown): boolean {
  if (!opts || typeof opts !== "object") return false;
  for (const _ in opts) return true;
  return false;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value) && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * compromise parses a match pattern given as a string (`doc.match("#Month of? [#Cardinal]")`) again on every
 * call, and compromise-dates runs some forty such patterns on every text it reads: parsing them was an
 * eighth of the repeat matcher's time (docs/benchmark.md, sixteenth pass). Each pattern is parsed once and
 * kept, frozen, and each call gets a copy of its tokens; a pattern object or a pre-parsed one passes through.
 */
export function keepParsedPatterns(): void {
  const one = (nlp.world() as unknown as { methods: { one: { parseMatch: ParseMatch } } }).methods.one;
  if (one.parseMatch.original) return;
  const parse = one.parseMatch;
  // Patterns are the code's own, a few hundred; a Map cleared when full bounds any built from text.
  const parsed = new Map<string, object>();
  const kept: ParseMatch = (input, opts, world) => {
    if (typeof input !== "string") return parse(input, opts, world);
    const key = hasOptions(opts) ? `${JSON.stringify(opts)}\u0000${input}` : input;
    let regs = parsed.get(key);
    if (regs === undefined) {
      if (parsed.size >= 2_000) parsed.clear();
      parsed.set(key, (regs = deepFreeze(parse(input, opts, world) as object)));
    }
    // Each caller gets its own list of its own tokens: compromise's growLeft and growRight mark the
    // first or last token of what they parsed. What lies deeper (alternatives, word sets) stays frozen.
    return Array.isArray(regs) ? regs.map((token: unknown) => (token && typeof token === "object" ? { ...token } : token)) : regs;
  };
  kept.original = parse;
  one.parseMatch = kept;
}
keepParsedPatterns();

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
