// Where scripts/serve.mjs finds the retraction check (lib/publishing/gone.ts) that instrumentation.ts
// installs: the app and the server are bundled apart but share the process, and so these global keys.
/** The check itself. */
export const GONE_HOOK = Symbol.for("factdesk.goneResponse");
/** Called, when the server has put it there, once the check is installed: the server waits for it. */
export const GONE_HOOK_INSTALLED = Symbol.for("factdesk.goneHookInstalled");
