// `npm start`: migrate, seed the demo when empty (default database only), build when sources changed, then serve.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { timeZoneProblem } from "../lib/time-zone.mjs";
import { demoDecision } from "./demo-policy.mjs";
import { buildIfNeeded, demoAccounts, ensureSecret, issueSetupToken, prepareDatabase, root, userCount } from "./prepare.mjs";

// Settings kept in .env (copied from .env.example) are the operator's, the demo decision's included;
// variables already set in the shell win.
const dotenv = path.join(root, ".env");
if (fs.existsSync(dotenv)) process.loadEnvFile(dotenv);

const port = process.env.PORT || "3000";
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || "file:./data/factdesk.db",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  NODE_ENV: "production",
};
env.NEXTAUTH_SECRET = ensureSecret(env);
// A time zone the server does not know would fail every page that writes a date: stop here instead (lib/days.ts).
const zoneProblem = timeZoneProblem(env.FACTDESK_TIME_ZONE?.trim() || "UTC");
if (zoneProblem) {
  console.error(`[factdesk] ${zoneProblem}`);
  process.exit(1);
}

// Decided on the environment as given: after the defaults below every start would look "named".
const demo = demoDecision(process.env);
console.log(`[factdesk] Demo data: ${demo.seed ? "seeded into an empty database" : "not seeded"} (${demo.reason}).`);
prepareDatabase(env, { demo: demo.seed });
// No account and no demo: the first admin comes from this link (or `npm run user:create`).
const setupToken = issueSetupToken(env);
buildIfNeeded(env);

const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
  cwd: root,
  env: { ...env, PORT: port },
  stdio: ["ignore", "pipe", "inherit"],
});
let announced = false;
server.stdout.on("data", async (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started/i.test(String(chunk))) {
    announced = true;
    console.log(`\n  Factdesk is running at ${env.NEXTAUTH_URL}`);
    const accounts = await demoAccounts(env).catch(() => []);
    if (accounts.length > 0) {
      console.log("  Demo sign-ins (password: factdesk-demo-2026 — public, so never on a real desk):");
      for (const a of accounts) console.log(`    ${a.role.padEnd(8)} ${a.email}`);
      console.log("  Remove the demo before real use: npm run demo:remove");
    } else if ((await userCount(env).catch(() => 1)) === 0) {
      console.log("  No accounts yet. Create the first admin:");
      if (setupToken) console.log(`    open ${new URL(`/setup/${setupToken}`, env.NEXTAUTH_URL)}  (works once, for 24 hours)`);
      console.log(`    ${setupToken ? "or " : ""}npm run user:create -- --role ADMIN --email you@example.org --name "Your Name"`);
    }
    console.log("");
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
