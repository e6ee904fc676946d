// The intake worker bundled with a production build: scripts/intake-bundle.mjs writes it into the build
// folder after `next build` (which empties that folder first, so a bundle there is the build's own), and
// scripts/serve.mjs names it under this global key for lib/intake/pool.ts. The app and the server are
// bundled apart but share the process. Without it (tests, scripts, `next dev`) the threads run the
// sources through lib/intake/worker.mjs.
import path from "node:path";

/** The bundle's path, when the server serves a build that has one. */
export const INTAKE_WORKER_BUNDLE = Symbol.for("factdesk.intakeWorkerBundle");

/** Where a build's bundle is: `distDir` as Next's (NEXT_DIST_DIR, default .next), under the app's folder. */
export function intakeBundleFile(root, distDir) {
  return path.join(root, distDir || ".next", "intake-worker.mjs");
}
