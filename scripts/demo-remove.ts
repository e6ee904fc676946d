// `npm run demo:remove`: delete the demo article, its claims and the demo accounts (see lib/demo/remove.ts).
import { db } from "../lib/db";
import { databaseKind } from "../lib/db-url";
import { removeDemo } from "../lib/demo/remove";
import { DomainError } from "../lib/errors";
import { announceRevalidation } from "../lib/publishing/revalidate";

async function main() {
  const removed = await removeDemo();
  if (removed.articles + removed.claims + removed.usersDeleted.length + removed.usersDisabled.length === 0) {
    console.log("No demo data left: nothing to remove.");
    return;
  }
  console.log(`Removed the demo: ${removed.articles} article(s), ${removed.claims} claim(s), ${removed.auditEvents} audit event(s) about them.`);
  if (removed.usersDeleted.length > 0) console.log(`Deleted accounts: ${removed.usersDeleted.join(", ")}`);
  if (removed.usersDisabled.length > 0) {
    console.log(`Disabled accounts (kept because the record of real work names them): ${removed.usersDisabled.join(", ")}`);
  }
  if (removed.publishedSlugs.length > 0) {
    // Running servers cache public pages: on PostgreSQL they hear this at once; on SQLite the pages expire within the hour.
    if (databaseKind() === "postgres") for (const slug of removed.publishedSlugs) await announceRevalidation(slug);
    else console.log("Cached public pages of the demo verdicts expire within the hour.");
  }
}

main()
  .catch((error) => {
    console.error(error instanceof DomainError ? `Not removed: ${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
