// Entry of the intake worker threads (see lib/intake/pool.ts). The tasks are TypeScript; tsx compiles
// them once per thread, so the app, the tests and the benchmark all run the same source.
import { register } from "tsx/esm/api";

register();
const tasks = await import("./tasks.ts");

export default function run({ task, input }) {
  const fn = tasks[task];
  if (typeof fn !== "function") throw new Error(`Unknown intake task "${task}"`);
  return fn(input);
}
