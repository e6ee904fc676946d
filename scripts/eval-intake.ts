// `npm run eval:intake [-- --verbose] [-- --set dev]`: how well intake picks claims, types them, says who
// made them, and recognises repeats, on articles with a fact-checker's own list (eval/intake/FORMAT.md).
// `dev` and `dev2` are what the rules were tuned on; `heldout` and `heldout2` were written by someone else
// and are only ever scored (eval/intake/FORMAT.md).
import fs from "node:fs";
import path from "node:path";
import { CHECKWORTHY_THRESHOLD } from "@/lib/intake/claim-types";
import { scoreSentences } from "@/lib/intake/checkworthiness";
import { sameClaim } from "@/lib/tracking/claim-parts";
import { ratio, scoreArticle, scorePairs, type ArticleCounts, type GoldArticle, type GoldClaimant, type Pair } from "@/eval/intake/score";

const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "eval", "intake");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--set") ? args[args.indexOf("--set") + 1] : null;
const json = args.includes("--json");

// A set of pairs only (dev4, dev5) has no articles: its suggestion measures are not 100% but absent.
const pct = (n: number, d: number) => (d === 0 ? "—" : `${(100 * ratio(n, d)).toFixed(1)}% (${n}/${d})`);

function evaluate(set: string) {
  const dir = path.join(ROOT, set);
  const gold = JSON.parse(fs.readFileSync(path.join(dir, "gold.json"), "utf8")) as { articles: GoldArticle[]; claimants?: GoldClaimant[] };
  const claimants = gold.claimants ?? [];
  const totals: ArticleCounts[] = [];
  for (const article of gold.articles) {
    const text = fs.readFileSync(path.join(dir, "articles", article.file), "utf8");
    const candidates = scoreSentences(text, { outlet: article.outlet }).map((c) => ({ ...c, suggested: c.score >= CHECKWORTHY_THRESHOLD }));
    const counts = scoreArticle(text, article, candidates, claimants);
    totals.push(counts);
    if (verbose) {
      console.log(`\n## ${set}/${article.file}`);
      for (const m of counts.misses) console.log(`  missed:      ${m}`);
      for (const f of counts.falseAlarms) console.log(`  false alarm: ${f}`);
      for (const t of counts.wrongTypes) console.log(`  type:        ${t}`);
      for (const c of counts.wrongClaimants) console.log(`  claimant:    ${c}`);
    }
  }
  const sum = (k: keyof ArticleCounts) => totals.reduce((acc, t) => acc + (t[k] as number), 0);
  const pairsFile = path.join(dir, "pairs.json");
  const pairs = fs.existsSync(pairsFile) ? (JSON.parse(fs.readFileSync(pairsFile, "utf8")) as Pair[]) : [];
  const matching = scorePairs(pairs, sameClaim);
  if (verbose) for (const e of matching.errors) console.log(`  matching:    ${e}`);
  return {
    set,
    articles: gold.articles.length,
    pairs: pairs.length,
    precision: sum("suggested") ? ratio(sum("suggestedRight"), sum("suggested")) : null,
    recall: sum("checkworthy") ? ratio(sum("found"), sum("checkworthy")) : null,
    typeAccuracy: sum("typed") ? ratio(sum("typedRight"), sum("typed")) : null,
    claimantAccuracy: sum("attributed") ? ratio(sum("attributedRight"), sum("attributed")) : null,
    matchingRecall: matching.same ? ratio(matching.matched, matching.same) : null,
    falseMerges: matching.merged,
    mergedByKind: matching.mergedByKind,
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
