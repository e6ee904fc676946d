// Preloaded (node --import) into a second production server by tests/e2e/startup.spec.ts, never into
// the app: the retraction check (lib/publishing/gone.ts, which instrumentation.ts installs) arrives
// LATE_CHECK_MS late, as it would behind a slow start-up (a cold disk, a database that answers late).
// scripts/serve.mjs and the app meet at two global keys (lib/publishing/gone-hook.mjs); here both are
// accessors that hold what is put there and hand it on after the delay.
import { GONE_HOOK, GONE_HOOK_INSTALLED } from "../../lib/publishing/gone-hook.mjs";

const delay = Number(process.env.LATE_CHECK_MS || 12_000);
let hook;
let installed;
Object.defineProperty(globalThis, GONE_HOOK, {
  configurable: true,
  get: () => hook,
  set: (value) => void setTimeout(() => (hook = value), delay),
});
Object.defineProperty(globalThis, GONE_HOOK_INSTALLED, {
  configurable: true,
  // The app calls it right after installing the check: the server hears of it when the check is there.
  get: () => installed && (() => setTimeout(installed, delay)),
  set: (value) => void (installed = value),
});
