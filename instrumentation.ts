// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The retraction check that scripts/serve.mjs runs before the framework (see lib/publishing/gone.ts).
  const { installGoneHook } = await import("./lib/publishing/gone");
  installGoneHook();
  // The matching threads start now, not on the first claim page: a cold pool spends most of that page's
  // 3 s repeats budget starting its threads, and the page would show no repeats (lib/tracking/queries.ts).
  const { warmIntakePool } = await import("./lib/intake/pool");
  void warmIntakePool();
  // On PostgreSQL every instance takes queued long imports (lib/intake/jobs.ts).
  const { databaseKind } = await import("./lib/db-url");
  if (databaseKind() === "postgres") {
    const { keepStartingImportWorker } = await import("./lib/intake/jobs");
    keepStartingImportWorker();
  }
}
