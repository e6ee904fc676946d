// Bundle the intake worker's tasks (lib/intake/run-task.ts and what it imports from lib/) into one
// JavaScript file in the build folder, for the production server's worker threads: they then load
// plain JavaScript instead of registering tsx, whose loader runs in a thread of its own (about 50 MB
// less RSS per intake thread, and a thread ready in about half the time). Packages stay imports, found
// in node_modules from the build folder. Run after `next build` (scripts/prepare.mjs buildIfNeeded,
// `npm run build`): the build empties its folder first, so the bundle is always the build's own.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { intakeBundleFile } from "../lib/intake/worker-bundle.mjs";

const root = path.resolve(import.meta.dirname, "..");
// esbuild is loaded when a build is bundled, not by every `npm start` that imports scripts/prepare.mjs
// and finds its build up to date (about 30 ms).
const require = createRequire(import.meta.url);

/** Write the bundle into `distDir` (relative to the app's folder); answers its path. */
export function bundleIntakeWorker(distDir, outfile = intakeBundleFile(root, distDir)) {
  const { buildSync, stop } = require("esbuild");
  try {
    build(buildSync, outfile);
  } finally {
    // esbuild's synchronous API keeps a thread and a child process for later builds: none will come.
    void stop();
  }
  return outfile;
}

function build(buildSync, outfile) {
  buildSync({
    entryPoints: [path.join(root, "lib", "intake", "run-task.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  console.log(`[factdesk] Intake worker bundled: ${path.relative(root, bundleIntakeWorker(process.env.NEXT_DIST_DIR))}`);
}
