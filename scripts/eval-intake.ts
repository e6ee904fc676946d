// `npm run eval:intake [-- --verbose] [-- --set dev]`: how well intake picks claims, types them, says who
// made them, and recognises repeats, on articles with a fact-checker's own list (eval/intake/FORMAT.md).
// `dev` and `dev2` are what the rules were tuned on; `heldout` and `heldout2` were written by someone else
// and are only ever scored (eval/intake/FORMAT.md).
import fs from "node:fs";
import path from "node:path";
import { CHECKWORTHY_THRESHOLD } from "@/lib/intake/claim-types";
import { scoreSentences } from "@/lib/intake/checkworthiness";
import { sameClaim } from "@/lib/tracking/claim-parts";
import {
  listAsCandidates,
  mergeClaimants,
  pairAgreement,
  ratio,
  scoreArticle,
  scorePairs,
  type ArticleCounts,
  type GoldArticle,
  type GoldClaimant,
  type Pair,
  type PairLabel,
} from "@/eval/intake/score";

const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "eval", "intake");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--set") ? args[args.indexOf("--set") + 1] : null;
const json = args.includes("--json");

// A set of pairs only (dev4, dev5) has no articles: its suggestion measures are not 100% but absent.
const pct = (n: number, d: number) => (d === 0 ? "—" : `${(100 * ratio(n, d)).toFixed(1)}% (${n}/${d})`);

type List = { articles: GoldArticle[]; claimants?: GoldClaimant[] };
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as T;

/** Precision, recall and type and claimant accuracy summed over a set's articles. */
function measures(totals: ArticleCounts[]) {
  const sum = (k: keyof ArticleCounts) => totals.reduce((acc, t) => acc + (t[k] as number), 0);
  return {
    sum,
    precision: sum("suggested") ? ratio(sum("suggestedRight"), sum("suggested")) : null,
    recall: sum("checkworthy") ? ratio(sum("found"), sum("checkworthy")) : null,
    typeAccuracy: sum("typed") ? ratio(sum("typedRight"), sum("typed")) : null,
    claimantAccuracy: sum("attributed") ? ratio(sum("attributedRight"), sum("attributed")) : null,
  };
}

function evaluate(set: string) {
  const dir = path.join(ROOT, set);
  const gold = readJson<List>(path.join(dir, "gold.json"));
  // A second fact-checker's own list of the same articles (eval/intake/FORMAT.md, "second.json"): how far two
  // people agree, and intake scored against the other person.
  const second = fs.existsSync(path.join(dir, "second.json")) ? readJson<List>(path.join(dir, "second.json")) : null;
  const claimants = gold.claimants ?? [];
  // Names either person's desk holds, for scores between the two lists (the set's own scores use its own).
  const bothClaimants = mergeClaimants(claimants, second?.claimants ?? []);
  const totals: ArticleCounts[] = [];
  const agreement: ArticleCounts[] = [];
  const againstSecond: ArticleCounts[] = [];
  for (const article of gold.articles) {
    const text = fs.readFileSync(path.join(dir, "articles", article.file), "utf8");
    const candidates = scoreSentences(text, { outlet: article.outlet }).map((c) => ({ ...c, suggested: c.score >= CHECKWORTHY_THRESHOLD }));
    const counts = scoreArticle(text, article, candidates, claimants);
    totals.push(counts);
    const other = second?.articles.find((a) => a.file === article.file);
    if (second && !other) throw new Error(`${set}/second.json: no list for ${article.file}`);
    if (other) {
      agreement.push(scoreArticle(text, article, listAsCandidates(text, other), bothClaimants));
      againstSecond.push(scoreArticle(text, other, candidates, bothClaimants));
    }
    if (verbose) {
      console.log(`\n## ${set}/${article.file}`);
      for (const m of counts.misses) console.log(`  missed:      ${m}`);
      for (const f of counts.falseAlarms) console.log(`  false alarm: ${f}`);
      for (const t of counts.wrongTypes) console.log(`  type:        ${t}`);
      for (const c of counts.wrongClaimants) console.log(`  claimant:    ${c}`);
    }
  }
  const { sum, ...own } = measures(totals);
  const pairsFile = path.join(dir, "pairs.json");
  const pairs = fs.existsSync(pairsFile) ? readJson<Pair[]>(pairsFile) : [];
  const matching = scorePairs(pairs, sameClaim);
  if (verbose) for (const e of matching.errors) console.log(`  matching:    ${e}`);
  const labelsFile = path.join(dir, "second-pairs.json");
  const labels = fs.existsSync(labelsFile) ? pairAgreement(pairs, readJson<PairLabel[]>(labelsFile)) : null;
  const { sum: sumAgreement, ...annotators } = measures(agreement);
  const { sum: sumSecond, ...intakeAgainstSecond } = measures(againstSecond);
  const secondRows = second
    ? [
        ["second fact-checker against the first: precision", pct(sumAgreement("suggestedRight"), sumAgreement("suggested")), "(people agreeing)"],
        ["second fact-checker against the first: recall", pct(sumAgreement("found"), sumAgreement("checkworthy")), ""],
        ["second fact-checker against the first: types", pct(sumAgreement("typedRight"), sumAgreement("typed")), ""],
        ["second fact-checker against the first: claimants", pct(sumAgreement("attributedRight"), sumAgreement("attributed")), ""],
        ["intake against the second: precision", pct(sumSecond("suggestedRight"), sumSecond("suggested")), ""],
        ["intake against the second: recall", pct(sumSecond("found"), sumSecond("checkworthy")), ""],
        ["intake against the second: claimants", pct(sumSecond("attributedRight"), sumSecond("attributed")), ""],
      ]
    : [];
  const labelRows = labels ? [["second fact-checker's pair labels agreeing", pct(labels.agreed, labels.labelled), "(people agreeing)"]] : [];
  return {
    set,
    articles: gold.articles.length,
    pairs: pairs.length,
    ...own,
    matchingRecall: matching.same ? ratio(matching.matched, matching.same) : null,
    falseMerges: matching.merged,
    mergedByKind: matching.mergedByKind,
    ...(second ? { annotators, intakeAgainstSecond } : {}),
    ...(labels ? { pairLabels: labels } : {}),
    table: [
      ["suggestion precision", pct(sum("suggestedRight"), sum("suggested")), "≥ 80%"],
      ["suggestion recall", pct(sum("found"), sum("checkworthy")), "≥ 90%"],
      ["type accuracy (claims with a candidate)", pct(sum("typedRight"), sum("typed")), ""],
      ["claimant accuracy", pct(sum("attributedRight"), sum("attributed")), "≥ 90%"],
      ["matching recall", pct(matching.matched, matching.same), "≥ 90%"],
      [
        "false merges",
        `${matching.merged} of ${matching.different}${
          matching.merged
            ? ` (${Object.entries(matching.mergedByKind)
                .map(([k, n]) => `${k} ${n}`)
                .join(", ")})`
            : ""
        }`,
        "0 of negation, swapped, figure",
      ],
      ...secondRows,
      ...labelRows,
    ],
  };
}

// Every set with a gold list: dev, dev2 (tuned on), heldout, heldout2 (only ever scored).
const sets = only
  ? [only]
  : fs
      .readdirSync(ROOT)
      .filter((s) => fs.existsSync(path.join(ROOT, s, "gold.json")))
      .sort();
const results = sets.map(evaluate);
if (json)
  console.log(
    JSON.stringify(
      results.map(({ table: _table, ...r }) => r),
      null,
      2,
    ),
  );
else {
  for (const r of results) {
    const pairs = r.pairs ? `, ${r.pairs} pairs` : "";
    console.log(`\n### ${r.set} (${r.articles} articles${pairs})\n\n| measure | value | target |\n| --- | ---: | --- |`);
    for (const [name, value, target] of r.table) console.log(`| ${name} | ${value} | ${target} |`);
  }
}
