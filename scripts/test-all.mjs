// `npm test`: every suite in order, stopping at the first that fails, then the time each one took
// (the figures docs/testing.md quotes come from this table).
import { spawnSync } from "node:child_process";

// The integration suite runs on both databases in one Vitest run (two workers, a database per test
// file); the end-to-end suite on SQLite runs two workers, each with its own server and database.
const STAGES = ["lint", "typecheck", "test:unit", "test:integration:all", "test:e2e", "test:e2e:pg"];
const times = [];
let failed = null;
for (const stage of STAGES) {
  const started = Date.now();
  const { status } = spawnSync("npm", ["run", "--silent", stage], { stdio: "inherit" });
  times.push([stage, (Date.now() - started) / 1000]);
  if (status !== 0) {
    failed = stage;
    break;
  }
}
const total = times.reduce((sum, [, s]) => sum + s, 0);
console.log("\n| stage | time |\n| --- | ---: |");
for (const [stage, seconds] of times) console.log(`| ${stage} | ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s |`);
console.log(`| all | ${Math.floor(total / 60)} min ${Math.round(total % 60)} s |`);
if (failed) {
  console.error(`\nnpm test: ${failed} failed.`);
  process.exit(1);
}
