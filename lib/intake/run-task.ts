// What an intake worker thread runs for each task: the task named, from lib/intake/tasks.ts. Shared by
// the thread's two entries: lib/intake/worker.mjs (compiles the sources with tsx) and the bundle a
// production build carries (scripts/intake-bundle.mjs).
import * as tasks from "./tasks";

type Task = { task: string; input: unknown };

export default function run({ task, input }: Task): unknown {
  // Own exports only: bundled, the module's exports are a plain object, whose prototype has functions too.
  const fn = Object.hasOwn(tasks, task) ? (tasks as Record<string, unknown>)[task] : undefined;
  if (typeof fn !== "function") throw new Error(`Unknown intake task "${task}"`);
  return (fn as (input: unknown) => unknown)(input);
}
