/**
 * The measures `npm run eval:intake` prints (scripts/eval-intake.ts): suggestion precision and
 * recall against a fact-checker's list, type and claimant accuracy, and matching recall and false
 * merges. Pure functions over plain data, so the measures themselves are unit-tested
 * (tests/unit/eval-intake.test.ts).
 */
import { otherNameForms } from "@/lib/claimants/names";

export type GoldClaim = { quote: string; checkworthy: boolean; type: string; claimant: string };
export type GoldArticle = { file: string; outlet: string; claims: GoldClaim[] };
export type GoldClaimant = { name: string; aliases?: string[] };
export type Pair = { a: string; b: string; same: boolean; kind: string };
export type Candidate = { start: number; end: number; type: string; claimant: string | null; suggested: boolean };

type Span = { start: number; end: number };

/** Characters shared over characters covered: 1 for the same span, 0 for disjoint ones. */
export function overlap(a: Span, b: Span): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? shared / union : 0;
}

/** A suggestion counts for a gold claim when they cover at least half of what either covers. */
export const SPAN_MATCH = 0.5;

/** Pairs each gold span with at most one candidate, best overlaps first. */
export function align(gold: Span[], candidates: Span[]): Map<number, number> {
  const pairs: { g: number; c: number; o: number }[] = [];
  gold.forEach((g, gi) => candidates.forEach((c, ci) => pairs.push({ g: gi, c: ci, o: overlap(g, c) })));
  pairs.sort((x, y) => y.o - x.o);
  const byGold = new Map<number, number>();
  const taken = new Set<number>();
  for (const { g, c, o } of pairs) {
    if (o < SPAN_MATCH) break;
    if (byGold.has(g) || taken.has(c)) continue;
    byGold.set(g, c);
    taken.add(c);
  }
  return byGold;
}

const key = (name: string) => name.normalize("NFKC").replace(/\s+/g, " ").trim().toLocaleLowerCase("en");

/**
 * The claimant a name means on a desk holding `claimants` (by name or alias), else the name. As on the
 * desk (lib/claimants/resolve.ts), another way of writing the name (with or without "the", without a possessive
 * inside it) counts when the name as given means no one.
 */
export function deskName(name: string | null, claimants: GoldClaimant[]): string | null {
  if (!name) return null;
  const means = (k: string) => claimants.find((c) => key(c.name) === k || (c.aliases ?? []).some((a) => key(a) === k));
  const k = key(name);
  const found = means(k) ?? otherNameForms(k).map(means).find(Boolean);
  return found ? found.name : name;
}

export type ArticleCounts = {
  suggested: number;
  suggestedRight: number;
  checkworthy: number;
  found: number;
  /** Listed claims (check-worthy or not) intake made a candidate of, and of those, typed as listed. */
  typed: number;
  typedRight: number;
  attributed: number;
  attributedRight: number;
  misses: string[];
  falseAlarms: string[];
  wrongTypes: string[];
  wrongClaimants: string[];
};

/** Where a listed quote stands in its article; an error naming `what` when it is not there. */
function spanOf(text: string, quote: string, what: string): Span {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${what} not in the article: ${quote}`);
  return { start, end: start + quote.length };
}

/** Scores one article's candidates (every one, each saying whether it is suggested) against its gold list. */
export function scoreArticle(text: string, gold: GoldArticle, candidates: Candidate[], claimants: GoldClaimant[]): ArticleCounts {
  const spans = gold.claims.map((g) => spanOf(text, g.quote, `${gold.file}: gold quote`));
  const suggested = candidates.filter((c) => c.suggested);
  const positives = gold.claims.map((g, i) => ({ g, i })).filter(({ g }) => g.checkworthy);
  const hits = align(
    positives.map(({ i }) => spans[i]),
    suggested,
  );
  const all = align(spans, candidates);
  const counts: ArticleCounts = {
    suggested: suggested.length,
    suggestedRight: hits.size,
    checkworthy: positives.length,
    found: hits.size,
    typed: 0,
    typedRight: 0,
    attributed: 0,
    attributedRight: 0,
    misses: positives.filter((_, pi) => !hits.has(pi)).map(({ g }) => g.quote),
    falseAlarms: suggested.filter((_, ci) => ![...hits.values()].includes(ci)).map((c) => text.slice(c.start, c.end)),
    wrongTypes: [],
    wrongClaimants: [],
  };
  gold.claims.forEach((g, gi) => {
    const ci = all.get(gi);
    const c = ci === undefined ? undefined : candidates[ci];
    // Types are scored where intake made a candidate of the claim (a headline it leaves out has none).
    if (c) counts.typed++;
    if (c && c.type === g.type) counts.typedRight++;
    else if (c) counts.wrongTypes.push(`${g.type} ≠ ${c.type}: ${g.quote}`);
    if (!g.checkworthy || !c) return;
    counts.attributed++;
    const said = deskName(c.claimant, claimants);
    if (said && key(said) === key(deskName(g.claimant, claimants) ?? "")) counts.attributedRight++;
    else counts.wrongClaimants.push(`${g.claimant} ≠ ${said ?? "none"}: ${g.quote}`);
  });
  return counts;
}

export type MatchCounts = { same: number; matched: number; different: number; merged: number; mergedByKind: Record<string, number>; errors: string[] };

export function scorePairs(pairs: Pair[], same: (a: string, b: string) => boolean): MatchCounts {
  const counts: MatchCounts = { same: 0, matched: 0, different: 0, merged: 0, mergedByKind: {}, errors: [] };
  for (const p of pairs) {
    const said = same(p.a, p.b);
    if (p.same) {
      counts.same++;
      if (said) counts.matched++;
      else counts.errors.push(`missed ${p.kind}: ${p.a} ⟷ ${p.b}`);
    } else {
      counts.different++;
      if (said) {
        counts.merged++;
        counts.mergedByKind[p.kind] = (counts.mergedByKind[p.kind] ?? 0) + 1;
        counts.errors.push(`merged ${p.kind}: ${p.a} ⟷ ${p.b}`);
      }
    }
  }
  return counts;
}

export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/**
 * A second annotator's list of an article as candidates, to score two people's lists against each other
 * with the measures intake is scored by: its check-worthy claims are "suggested", the rest are not.
 */
export function listAsCandidates(text: string, list: GoldArticle): Candidate[] {
  return list.claims.map((c) => ({ ...spanOf(text, c.quote, `${list.file}: quote`), type: c.type, claimant: c.claimant, suggested: c.checkworthy }));
}

export type PairLabel = { pair: number; same: boolean };

/** How often a second person's labels of `pairs` (by index) say what the set's own labels say. */
export function pairAgreement(pairs: Pair[], labels: PairLabel[]): { labelled: number; agreed: number; disagreedByKind: Record<string, number> } {
  const out = { labelled: 0, agreed: 0, disagreedByKind: {} as Record<string, number> };
  for (const { pair, same } of labels) {
    const p = pairs[pair];
    if (!p) throw new Error(`no pair ${pair}`);
    out.labelled++;
    if (p.same === same) out.agreed++;
    else out.disagreedByKind[p.kind] = (out.disagreedByKind[p.kind] ?? 0) + 1;
  }
  return out;
}

/**
 * Two desks' claimant lists as one: entries that share a name or an alias are one claimant holding every name
 * and alias either gives it. Scoring two people's lists against each other with this, a claimant's name means
 * the same whichever list is read first.
 */
export function mergeClaimants(...lists: GoldClaimant[][]): GoldClaimant[] {
  const entries = lists.flat().map((c) => [c.name, ...(c.aliases ?? [])]);
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const owner = new Map<string, number>();
  entries.forEach((names, i) => {
    for (const n of names) {
      const k = key(n);
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[root(i)] = root(j);
    }
  });
  const merged = new Map<number, string[]>();
  entries.forEach((names, i) => merged.set(root(i), [...(merged.get(root(i)) ?? []), ...names]));
  // Each name once, however it is written ("supreme court", "Supreme Court").
  return [...merged.values()].map(([name, ...aliases]) => ({
    name,
    aliases: aliases.filter((a, i) => key(a) !== key(name) && aliases.findIndex((b) => key(b) === key(a)) === i),
  }));
}
