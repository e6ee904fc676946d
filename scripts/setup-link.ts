// Prints a fresh one-time setup token while the desk has no account (nothing otherwise). Used by `npm start`.
import { db } from "../lib/db";
import { issueSetupToken } from "../lib/setup/first-admin";

issueSetupToken()
  .then((token) => {
    if (token) process.stdout.write(token);
  })
  .catch((error) => {
    console.error("[factdesk] could not make a setup link:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
