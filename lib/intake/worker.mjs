// Entry of the intake worker threads (see lib/intake/pool.ts) when they run the sources: tsx compiles the
// TypeScript tasks once per thread, so the tests and scripts run the sources as they are. A production
// server runs the same tasks bundled with its build instead (scripts/intake-bundle.mjs), which spares
// each thread tsx's loader thread and about 50 MB.
import { register } from "tsx/esm/api";

register();
const { default: run } = await import("./run-task.ts");

export default run;
